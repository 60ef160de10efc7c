/**
 * Escaping for text that comes from files (messages, paths) in each report format: nothing in a
 * file may rewrite a terminal, inject a workflow command, break the XML or leave the URI's path.
 */

/** C0 controls, DEL and C1 controls: the characters a terminal acts on rather than shows. */
const CONTROL = "\\u0000-\\u001F\\u007F-\\u009F";
/** Bidirectional formatting characters, which make a terminal show text in another order than it is. */
const BIDI = "\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069";

const hex = (ch: string, digits: number) => ch.charCodeAt(0).toString(16).toUpperCase().padStart(digits, "0");

/** `ch` as a JavaScript escape (`\x1B`, `\u202E`, `\uFFFF`), so a reader sees which character it was. */
const visible = (ch: string) => (ch.charCodeAt(0) < 0x100 ? `\\x${hex(ch, 2)}` : `\\u${hex(ch, 4)}`);

const TERMINAL = new RegExp(`[${CONTROL}${BIDI}]`, "g");

/**
 * Text for a terminal (stylish): control and bidirectional formatting characters shown as
 * JavaScript escapes, e.g. ESC as `\x1B`, LF as `\x0A`, U+202E as `\u202E`. Everything else,
 * backslashes included, is left as it is, so ordinary messages read unchanged.
 */
export function escapeTerminal(text: string): string {
  return text.replace(TERMINAL, visible);
}

/** What XML 1.0 cannot hold even as a character reference: most C0 controls, lone surrogates, U+FFFE and U+FFFF. */
const XML_CANNOT_HOLD = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uD800-\\uDFFF\\uFFFE\\uFFFF";
const XML_FORBIDDEN = new RegExp(`[${XML_CANNOT_HOLD}]`, "u");
const XML_TEXT = new RegExp(`[&<>"\\r\\u007F-\\u009F${XML_CANNOT_HOLD}]`, "gu");
const XML_ATTRIBUTE = new RegExp(`[&<>"\\t\\n\\r\\u007F-\\u009F${XML_CANNOT_HOLD}]`, "gu");
const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

const xmlCharacter = (ch: string) => XML_ENTITIES[ch] ?? (XML_FORBIDDEN.test(ch) ? visible(ch) : `&#x${hex(ch, 1)};`);

/**
 * Element content that parses back to the same text: markup characters as entities, CR (which
 * parsers turn into LF), DEL and C1 controls as character references, and what XML cannot hold
 * shown as JavaScript escapes (U+FFFF as `\uFFFF`), so the document is well-formed for any input.
 */
export function escapeXmlText(text: string): string {
  return text.replace(XML_TEXT, xmlCharacter);
}

/** A double-quoted attribute value: as {@link escapeXmlText}, and tab and LF as references, which attribute-value normalisation would turn into spaces. */
export function escapeXmlAttribute(text: string): string {
  return text.replace(XML_ATTRIBUTE, xmlCharacter);
}

const percent = (ch: string) => `%${hex(ch, 2)}`;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
const KEPT_BY_ENCODE_URI_COMPONENT = /[!'()*]/g;

/**
 * A `/`-separated path as an RFC 3986 relative reference: each segment's UTF-8 percent-encoded
 * except unreserved characters, so `#`, `?`, `%` and a `:` in the first segment stay part of the
 * path. A lone surrogate, which no file system path holds, is written as U+FFFD.
 */
export function toUriReference(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, "\uFFFD")).replace(KEPT_BY_ENCODE_URI_COMPONENT, percent))
    .join("/");
}

const WORKFLOW_DATA = new RegExp(`[%${CONTROL}]`, "g");
const WORKFLOW_PROPERTY = new RegExp(`[%:,${CONTROL}]`, "g");

/**
 * A GitHub workflow command's message: `%`, CR and LF as @actions/core's `escapeData` writes them
 * (`%25`, `%0D`, `%0A`, which the runner decodes), and every other control character as `%XX`,
 * which the runner leaves as text, so none reaches the log raw.
 */
export function escapeWorkflowData(text: string): string {
  return text.replace(WORKFLOW_DATA, percent);
}

/** A workflow command's property value: as {@link escapeWorkflowData}, and `:` and `,` as `escapeProperty` writes them. */
export function escapeWorkflowProperty(text: string): string {
  return text.replace(WORKFLOW_PROPERTY, percent);
}

const JSON_LEFT_RAW = /[\u007F-\u009F]/g;

/**
 * `JSON.stringify`, with DEL and C1 controls, which it leaves raw, written as `\u` escapes: the
 * same JSON value, and no character a terminal acts on when someone prints the file.
 */
export function stringifyJson(value: unknown, indent?: number): string {
  // Outside strings JSON is ASCII, so these characters can only be inside a string, where `\u` is valid.
  return JSON.stringify(value, null, indent).replace(JSON_LEFT_RAW, (ch) => `\\u${hex(ch, 4).toLowerCase()}`);
}
