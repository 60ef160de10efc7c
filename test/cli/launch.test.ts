/**
 * cli/launch.ts: the bundle runs the same with or without its code cache, a cache is used only
 * with the bytes it was made from, and a cache that cannot be written costs nothing but speed.
 * Each case runs a small bundle in a child process, as the bin runs dist/bin/cli.cjs.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cacheFileOf } from "../../src/cli/launch.js";
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

/** The code caches beside `bundle`, by name. */
function caches(bundle: string): string[] {
  return readdirSync(dirname(bundle)).filter((f) => f.startsWith(`${basename(bundle)}.`) && f.endsWith(".cache")).sort();
}

/** The one code cache beside `bundle`. */
function cacheOf(bundle: string): string {
  const found = caches(bundle);
  expect(found).toHaveLength(1);
  return join(dirname(bundle), found[0]!);
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
    const cache = readFileSync(cacheOf(bundle));
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
    expect(launch(bundle).cache).toBe("written");
    const hash = createHash("sha256").update(readFileSync(bundle)).digest();
    writeFileSync(cacheOf(bundle), Buffer.concat([hash, Buffer.from("not V8's data at all, but long enough to be read")]));
    const run = launch(bundle);
    expect([run.cache, JSON.parse(run.stdout)]).toEqual(["written", expected(42)]);
    expect(launch(bundle).cache).toBe("used");
  });

  it("runs without a cache where none can be written, leaving no temporary file", () => {
    const bundle = bundleIn(bundleText("42"));
    expect(launch(bundle).cache).toBe("written");
    const cache = cacheOf(bundle);
    rmSync(cache);
    mkdirSync(join(cache, "in-the-way"), { recursive: true }); // a folder where the cache goes: even root cannot write it
    const run = launch(bundle);
    expect([run.cache, run.code, JSON.parse(run.stdout)]).toEqual(["unwritable", 3, expected(42)]);
    expect(readdirSync(dirname(bundle)).sort()).toEqual(["cli.cjs", basename(cache)]);
  });

  it("keeps a cache for each set of Node options, so that runs with and without one do not replace each other's", () => {
    const bundle = bundleIn(bundleText("42"));
    const big = { NODE_OPTIONS: "--max-old-space-size=300" }; // a V8 flag: V8 rejects a cache made without it
    expect([launch(bundle).cache, launch(bundle, big).cache]).toEqual(["written", "written"]);
    expect(caches(bundle)).toHaveLength(2);
    const again = [launch(bundle), launch(bundle, big)];
    expect(again.map((r) => r.cache)).toEqual(["used", "used"]);
    expect(again.map((r) => JSON.parse(r.stdout))).toEqual([expected(42), expected(42)]);
  });

  it("keeps the three most recently written caches of a bundle, removes what killed runs left, and touches nothing else", () => {
    const bundle = bundleIn(bundleText("42"));
    const dir = dirname(bundle);
    const old = ["0000000000000001", "0000000000000002", "0000000000000003", "0000000000000004"].map((key, i) => {
      const file = join(dir, `cli.cjs.${key}.cache`);
      writeFileSync(file, "an older Node's cache");
      utimesSync(file, 1_000_000 + i, 1_000_000 + i);
      return basename(file);
    });
    writeFileSync(join(dir, "cli.cjs.notes.cache"), "not a cache of skillc's naming");
    // Temporary files of killed runs: an old one goes, a recent one may be a run still writing.
    const killed = join(dir, "cli.cjs.0000000000000009.cache.123.tmp");
    writeFileSync(killed, "half a cache");
    utimesSync(killed, 1_000_000, 1_000_000);
    const writing = join(dir, "cli.cjs.0000000000000009.cache.456.tmp");
    writeFileSync(writing, "half a cache");
    expect(launch(bundle).cache).toBe("written");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([basename(writing)]);
    const left = caches(bundle);
    expect(left).toContain(old[3]);
    expect(left).toContain(old[2]);
    expect(left).toContain("cli.cjs.notes.cache");
    expect(left.filter((f) => !old.includes(f) && f !== "cli.cjs.notes.cache")).toHaveLength(1); // the new one
    expect(left).toHaveLength(4);
  });

  it("neither reads nor writes a cache with SKILLC_CODE_CACHE=0", () => {
    const bundle = bundleIn(bundleText("42"));
    const run = launch(bundle, { SKILLC_CODE_CACHE: "0" });
    expect([run.cache, JSON.parse(run.stdout)]).toEqual(["off", expected(42)]);
    expect(caches(bundle)).toEqual([]);
  });
});

describe("the built CLI", () => {
  it("has a code cache for its bundle, made by the build, that a run uses rather than rewrites", () => {
    // The cache of a process started as below: no options, this environment's NODE_OPTIONS.
    const cacheFile = cacheFileOf(join(REPO, "dist/bin/cli.cjs"), []);
    const before = readFileSync(cacheFile);
    expect(before.subarray(0, 32)).toEqual(createHash("sha256").update(readFileSync(join(REPO, "dist/bin/cli.cjs"))).digest());
    const mtime = statSync(cacheFile).mtimeMs;
    const r = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(statSync(cacheFile).mtimeMs).toBe(mtime);
  });
});
