/** The shared messages of schema issues: the in-hook set says the same as the plain set, plus the hook. */
import { describe, expect, it } from "vitest";
import { HOOK_SCHEMA_MESSAGES, SCHEMA_MESSAGES, schemaMessage } from "../../src/rules/schema-messages.js";
import type { SchemaIssue } from "../../src/schema/validate.js";

const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
const issue = (keyword: string, facts: Partial<SchemaIssue> = {}): SchemaIssue => ({ path: ["rows", "0", "value"], keyword, range, reason: "must be valid", ...facts });

describe("schema messages", () => {
  it("has an in-hook message for every message, the same but for the hook it names", () => {
    expect(Object.keys(HOOK_SCHEMA_MESSAGES)).toEqual(Object.keys(SCHEMA_MESSAGES));
    for (const [id, text] of Object.entries(HOOK_SCHEMA_MESSAGES)) {
      expect(text, id).toContain(" in hook `{{hook}}`");
      expect(text.replace(" in hook `{{hook}}`", ""), id).toBe(SCHEMA_MESSAGES[id as keyof typeof SCHEMA_MESSAGES]);
    }
  });

  it.each([
    ["missing", issue("required", { title: "`Failure:` message" }), { title: "`Failure:` message" }],
    ["notOneOf", issue("enum", { title: "source", value: "Typed", allowed: ["Manual", "OAuth"] }), { title: "source", value: "Typed", allowed: "`Manual`, `OAuth`" }],
    ["unexpectedValue", issue("const", { title: "columns", value: ["A"], raw: "A", constant: ["A", "B"] }), { title: "columns", value: "A", expected: "A | B" }],
    ["badFormat", issue("pattern", { title: "value", value: "0", hint: "a positive number", pattern: "^[1-9]" }), { title: "value", value: "0", expected: "a positive number" }],
    ["noMatch", issue("format", { value: "x", pattern: "email" }), { title: "`value`", value: "x", pattern: "email" }],
    ["empty", issue("pattern", { title: "handling", value: "  ", hint: "how the skill reacts", pattern: "\\S" }), { title: "handling", expected: "how the skill reacts" }],
    ["emptyValue", issue("pattern", { value: "", pattern: "\\S" }), { title: "`value`" }],
    ["tooShort", issue("minLength", { title: "`name`", value: "", limit: 1 }), { title: "`name`" }],
    ["tooLong", issue("maxLength", { title: "`name`", value: "a".repeat(70), limit: 64 }), { title: "`name`", length: 70, limit: "64" }],
    ["tooFew", issue("minItems", { title: "rate limits", value: [], limit: 1 }), { title: "rate limits", limit: "1" }],
    ["tooMany", issue("maxItems", { title: "rows", value: [1, 2], limit: 1 }), { title: "rows", limit: "1" }],
    ["wrongType", issue("type", { title: "`name`", value: 42, type: "string" }), { title: "`name`", value: "42", type: "number", expected: "string" }],
    ["invalid", issue("minimum", { value: 1 }), { title: "`value`", reason: "must be valid" }],
  ] as const)("%s", (messageId, input, data) => {
    expect(schemaMessage(input)).toEqual({ messageId, data });
  });

  it("quotes a value on one line, at most 60 characters", () => {
    const { data } = schemaMessage(issue("pattern", { value: `a\n${"b".repeat(80)}`, hint: "text" }));
    expect(data.value).toBe(`a ${"b".repeat(55)}...`);
  });
});
