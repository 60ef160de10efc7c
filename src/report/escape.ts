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
