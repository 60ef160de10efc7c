/**
 * What the npm package ships (`npm pack --dry-run`): the program, its schemas and the files
 * `init` and `new` copy, never the repository's own generated pages, examples or tests.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PROTOCOL_PATH, TEMPLATE_PATH } from "../src/scaffold/init.js";
import { REPO } from "./helpers/cli.js";

/** The packed file list, without running the build (`prepare`) again. */
function packed(): string[] {
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: REPO, encoding: "utf8", shell: process.platform === "win32" });
  expect(r.status, r.stderr).toBe(0);
  const [pack] = JSON.parse(r.stdout) as { files: { path: string }[] }[];
  return pack!.files.map((f) => f.path).sort();
}

describe("the npm package", () => {
  const files = packed();

  it("ships the CLI, the library, the schemas and the files init and new copy", () => {
    for (const f of ["package.json", "README.md", "LICENSE", "dist/bin/skillc.cjs", "dist/index.js", "dist/index.d.ts", "schemas/config.schema.json", TEMPLATE_PATH, PROTOCOL_PATH]) {
      expect(files, f).toContain(f);
    }
  });

  it("ships no example or generated pages, and nothing of the repository's own", () => {
    // docs/protocols holds the repository's generated pages (trello.md, index.md, …) beside the protocol init copies.
    expect(files.filter((f) => f.startsWith("docs/protocols/"))).toEqual([PROTOCOL_PATH]);
    expect(files.filter((f) => /^(examples|test|src|bench|scripts|\.github|\.ci)\//.test(f))).toEqual([]);
  });

  it("ships the CLI's bundle but not its code cache, which only this machine's Node can use", () => {
    expect(files).toContain("dist/bin/cli.cjs");
    expect(files.filter((f) => f.endsWith(".cache") || f.endsWith(".tmp"))).toEqual([]);
  });
});
