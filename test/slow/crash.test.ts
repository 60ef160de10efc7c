/**
 * Safe writes under a crash: a build that rewrites many files is killed (SIGKILL) at several
 * moments; every output is then exactly the old version or exactly the new one, never partial.
 * build and docs share this write path (cli/sync.ts, then write-file-atomic).
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { skillText } from "../../bench/generate.mjs";
import { BIN, project, skillc } from "../helpers/cli.js";

const COUNT = 120;
const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".md") || f.endsWith(".json"));

function sources(version: string): Record<string, string> {
  const out: Record<string, string> = { "docs/protocols/integration-framework.md": "# Integration framework\n", "skillc.config.json": "{}\n" };
  for (let i = 0; i < COUNT; i++) {
    out[`skills/service${i}-sync/SKILL.md`] = (skillText(i) as string).replace("through its MCP server.", `through its MCP server (${version}).`);
  }
  return out;
}

/**
 * Start a build and SIGKILL it the moment its write phase begins (AGENTS.md, written early in
 * path order, shows the new version): a kill in the middle of writing, not before it.
 */
function killWhileWriting(cwd: string): Promise<NodeJS.Signals | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, "build", "--out", "out", "--target", "agents,claude"], { cwd, stdio: "ignore" });
    const poll = setInterval(() => {
      if (readFileSync(join(cwd, "out/AGENTS.md"), "utf8").includes("(v2)")) child.kill("SIGKILL");
    }, 1);
    child.on("exit", (_, signal) => {
      clearInterval(poll);
      done(signal);
    });
  });
}

describe("a build killed midway", () => {
  it("leaves every output file whole: the old version or the new one", async () => {
    // The new outputs, built to completion in a folder of their own.
    const fresh = project(sources("v2"));
    expect(skillc(["build", "--out", "out", "--target", "agents,claude"], { cwd: fresh }).code).toBe(0);
    const next = new Map(files(join(fresh, "out")).map((f) => [f, readFileSync(join(fresh, "out", f), "utf8")]));

    let interrupted = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      const root = project(sources("v1"));
      expect(skillc(["build", "--out", "out", "--target", "agents,claude"], { cwd: root }).code).toBe(0);
      const old = new Map(files(join(root, "out")).map((f) => [f, readFileSync(join(root, "out", f), "utf8")]));
      for (const [path, text] of Object.entries(sources("v2"))) writeFileSync(join(root, path), text);

      if ((await killWhileWriting(root)) === "SIGKILL") interrupted++;
      for (const f of files(join(root, "out"))) {
        const now = readFileSync(join(root, "out", f), "utf8");
        expect([old.get(f), next.get(f)], `${f} after a kill while writing`).toContain(now);
      }
      // And a rerun finishes the job.
      expect(skillc(["build", "--out", "out", "--target", "agents,claude"], { cwd: root }).code).toBe(0);
      for (const f of files(join(root, "out"))) expect(readFileSync(join(root, "out", f), "utf8"), f).toBe(next.get(f));
    }
    // The kills really landed while the build was writing.
    expect(interrupted).toBeGreaterThan(0);
  }, 120_000);
});
