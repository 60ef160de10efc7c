/**
 * The messages of schema issues, for the rules that report them (frontmatter, the hook rules and
 * the table rules): one template per failing keyword, and the data each template needs. Each of
 * those rules lists the templates in its own `meta.messages`.
 */
import type { SchemaIssue } from "../schema/validate.js";

/** A schema issue's messages, for a value that is not inside a hook. */
export const SCHEMA_MESSAGES = {
  missing: "Missing {{title}}",
  notOneOf: "Unexpected {{title}} `{{value}}`, expected one of {{allowed}}",
  unexpectedValue: "Unexpected {{title}} `{{value}}`, expected `{{expected}}`",
  badFormat: "Unexpected {{title}} `{{value}}`, expected {{expected}}",
  noMatch: "Unexpected {{title}} `{{value}}`, expected a value matching `{{pattern}}`",
  empty: "Empty {{title}}, expected {{expected}}",
  emptyValue: "Empty {{title}}, expected a value",
  tooShort: "Empty {{title}}",
  tooLong: "Unexpected {{title}} of {{length}} characters, expected at most {{limit}}",
  tooFew: "No {{title}}, expected at least {{limit}}",
  tooMany: "Too many {{title}}, expected at most {{limit}}",
  wrongType: "Unexpected {{title}} `{{value}}` of type `{{type}}`, expected `{{expected}}`",
  invalid: "Unexpected {{title}}: {{reason}}",
} as const;

export type SchemaMessageId = keyof typeof SCHEMA_MESSAGES;

/** The same messages for a value inside a hook, which they name. */
export const HOOK_SCHEMA_MESSAGES = {
  missing: "Missing {{title}} in hook `{{hook}}`",
  notOneOf: "Unexpected {{title}} `{{value}}` in hook `{{hook}}`, expected one of {{allowed}}",
  unexpectedValue: "Unexpected {{title}} `{{value}}` in hook `{{hook}}`, expected `{{expected}}`",
  badFormat: "Unexpected {{title}} `{{value}}` in hook `{{hook}}`, expected {{expected}}",
  noMatch: "Unexpected {{title}} `{{value}}` in hook `{{hook}}`, expected a value matching `{{pattern}}`",
  empty: "Empty {{title}} in hook `{{hook}}`, expected {{expected}}",
  emptyValue: "Empty {{title}} in hook `{{hook}}`, expected a value",
  tooShort: "Empty {{title}} in hook `{{hook}}`",
  tooLong: "Unexpected {{title}} of {{length}} characters in hook `{{hook}}`, expected at most {{limit}}",
  tooFew: "No {{title}} in hook `{{hook}}`, expected at least {{limit}}",
  tooMany: "Too many {{title}} in hook `{{hook}}`, expected at most {{limit}}",
  wrongType: "Unexpected {{title}} `{{value}}` of type `{{type}}` in hook `{{hook}}`, expected `{{expected}}`",
  invalid: "Unexpected {{title}} in hook `{{hook}}`: {{reason}}",
} as const satisfies Record<SchemaMessageId, string>;

export interface SchemaMessage {
  messageId: SchemaMessageId;
  data: Record<string, string | number>;
}

const code = (text: string) => `\`${text}\``;

/** A value as a message quotes it: on one line, at most 60 characters. */
function show(value: unknown): string {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  const line = text.replace(/\s+/g, " ");
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** The JSON type of a value, as a schema's `type` names it. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** The message of a schema issue: its id, by keyword, and its data (`hook` is the caller's to add). */
export function schemaMessage(issue: SchemaIssue): SchemaMessage {
  // A value without a title is named by its key.
  const title = issue.title ?? code(issue.path.at(-1) ?? "value");
  const value = show(issue.raw ?? issue.value);
  switch (issue.keyword) {
    case "required":
      return { messageId: "missing", data: { title } };
    case "enum":
      return { messageId: "notOneOf", data: { title, value, allowed: (issue.allowed ?? []).map((v) => code(String(v))).join(", ") } };
    case "const": {
      const expected = show(Array.isArray(issue.constant) ? issue.constant.join(" | ") : issue.constant);
      return { messageId: "unexpectedValue", data: { title, value, expected } };
    }
    case "pattern":
    case "format": {
      const blank = typeof issue.value === "string" && issue.value.trim() === "";
      if (issue.hint === undefined) return blank ? { messageId: "emptyValue", data: { title } } : { messageId: "noMatch", data: { title, value, pattern: String(issue.pattern) } };
      return blank ? { messageId: "empty", data: { title, expected: issue.hint } } : { messageId: "badFormat", data: { title, value, expected: issue.hint } };
    }
    case "minItems":
      return { messageId: "tooFew", data: { title, limit: String(issue.limit) } };
    case "maxItems":
      return { messageId: "tooMany", data: { title, limit: String(issue.limit) } };
    case "minLength":
      return { messageId: "tooShort", data: { title } };
    case "maxLength":
      return { messageId: "tooLong", data: { title, length: String(issue.value).length, limit: String(issue.limit) } };
    case "type":
      return { messageId: "wrongType", data: { title, value, type: typeOf(issue.value), expected: String(issue.type) } };
    default:
      return { messageId: "invalid", data: { title, reason: issue.reason } };
  }
}
