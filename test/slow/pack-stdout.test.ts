/**
 * pre-commit installs skillc's hook (.pre-commit-hooks.yaml) by running `npm pack` in a clone and
 * reading the tarball's name from stdout: the prepare script (the build) must print nothing there.
 * Checked by hand with Debian's pre-commit 3.0.4, which failed before .npmrc kept it off stdout.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli.js";

describe("npm pack, as pre-commit runs it", () => {
  it("prints only the tarball's name on stdout, the build run", () => {
    // A copy of the package's sources: the build it runs must not rewrite the dist/ other tests use.
    const copy = mkdtempSync(join(tmpdir(), "skillc-pack-"));
    for (const path of ["src", "scripts", "schemas", "templates", "docs", "package.json", "tsconfig.json", "tsconfig.build.json", ".npmrc", "README.md", "LICENSE"]) cpSync(join(REPO, path), join(copy, path), { recursive: true });
    symlinkSync(join(REPO, "node_modules"), join(copy, "node_modules"));
    const { version } = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string };
    const r = spawnSync("npm", ["pack"], { cwd: copy, encoding: "utf8", timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`skillc-${version}.tgz\n`);
  }, 120_000);
});
