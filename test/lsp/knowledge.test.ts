/** Hover, completion and disable comments of the language server, on the model (in this process). */
import { describe, expect, it } from "vitest";
import { resolveConfig } from "../../src/index.js";
import { createLinter } from "../../src/lint/linter.js";
import { actionsFor, disableFileEdit, disableLineEdit } from "../../src/lsp/actions.js";
import { completionsAt, hoverAt } from "../../src/lsp/knowledge.js";
import type { Diagnostic } from "../../src/model/diagnostic.js";
import { applyEdits } from "../../src/model/edits.js";
import type { SkillDocument } from "../../src/model/types.js";
import { at, integrationSkill, plainSkill } from "../helpers/fixtures.js";

const parse = (text: string): SkillDocument =>
  createLinter(resolveConfig({}, "/project")).loadFile({ path: "/project/skills/demo-sync/SKILL.md", explicit: true, bytes: Buffer.from(text) });
const labels = (text: string, needle: string, offset = needle.length) => {
  const p = at(text, needle);
  return completionsAt(parse(text), p.line, p.column + offset).map((c) => c.label);
};
const diagnosticAt = (line: number, ruleId = "links"): Diagnostic => ({ ruleId, line, column: 1, endLine: line, endColumn: 2, severity: 2, message: "m", messageId: "x", url: "u" });

describe("hover", () => {
  it("a hook heading: its group and the schema's description", () => {
    const text = integrationSkill();
    const p = at(text, "### Setup");
    const hover = hoverAt(parse(text), p.line, p.column + 5);
    expect(hover?.markdown).toMatch(/^\*\*hook `setup`\*\* \(required\)\n\nRequired\. Runs when the user asks to add the service/);
  });

  it("a table header: the column, its table, its description and allowed values", () => {
    const text = integrationSkill();
    const p = at(text, "Source |");
    expect(hoverAt(parse(text), p.line, p.column)?.markdown).toBe("**Source** (column of the `## Credentials` table)\n\nHow the credential comes to be.\n\nOne of: `Manual`, `Generated`, `OAuth`.");
  });

  it("a nested integration key, and nothing for a value or a body line", () => {
    const text = integrationSkill();
    const doc = parse(text);
    const p = at(text, "mcp_server:");
    expect(hoverAt(doc, p.line, p.column)?.markdown).toMatch(/^\*\*`integration.mcp_server`\*\*/);
    expect(hoverAt(doc, p.line, p.column + 14)).toBeUndefined();
    const body = at(text, "Follows the");
    expect(hoverAt(doc, body.line, body.column)).toBeUndefined();
  });

  it("an agent's own field names the agents that read it", () => {
    const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing\nmodel: opus");
    const p = at(text, "model:");
    expect(hoverAt(parse(text), p.line, p.column)?.markdown).toMatch(/Read by: Claude Code\./);
  });
});

describe("completion", () => {
  it("hook names under Required Hooks that are not written yet", () => {
    const text = integrationSkill({ hooks: ["## Required Hooks", "### Setup", "### "].join("\n\n") });
    const p = at(text, "### ", 1);
    expect(completionsAt(parse(text), p.line, p.column + 4).map((c) => c.label)).toEqual(["sync", "error_handling", "status", "disconnect", "conflict_resolution"]);
  });

  it("credential sources in the Source column, sync directions in the Sync Direction column", () => {
    const text = integrationSkill();
    expect(labels(text, "| Manual", 2)).toEqual(["Manual", "Generated", "OAuth"]);
    expect(labels(text, "| bidirectional", 2)).toEqual(["bidirectional", "external -> local", "local -> external"]);
    expect(labels(text, "| DEMO_API_KEY", 2)).toEqual([]);
  });

  it("the column a header cell needs", () => {
    const text = integrationSkill({ rateLimits: "## Rate Limits\n\n| Limit | " });
    expect(labels(text, "| Limit | ", 10)).toEqual(["Value"]);
  });

  it("integration keys under `integration:`", () => {
    const text = integrationSkill({ frontmatter: "name: demo-sync\ndescription: Sync tasks\nintegration:\n  service: demo\n  " });
    const doc = parse(text);
    const p = at(text, "  service: demo\n  ");
    expect(completionsAt(doc, p.line + 1, 3).map((c) => c.label)).toEqual(["mcp_server", "requires_auth"]);
  });

  it("nothing after a key's colon", () => {
    const text = plainSkill("Text.", "name: demo-sync\ndescription: Does one thing");
    expect(labels(text, "name: ")).toEqual([]);
  });
});

describe("disable comments", () => {
  it("a line of its own above a paragraph, at its indentation", () => {
    const text = plainSkill("- item\n  - nested [x](y.md)");
    const doc = parse(text);
    const line = at(text, "  - nested").line;
    expect(applyEdits(text, [disableLineEdit(doc, diagnosticAt(line))!].map((e) => ({ start: e.start, end: e.end, text: e.newText })))).toContain("  <!-- skillc-disable-next-line links -->\n  - nested");
  });

  it.each([
    ["the frontmatter", plainSkill(), "name:"],
    ["a table row", integrationSkill(), "| DEMO_API_KEY"],
    ["a code block's line", plainSkill("```sh\nline one\nline two\n```"), "line two"],
    ["a paragraph's second line", plainSkill("First line\nsecond line"), "second line"],
  ])("none inside %s: only the file-wide comment", (_, text, needle) => {
    const doc = parse(text);
    const line = at(text, needle).line;
    expect(disableLineEdit(doc, diagnosticAt(line))).toBeUndefined();
    expect(actionsFor(doc, [diagnosticAt(line)], line, line).map((a) => a.title)).toEqual(["Disable links for this file"]);
  });

  it("the file-wide comment goes right after the frontmatter, with the file's line ending", () => {
    const text = plainSkill().replace(/\n/g, "\r\n");
    const e = disableFileEdit(parse(text), "links");
    expect(applyEdits(text, [{ start: e.start, end: e.end, text: e.newText }])).toMatch(/^---\r\n[^]*?\r\n---\r\n<!-- skillc-disable-file links -->\r\n\r\n# Demo/);
  });

  it("none for rules a comment cannot reach (the file could not be read)", () => {
    const doc = parse(plainSkill());
    expect(actionsFor(doc, [diagnosticAt(1, "encoding")], 1, 1)).toEqual([]);
  });
});
