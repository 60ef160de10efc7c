/**
 * The library and the command line give the same result for the same input: `cli/` only parses
 * arguments and prints. Each case runs one command both ways on two copies of one project.
 */
import { cpSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { build, docs, init, lint, newSkill, writeOutputs } from "../../src/index.js";
import { project, REPO, skillc } from "../helpers/cli.js";

/** A project with the bundled examples (the broken ones too), the template and the protocol. */
function exampleProject(): string {
  const root = project({ "skillc.config.json": JSON.stringify({ ignores: ["examples/broken/**"] }) });
  for (const path of ["examples", "templates", "docs/protocols/integration-framework.md"]) cpSync(join(REPO, path), join(root, path), { recursive: true });
  return root;
}

/** Every file under `dir`, relative, with its bytes and mode. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = `${(statSync(path).mode & 0o111).toString(8)} ${readFileSync(path, "utf8")}`;
    }
  };
  walk(dir);
  return out;
}

describe("the library and the CLI agree", () => {
  it("lint: the same results as --format json", async () => {
    const root = exampleProject();
    const cli = skillc(["lint", "examples", "examples/broken/credentials-table", "--format", "json"], { cwd: root });
    const lib = await lint({ paths: ["examples", "examples/broken/credentials-table"], cwd: root });
    expect(cli.code).toBe(1);
    expect(lib.some((r) => r.errorCount > 0)).toBe(true);
    const shape = (results: { filePath: string; messages: { ruleId: string; messageId?: string; message: string; line: number; column: number }[] }[]) =>
      results.map((r) => ({ file: relative(root, r.filePath), messages: r.messages.map((m) => [m.ruleId, m.messageId, m.message, m.line, m.column]) }));
    expect(shape(JSON.parse(cli.stdout))).toEqual(shape(lib));
  });

  it("build: the same files, and the same refusals", async () => {
    const [a, b] = [exampleProject(), exampleProject()];
    const paths = ["examples", "examples/broken/credentials-table"];
    expect(skillc(["build", ...paths], { cwd: a }).code).toBe(1);
    const result = await build({ paths, cwd: b });
    const report = await writeOutputs(result, { command: "build", outDir: "dist/skills", cwd: b });
    expect(report.missing.length).toBeGreaterThan(0);
    expect(result.refused.map((r) => relative(b, r.filePath))).toEqual(["examples/broken/credentials-table/SKILL.md"]);
    expect(tree(join(b, "dist/skills"))).toEqual(tree(join(a, "dist/skills")));
  });

  it("docs: the same pages, regions filled alike", async () => {
    const [a, b] = [exampleProject(), exampleProject()];
    expect(skillc(["docs"], { cwd: a }).code).toBe(0);
    const result = await docs({ cwd: b, outDir: "docs/protocols" });
    await writeOutputs(result, { command: "docs", outDir: "docs/protocols", cwd: b });
    expect(tree(join(b, "docs/protocols"))).toEqual(tree(join(a, "docs/protocols")));
  });

  it("build --check: the library's check mode reports what the CLI's exit code says", async () => {
    const root = exampleProject();
    expect(skillc(["build", "--check"], { cwd: root }).code).toBe(1);
    const stale = await writeOutputs(await build({ cwd: root }), { command: "build", outDir: "dist/skills", cwd: root, mode: "check" });
    expect(stale.missing.length).toBeGreaterThan(0);
    expect(skillc(["build"], { cwd: root }).code).toBe(0);
    const fresh = await writeOutputs(await build({ cwd: root }), { command: "build", outDir: "dist/skills", cwd: root, mode: "check" });
    expect(fresh).toMatchObject({ missing: [], stale: [], removed: [], conflicts: [] });
    expect(skillc(["build", "--check"], { cwd: root }).code).toBe(0);
  });

  it("a folder that is not safe to write is refused by both, with one message", async () => {
    const root = exampleProject();
    const cli = skillc(["build", "--out", "."], { cwd: root });
    expect(cli.code).toBe(2);
    await expect(writeOutputs(await build({ cwd: root }), { command: "build", outDir: ".", cwd: root })).rejects.toThrow(cli.stderr.trim().replace(/^skillc: /, ""));
  });

  it("init and new: the same files", async () => {
    const [a, b] = [project({}), project({})];
    expect(skillc(["init"], { cwd: a }).code).toBe(0);
    expect(skillc(["new", "trello", "--mcp-server", "@delorenj/mcp-server-trello"], { cwd: a }).code).toBe(0);
    expect(new Set((await init({ cwd: b })).map((o) => o.action))).toEqual(new Set(["created"]));
    const made = await newSkill({ service: "trello", mcpServer: "@delorenj/mcp-server-trello", cwd: b });
    expect(made).toMatchObject({ written: true, existed: false, protocolExists: true });
    expect(made.result.messages.every((m) => m.ruleId === "placeholder")).toBe(true);
    expect(tree(b)).toEqual(tree(a));
    // Again, without --force: the CLI exits 1, the library writes nothing and says the skill existed.
    expect(skillc(["new", "trello"], { cwd: a }).code).toBe(1);
    expect(await newSkill({ service: "trello", cwd: b })).toMatchObject({ written: false, existed: true });
    expect(tree(b)).toEqual(tree(a));
  });
});
