/** The document model: hook names, items, placeholders and positions, as the rules and generators read them. */
import { describe, expect, it } from "vitest";
import { normalizeHookName } from "../../src/parse/hooks.js";
import { parseSkill } from "../../src/index.js";

const fm = "---\nname: x-sync\ndescription: d\nintegration:\n  service: x\n  mcp_server: x-mcp\n---\n";

describe("hook names", () => {
  it.each([
    ["setup", "setup"],
    ["Setup hook", "setup"],
    ["Setup hook (REQUIRED)", "setup"],
    ["`error_handling`", "error_handling"],
    ["Error Handling", "error_handling"],
    ["error-handling hook", "error_handling"],
    ["Error", "error_handling"],
    ["Conflict Resolution", "conflict_resolution"],
    ["conflict_resolution", "conflict_resolution"],
  ])("%j is %j", (title, name) => {
    expect(normalizeHookName(title)).toBe(name);
  });
});

describe("hook parts", () => {
  it("reads `case: response` items, including ones Markdown parses as link definitions", () => {
    const doc = parseSkill("/p/x-sync/SKILL.md", `${fm}## Required Hooks\n\n### error\n\n**Error Handling:**\n- [error case]: [response]\n- Auth failure: ask for a new token\n`);
    expect(doc.hooks[0]!.name).toBe("error_handling");
    expect(doc.hooks[0]!.errorHandling!.cases.map((c) => [c.case.value, c.response.value])).toEqual([
      ["[error case]", "[response]"],
      ["Auth failure", "ask for a new token"],
    ]);
  });
});

describe("inline Markdown of hook parts and table cells", () => {
  const hooks = [
    "## Required Hooks",
    "### sync",
    "**Trigger:** The user says `sync x` or *syncs*.",
    "**Behavior:**\n1. Call `get_boards`, then `get_lists`.\n2. Read ``a `tick` inside`` and `` `edge` `` and a literal \\` tick.",
    "**Error Handling:**\n- `HTTP 429`: back off and call `get_boards` later\n- Timeout on `a:b`: retry\n- Only `x:y` here\n- [error case]: [response]",
    '**User Communication:**\n- Success: "Synced `3` cards."\n- Failure: "Could not reach x."',
    "## Rate Limits",
    "| Limit | Value | Handling |\n|---|---|---|\n| Per `token` | 100 | Retry `get_boards` after `Retry-After` |",
  ].join("\n\n");
  const doc = parseSkill("/p/x-sync/SKILL.md", `${fm}${hooks}\n`);
  const hook = doc.hooks[0]!;

  it("keeps inline code in backticks, beside the plain value rules read", () => {
    expect(hook.trigger).toMatchObject({ value: "The user says sync x or syncs.", markdown: "The user says `sync x` or syncs." });
    expect(hook.behavior!.steps.map((s) => s.markdown)).toEqual(["Call `get_boards`, then `get_lists`.", "Read ``a `tick` inside`` and `` `edge` `` and a literal \\` tick."]);
    expect(hook.behavior!.steps[0]!.value).toBe("Call get_boards, then get_lists.");
    expect(hook.userCommunication!.success).toMatchObject({ value: '"Synced 3 cards."', markdown: '"Synced `3` cards."' });
    expect(doc.rateLimits!.rows[0]!.cells.limit).toMatchObject({ value: "Per token", markdown: "Per `token`" });
    expect(doc.rateLimits!.rows[0]!.cells.handling!.markdown).toBe("Retry `get_boards` after `Retry-After`");
  });

  it("splits an error case at the first colon outside code", () => {
    expect(hook.errorHandling!.cases.map((c) => [c.case.markdown, c.response.markdown])).toEqual([
      ["`HTTP 429`", "back off and call `get_boards` later"],
      ["Timeout on `a:b`", "retry"],
      // Its only colon is inside code: split as the plain text is.
      ["Only x", "y here"],
      ["[error case]", "[response]"],
    ]);
    expect(hook.errorHandling!.cases.map((c) => [c.case.value, c.response.value])).toEqual([
      ["HTTP 429", "back off and call get_boards later"],
      ["Timeout on a", "b: retry"],
      ["Only x", "y here"],
      ["[error case]", "[response]"],
    ]);
  });
});

describe("placeholders", () => {
  const at = (text: string) => parseSkill("/p/x-sync/SKILL.md", `${fm}${text}`).placeholders.map((p) => `${p.value}@${p.range.start.line}:${p.range.start.column}`);

  it("finds bracketed names at their own line and column", () => {
    expect(at("Use [N] items from [Service Name].\n")).toEqual(["[N]@8:5", "[Service Name]@8:20"]);
  });

  it("skips links, references, indexes, task boxes, escapes and code", () => {
    expect(at("[a link](x.md), [ref][r], a[0], `[code]`, \\[N] and \\[N\\]\n\n- [ ] task\n\n[r]: https://example.com\n")).toEqual([]);
  });

  it("finds the placeholder after an escaped one in the same text", () => {
    expect(at("Write \\[N] here and [N] there.\n")).toEqual(["[N]@8:21"]);
  });

  it("treats a definition as placeholders only when its target is one", () => {
    expect(at("- [error case]: [response]\n")).toEqual(["[error case]@8:3", "[response]@8:17"]);
    expect(at("[trello-api]: https://developer.atlassian.com/cloud/trello/\n")).toEqual([]);
  });

  it("finds placeholders in frontmatter values at the value", () => {
    const doc = parseSkill("/p/t/SKILL.md", '---\nname: "[integration-name]-sync"\ndescription: d\n---\n');
    expect(doc.placeholders.map((p) => [p.value, p.where, p.range.start.line, p.range.start.column])).toEqual([["[integration-name]", "frontmatter", 2, 7]]);
  });
});

describe("GitHub Flavored Markdown", () => {
  it("reads tables, task lists, strikethrough and footnotes; a bare URL stays text, not a link", () => {
    const doc = parseSkill(
      "/p/x-sync/SKILL.md",
      `${fm}See https://example.com/docs, www.example.com and ops@example.com, or [the guide](guide.md).\n\n- [x] ~~old~~ done[^1]\n\n[^1]: A note.\n\n## Credentials\n\n| Credential | Source | User Obtains From |\n|---|---|---|\n| X_TOKEN | Manual | https://example.com/keys |\n`,
    );
    expect(doc.links.map((l) => l.url)).toEqual(["guide.md"]);
    expect(doc.credentials?.rows[0]?.cells.userObtainsFrom?.value).toBe("https://example.com/keys");
    expect(doc.tree.children.map((n) => n.type)).toEqual(["yaml", "paragraph", "list", "footnoteDefinition", "heading", "table"]);
    const list = doc.tree.children[2] as import("mdast").List;
    expect(list.children[0]!.checked).toBe(true);
    expect((list.children[0]!.children[0] as import("mdast").Paragraph).children.map((n) => n.type)).toEqual(["delete", "text", "footnoteReference"]);
  });
});
