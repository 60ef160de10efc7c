/** Meta-tests of the rule registry: ids are unique, and each rule has its file, test, docs page and config entry. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ruleDocsUrl, rules } from "../src/index.js";
import { PRESETS } from "../src/rules/define.js";
import { REPO } from "./helpers/cli.js";

describe("the rule registry", () => {
  const ids = rules.map((r) => r.id);

  it("has unique, kebab-case ids", () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("registers every rule file, and each file is named after its rule", () => {
    const files = readdirSync(join(REPO, "src/rules"))
      .filter((f) => f.endsWith(".ts") && !["index.ts", "define.ts", "table-issues.ts", "schema-messages.ts", "secret-kinds.ts", "frontmatter-text.ts", "argument-placeholders.ts"].includes(f))
      .map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual([...ids].sort());
    for (const id of ids) expect(readFileSync(join(REPO, "src/rules", `${id}.ts`), "utf8")).toContain(`id: "${id}"`);
  });

  it.each(ids)("%s has a test file and a docs page", (id) => {
    expect(existsSync(join(REPO, "test/rules", `${id}.test.ts`)), `test/rules/${id}.test.ts`).toBe(true);
    expect(existsSync(join(REPO, "docs/rules", `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    expect(ruleDocsUrl(id)).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
  });

  it("lists exactly the registry's ids in config.schema.json", () => {
    const schema = JSON.parse(readFileSync(join(REPO, "schemas/config.schema.json"), "utf8"));
    expect([...schema.properties.rules.propertyNames.enum].sort()).toEqual([...ids].sort());
  });

  it("generates config.schema.json's rules, presets and agents from the registry and the catalog (npm run schemas)", () => {
    const r = spawnSync(process.execPath, [join(REPO, "scripts/config-schema.mjs"), "--check"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("puts every rule in a preset, and says on each fixable rule's page how to fix", () => {
    for (const rule of rules) {
      expect(PRESETS, rule.id).toContain(rule.meta.preset);
      const page = readFileSync(join(REPO, "docs/rules", `${rule.id}.md`), "utf8");
      if ("fixable" in rule.meta && rule.meta.fixable) expect(page, rule.id).toContain("skillc lint --fix");
    }
  });

  it("gives every rule a description, a default severity and at least one message", () => {
    for (const rule of rules) {
      expect(rule.meta.description.length, rule.id).toBeGreaterThan(10);
      expect(["error", "warn"]).toContain(rule.meta.defaultSeverity);
      expect(Object.keys(rule.meta.messages).length, rule.id).toBeGreaterThan(0);
    }
  });

  // Every message a rule reports is one of its templates, so this sees them all (schema issues included).
  describe.each(rules.map((r) => [r.id, r] as const))("%s's messages follow the one message grammar", (_, rule) => {
    it.each(Object.entries(rule.meta.messages as Record<string, string>))("%s", (id, text) => {
      expect(id, "a camelCase id").toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(text, "one line").not.toMatch(/[\r\n]/);
      expect(text, "no trailing period").not.toMatch(/\.$/);
      expect(text, "a capital first letter").toMatch(/^[A-Z]/);
      // Text is made here, from data: a template that is only a placeholder passes text made elsewhere.
      expect(text.replace(/\{\{\s*\w+\s*\}\}/g, "").trim(), "words of its own").toMatch(/[A-Za-z]{2}/);
      expect(text.replace(/\{\{\s*\w+\s*\}\}/g, ""), "well-formed placeholders").not.toMatch(/\{\{|\}\}/);
      // Values in backticks: an inline-code span never runs past the line.
      expect((text.match(/`/g) ?? []).length % 2, "balanced backticks").toBe(0);
    });
  });
});
