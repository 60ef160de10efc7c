/** `skillc rules`, `skillc schema` and the CI formats: a few through the built binary, the rest in this process (helpers/run.ts). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/index.js";
import { project, REPO, skillc } from "../helpers/cli.js";
import { run } from "../helpers/run.js";

describe("skillc rules and schema", () => {
  it("lists the catalog as JSON: id, severity, scope, description, docs URL, messages, options (the built binary)", async () => {
    const r = skillc(["rules", "--format", "json"], { cwd: REPO });
    expect(r.code).toBe(0);
    const catalog = JSON.parse(r.stdout);
    expect(catalog.map((c: { id: string }) => c.id)).toEqual(rules.map((x) => x.id));
    expect(catalog[0]).toEqual({ id: "encoding", severity: "error", presets: ["skillc:recommended", "skillc:strict"], fixable: false, scope: "all", description: expect.any(String), url: expect.stringContaining("docs/rules/encoding.md"), messages: rules[0].meta.messages });
    const withOptions = catalog.find((c: { id: string }) => c.id === "unknown-frontmatter-key");
    expect(withOptions.options).toEqual(expect.objectContaining({ type: "object", properties: { allow: expect.any(Object) } }));
  });

  it("lists the catalog as text, with each rule's preset and whether it fixes", async () => {
    const r = await run(["rules"], { cwd: REPO });
    for (const rule of rules) expect(r.stdout).toContain(rule.id);
    expect(r.stdout).toMatch(/^rule +level +preset +fix +description$/m);
    expect(r.stdout).toMatch(/^name-directory +error +recommended +yes +`name` differs/m);
  });

  it.each(["skill", "integration", "config", "manifest"])("prints the %s schema exactly as published", async (name) => {
    const r = await run(["schema", name], { cwd: REPO });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(REPO, "schemas", `${name}.schema.json`), "utf8")));
  });

  it("lists schema names without an argument and rejects an unknown one (the built binary)", async () => {
    expect((await run(["schema"], { cwd: REPO })).stdout.split("\n").filter(Boolean)).toEqual(["skill", "integration", "config", "manifest"]);
    expect(skillc(["schema", "nope"], { cwd: REPO })).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown schema "nope"') });
  });
});

describe("CI formats", () => {
  const root = () => project({ "skills/notes/SKILL.md": "---\nname: other\ndescription: d\n---\n# N\n" });

  it("writes SARIF with URIs relative to the working folder", async () => {
    const r = await run(["lint", "--format", "sarif"], { cwd: root() });
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("skills/notes/SKILL.md");
  });

  it("writes GitHub annotations and JUnit", async () => {
    expect((await run(["lint", "--format", "github"], { cwd: root() })).stdout).toMatch(/^::error file=skills\/notes\/SKILL\.md,line=2,col=7,/);
    expect((await run(["lint", "--format", "junit"], { cwd: root() })).stdout).toContain('<testcase classname="skillc" name="skills/notes/SKILL.md">');
  });

  it("--output writes the machine report to the file and nothing to a non-TTY stdout (the built binary)", async () => {
    const dir = root();
    const r = skillc(["lint", "--format", "sarif", "--output", "skillc.sarif"], { cwd: dir });
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(JSON.parse(readFileSync(join(dir, "skillc.sarif"), "utf8")).version).toBe("2.1.0");
  });
});
