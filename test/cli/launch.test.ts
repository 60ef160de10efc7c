/**
 * cli/launch.ts: the bundle runs the same with or without its code cache, a cache is used only
 * with the bytes it was made from, and a cache that cannot be written costs nothing but speed.
 * Each case runs a small bundle in a child process, as the bin runs dist/bin/cli.cjs.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BIN, REPO } from "../helpers/cli.js";

const LAUNCH = pathToFileURL(join(REPO, "dist/cli/launch.js")).href;

/** Run `bundle` through launch(): what it printed, and what launch said of the cache. */
function launch(bundle: string, env: Record<string, string> = {}): { stdout: string; cache: string; code: number } {
  const runner = `import { launch } from ${JSON.stringify(LAUNCH)}; launch(${JSON.stringify(bundle)}, (use) => process.stderr.write(use));`;
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", runner, "--", "an argument"], { encoding: "utf8", env: { ...process.env, SKILLC_CODE_CACHE: "", ...env } });
  return { stdout: r.stdout, cache: r.stderr, code: r.status ?? -1 };
}

/** A bundle that shows what CommonJS gives it, calls a function it defines, and sets an exit code. */
function bundleText(answer: string): string {
  return `"use strict";
const { basename } = require("node:path");
function answer() { return ${answer}; }
process.exitCode = 3;
console.log(JSON.stringify({ answer: answer(), file: basename(__filename), strict: this === undefined || this === module.exports, args: process.argv.slice(-1), text: "d\\u00e9j\\u00e0" }));
`;
}

function bundleIn(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "skillc-launch-"));
  const bundle = join(dir, "cli.cjs");
  writeFileSync(bundle, text);
  return bundle;
}

const expected = (answer: number) => ({ answer, file: "cli.cjs", strict: true, args: ["an argument"], text: "déjà" });

describe("launch: the code cache", () => {
  it("writes the cache on the first run and uses it on the next, with the same result", () => {
    const bundle = bundleIn(bundleText("41 + 1"));
    const first = launch(bundle);
    expect([first.cache, first.code, JSON.parse(first.stdout)]).toEqual(["written", 3, expected(42)]);
    const cache = readFileSync(`${bundle}.cache`);
    expect(cache.subarray(0, 32)).toEqual(createHash("sha256").update(readFileSync(bundle)).digest());
    const second = launch(bundle);
    expect([second.cache, second.code, JSON.parse(second.stdout)]).toEqual(["used", 3, expected(42)]);
  });

  it("does not use a cache made from other bytes of the same length (V8 checks only the length)", () => {
    const bundle = bundleIn(bundleText("41 + 1"));
    expect(launch(bundle).cache).toBe("written");
    writeFileSync(bundle, bundleText("40 + 3")); // same length, another answer
    const changed = launch(bundle);
    expect([changed.cache, JSON.parse(changed.stdout)]).toEqual(["written", expected(43)]);
    expect(launch(bundle).cache).toBe("used");
  });

  it("replaces a cache V8 rejects, and reads a UTF-8 bundle as UTF-8", () => {
    const bundle = bundleIn(bundleText("42").replace("d\\u00e9j\\u00e0", "déjà"));
    const hash = createHash("sha256").update(readFileSync(bundle)).digest();
    writeFileSync(`${bundle}.cache`, Buffer.concat([hash, Buffer.from("not V8's data at all, but long enough to be read")]));
    const run = launch(bundle);
    expect([run.cache, JSON.parse(run.stdout)]).toEqual(["written", expected(42)]);
    expect(launch(bundle).cache).toBe("used");
  });

  it("runs without a cache where none can be written, leaving no temporary file", () => {
    const bundle = bundleIn(bundleText("42"));
    mkdirSync(join(`${bundle}.cache`, "in-the-way"), { recursive: true }); // a folder where the cache goes: even root cannot write it
    const run = launch(bundle);
    expect([run.cache, run.code, JSON.parse(run.stdout)]).toEqual(["unwritable", 3, expected(42)]);
    expect(readdirSync(join(bundle, "..")).sort()).toEqual(["cli.cjs", "cli.cjs.cache"]);
  });

  it("neither reads nor writes a cache with SKILLC_CODE_CACHE=0", () => {
    const bundle = bundleIn(bundleText("42"));
    const run = launch(bundle, { SKILLC_CODE_CACHE: "0" });
    expect([run.cache, JSON.parse(run.stdout)]).toEqual(["off", expected(42)]);
    expect(existsSync(`${bundle}.cache`)).toBe(false);
  });
});

describe("the built CLI", () => {
  it("has a code cache for its bundle, made by the build, that a run uses rather than rewrites", () => {
    const cacheFile = join(REPO, "dist/bin/cli.cjs.cache");
    const before = readFileSync(cacheFile);
    expect(before.subarray(0, 32)).toEqual(createHash("sha256").update(readFileSync(join(REPO, "dist/bin/cli.cjs"))).digest());
    const mtime = statSync(cacheFile).mtimeMs;
    const r = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(statSync(cacheFile).mtimeMs).toBe(mtime);
  });
});
