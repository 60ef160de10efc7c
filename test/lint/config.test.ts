/** The config: rule options validated against each rule's schema, and errors that say what is allowed and where. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { lint, loadConfig, resolveConfig, rules } from "../../src/index.js";
import { readSchema } from "../../src/schema/load.js";
import { project } from "../helpers/cli.js";

const invalid = (raw: unknown) => {
  try {
    resolveConfig(raw, "/project");
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message.replace("Invalid config config: ", "");
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
};

describe("rule options", () => {
  it("config.schema.json embeds each rule's own option schema, and only rules with options take them", () => {
    const entries = (readSchema("config").properties as { rules: { properties: Record<string, Record<string, unknown>> } }).rules.properties;
    for (const rule of rules) {
      const entry = entries[rule.id]!;
      const meta = rule.meta as { options?: { schema: object } };
      if (meta.options) expect(entry.oneOf, rule.id).toEqual([{ $ref: "#/$defs/level" }, { type: "array", prefixItems: [{ $ref: "#/$defs/level" }, meta.options.schema], minItems: 1, items: false }]);
      else expect(entry.$ref, rule.id).toBe("#/$defs/severity");
    }
  });

  it("resolves the config's options over the rule's defaults", () => {
    expect(resolveConfig({}, "/p").options.get("unknown-frontmatter-key")).toEqual({ allow: [] });
    const config = resolveConfig({ rules: { "unknown-frontmatter-key": ["error", { allow: ["model"] }] } }, "/p");
    expect(config.options.get("unknown-frontmatter-key")).toEqual({ allow: ["model"] });
    expect(config.severities.get("unknown-frontmatter-key")).toBe("error");
  });

  it("unknown-frontmatter-key's allow keeps the keys a project's agents read", async () => {
    const root = project({ "skills/notes/SKILL.md": "---\nname: notes\ndescription: Take notes when asked.\nmodel: opus\nauthor: Dana\n---\n\n# Notes\n" });
    const config = resolveConfig({ rules: { "unknown-frontmatter-key": ["warn", { allow: ["model"] }] } }, root);
    const [result] = await lint({ cwd: root, config });
    expect(result!.messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([
      ["unknown-frontmatter-key", 5, "Unexpected frontmatter key `author`: not an Agent Skills field, so strict validators reject it (move it under `metadata`)"],
    ]);
  });

  it.each([
    [{ rules: { links: ["warn", { x: 1 }] } }, 'rules.links: takes no options, expected a severity: one of "off", "warn", "error", 0, 1, 2'],
    [{ rules: { links: "loud" } }, 'rules.links: unexpected severity "loud", expected a severity: one of "off", "warn", "error", 0, 1, 2'],
    [{ rules: { links: [] } }, 'rules.links: empty list, expected a severity: one of "off", "warn", "error", 0, 1, 2'],
    [{ rules: { "unknown-frontmatter-key": ["warn", { alow: [] }] } }, "rules.unknown-frontmatter-key: unknown option `alow`, expected `allow`"],
    [{ rules: { "unknown-frontmatter-key": ["warn", { allow: "model" }] } }, "rules.unknown-frontmatter-key: invalid options (allow): must be array"],
    [{ rules: { "unknown-frontmatter-key": ["warn", {}, {}] } }, expect.stringContaining("rules.unknown-frontmatter-key: unexpected values after the options")],
  ])("rejects %j", (raw, message) => {
    expect(invalid(raw)).toEqual(message);
  });
});

describe("config errors say what is allowed", () => {
  it.each([
    [{ colour: true }, "colour: unknown key, expected one of extends, agents, rules, templates, ignores, protocol, schemas, limits"],
    [{ limits: { maxFileSiz: 3 } }, "limits.maxFileSiz: unknown key, expected one of maxFileSize, maxNesting, maxAliases, maxParagraph, maxInlineMarks"],
    [{ ignores: 3 }, "ignores: must be array, got 3"],
    [{ rules: { "no-such-rule": "error" } }, expect.stringMatching(/^rules\.no-such-rule: unknown rule id, expected one of .*\bno-secrets\b/)],
  ])("%j", (raw, message) => {
    expect(invalid(raw)).toEqual(message);
  });

  it.each([
    ["skillc.config.json", '{\n  "rules": {\n    "links": "warn",\n  }\n}\n', ":4:3: expected a property name in double quotes"],
    ["skillc.config.json", '{"rules": ', ":1:11: expected a value"],
    ["skillc.config.json", "// note\n{}\n", ":1:1: comments are not allowed in JSON"],
    ["skillc.config.yaml", "rules:\n  links: [warn\n  x: : y\n", ":3:3: Flow sequence in block collection must be sufficiently indented and end with a ]"],
  ])("a syntax error in %s gives its line and column", (name, text, message) => {
    const root = project({});
    writeFileSync(join(root, name), text);
    expect(() => loadConfig(root)).toThrow(`Invalid config ${join(root, name)}${message}`);
  });
});
