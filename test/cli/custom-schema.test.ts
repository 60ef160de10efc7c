/** A project's own schemas (config `schemas`) require more without code; a broken one is a usage error. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { project, REPO } from "../helpers/cli.js";
import { run } from "../helpers/run.js";

const skill = readFileSync(join(REPO, "test/parse/fixtures/integration.md"), "utf8");

describe("custom schemas from the config", () => {
  it("reports a custom requirement (an extra hook) under the matching rule, at the hooks heading", async () => {
    const root = project({
      "skills/trello-sync/SKILL.md": skill,
      "docs/protocols/integration-framework.md": "# Protocol\n",
      "require-status.schema.json": JSON.stringify({
        $schema: "https://json-schema.org/draft/2020-12/schema",
        type: "object",
        properties: { hooks: { type: "object", required: ["status"], properties: { status: { title: "hook `status`" } } } },
      }),
      "skillc.config.json": JSON.stringify({ schemas: { integration: "require-status.schema.json" } }),
    });
    const r = await run(["lint", "--format", "json"], { cwd: root });
    const hooks = JSON.parse(r.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === "required-hooks");
    expect(hooks).toContainEqual(expect.objectContaining({ message: "Missing hook `status`", line: 17, column: 1 }));
  });

  it("adds frontmatter requirements with a custom skill schema", async () => {
    const root = project({
      "skills/notes/SKILL.md": "---\nname: notes\ndescription: Notes.\n---\n# Notes\n",
      "owner.schema.json": JSON.stringify({ type: "object", required: ["license"] }),
      "skillc.config.json": JSON.stringify({ schemas: { skill: "owner.schema.json" } }),
    });
    const r = await run(["lint", "--format", "json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages).toEqual([
      expect.objectContaining({ ruleId: "frontmatter", message: "Missing `license`", line: 1 }),
    ]);
  });

  it("exits 2 with the config key when a custom schema is not valid JSON Schema", async () => {
    const root = project({
      "skills/notes/SKILL.md": "---\nname: notes\ndescription: Notes.\n---\n# Notes\n",
      "bad.schema.json": JSON.stringify({ type: "objekt" }),
      "skillc.config.json": JSON.stringify({ schemas: { skill: "bad.schema.json" } }),
    });
    const r = await run(["lint"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/schemas\.skill: bad\.schema\.json is not a valid JSON Schema/);
  });
});
