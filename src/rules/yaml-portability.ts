/**
 * yaml-portability: frontmatter that YAML readers disagree on. skillc and js-yaml 4 read YAML
 * 1.2 (so do Go's yaml.v3 and Rust's serde_yaml, by their documentation); PyYAML (Python
 * tooling) and Go's yaml.v2 read YAML 1.1, where `yes` is a boolean, `0777` octal, `1:30` the
 * number 90 and `2024-01-31` a date (js-yaml too reads dates); and PyYAML cannot load a
 * frontmatter with a tab outside quoted text or a plain `=`. Syntax errors and duplicate keys
 * are the `frontmatter` rule's: this rule checks only YAML that skillc reads.
 */
import type { FrontmatterScalar, SkillDocument } from "../model/types.js";
import { resolveYaml11, type Yaml11Value } from "../parse/yaml11.js";
import { expectsString } from "../schema/expects.js";
import { defineRule, type Fix } from "./define.js";

/** Characters YAML 1.1 takes for line breaks (NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR) and YAML 1.2 for text. */
const BREAKS = new Map([
  ["\u0085", "NEXT LINE"],
  ["\u2028", "LINE SEPARATOR"],
  ["\u2029", "PARAGRAPH SEPARATOR"],
]);

/** Blanks and a comment right after a scalar, read from its end (sticky: never a scan of the rest of the line). */
const COMMENT = /([ \t]+)(#[^\r\n]*)/y;

/** How a value reads in a message: "the string `yes`", "the boolean `true`". */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `the string \`${value}\``;
  return `the ${typeof value} \`${String(value)}\``;
}

function describe11(value: Yaml11Value, text: string): string {
  if (value.type === "string") return describe(text);
  if (value.type === "date") return "a date";
  if (value.type === "unloadable") return "nothing (PyYAML cannot load it)";
  return describe(value.type === "null" ? null : value.value);
}

/** Whether YAML 1.1 reads the scalar as YAML 1.2 (skillc) does. */
function agrees(scalar: FrontmatterScalar, legacy: Yaml11Value): boolean {
  const modern = scalar.value;
  if (legacy.type === "string") return typeof modern === "string";
  if (legacy.type === "null") return modern === null;
  if (legacy.type === "boolean" || legacy.type === "number") return typeof modern === legacy.type && Object.is(modern, legacy.value);
  return false;
}

/** Tabs outside quoted and block scalars and comments, as runs of blanks: `{ start, end }` offsets into the text. */
function* tabRuns(doc: SkillDocument, scalars: readonly FrontmatterScalar[]): Generator<{ start: number; end: number; inPlain: boolean; blankLine: boolean; lineStart: boolean }> {
  const fm = doc.frontmatter!;
  const { text, lines } = doc;
  const start = lines.lineStart(fm.range.start.line + 1);
  const end = Math.max(start, lines.lineStart(fm.range.end.line));
  let next = 0; // the first scalar that does not end before `i`
  let comment = false;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === "\n" || c === "\r") comment = false;
    while (next < scalars.length && scalars[next]!.range.end.offset <= i) next++;
    const scalar = scalars[next];
    const inside = scalar !== undefined && scalar.range.start.offset <= i;
    if (inside && scalar.style !== "plain") continue; // Quoted and block text may hold tabs in every reader.
    if (!inside && c === "#" && (i === start || /[ \t\r\n]/.test(text[i - 1]!))) comment = true;
    if (c !== "\t" || comment) continue;
    let j = i;
    while (text[j] === "\t" || text[j] === " ") j++;
    let k = i;
    while (k > start && text[k - 1] === " ") k--;
    const lineStart = k === start || text[k - 1] === "\n" || text[k - 1] === "\r";
    const lineEnd = j === text.length || text[j] === "\n" || text[j] === "\r";
    yield { start: k, end: j, inPlain: inside, lineStart, blankLine: lineStart && lineEnd };
    i = j - 1;
  }
}

export default defineRule({
  id: "yaml-portability",
  meta: {
    description: "Frontmatter YAML that YAML 1.1 and YAML 1.2 readers read differently (`yes`, `0777`, `1:30`, dates, tabs, `<<`)",
    defaultSeverity: "warn",
    preset: "recommended",
    fixable: true,
    scope: "all",
    messages: {
      ambiguous: "Unexpected `{{text}}`: YAML 1.2 reads {{modern}}, YAML 1.1 (PyYAML) reads {{legacy}}, expected {{expected}}",
      ambiguousKey: "Unexpected key `{{text}}`: YAML 1.2 reads {{modern}}, YAML 1.1 (PyYAML) reads {{legacy}}, expected the quoted key `\"{{text}}\"`",
      mergeKey: "Unexpected merge key `<<`: YAML 1.1 readers merge the mapping into its parent, YAML 1.2 readers keep a key named `<<`, expected the keys written out",
      tab: "Unexpected tab outside quoted text: PyYAML (YAML 1.1) cannot load such a frontmatter, expected spaces",
      lineBreak: "Unexpected {{name}} (`{{code}}`) in the frontmatter: YAML 1.1 (PyYAML) reads a line break, expected the escape `{{escape}}` inside double quotes",
      comment: "Unexpected comment after the text of `{{field}}`: every YAML reader drops `{{comment}}`, expected the whole text in double quotes",
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const fm = doc.frontmatter;
    // YAML that skillc cannot read is reported by the frontmatter rule, once.
    if (!fm?.data) return;
    const scalars = fm.scalars();
    for (const scalar of scalars) {
      if (scalar.tag || scalar.style !== "plain") continue;
      const { start, end } = scalar.range;
      const text = doc.text.slice(start.offset, end.offset);
      const quote: Fix = { start: start.offset, end: end.offset, text: `"${text}"` };
      if (scalar.key && text === "<<") {
        ctx.report({ messageId: "mergeKey", at: scalar.range });
        continue;
      }
      const legacy = resolveYaml11(text);
      // A field an agent of the file reads as a boolean: that agent's rule (claude-fields) says how it reads it.
      const path = scalar.key ? [] : scalar.path();
      if (path.length === 1 && ctx.agents.some((a) => a.vocabulary?.booleanFields.includes(String(path[0])))) continue;
      if (!agrees(scalar, legacy)) {
        const data = { text, modern: describe(scalar.value), legacy: describe11(legacy, text) };
        if (scalar.key) ctx.report({ messageId: "ambiguousKey", data, at: scalar.range, ...(typeof scalar.value === "string" ? { fix: quote } : {}) });
        else {
          // Quoting is the one right edit where the schema wants a string; elsewhere the author's type is unknown.
          const string = expectsString(scalar.path());
          const expected = string ? `\`"${text}"\`` : "a quoted string or a value both read alike";
          ctx.report({ messageId: "ambiguous", data: { ...data, expected }, at: scalar.range, ...(string ? { fix: quote } : {}) });
        }
        continue;
      }
      // A comment after text: the text was probably meant to go on (`Handles C# #dotnet`).
      if (!scalar.key && typeof scalar.value === "string" && start.line === end.line) {
        COMMENT.lastIndex = end.offset;
        const rest = COMMENT.exec(doc.text);
        if (rest && expectsString(scalar.path())) {
          const comment = rest[2]!.trimEnd();
          const from = end.offset + rest[1]!.length;
          ctx.report({ messageId: "comment", data: { field: scalar.path().join("."), comment }, at: doc.lines.range(from, from + comment.length) });
        }
      }
    }
    for (const run of tabRuns(doc, scalars)) {
      // Each tab becomes one space, so every column stays where it was: separation, not indentation.
      const fixable = !run.inPlain && (!run.lineStart || run.blankLine);
      const fix: Fix = { start: run.start, end: run.end, text: " ".repeat(run.end - run.start) };
      ctx.report({ messageId: "tab", at: doc.lines.range(run.start, run.end), ...(fixable ? { fix } : {}) });
    }
    const fmText = doc.text.slice(fm.range.start.offset, fm.range.end.offset);
    let next = 0; // scalars are in document order, and so are the matches
    for (const m of fmText.matchAll(/[\u0085\u2028\u2029]/g)) {
      const offset = fm.range.start.offset + m.index;
      const hex = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      const [code, escape] = [`U+${hex}`, `\\u${hex}`];
      while (next < scalars.length && scalars[next]!.range.end.offset <= offset) next++;
      const within = scalars[next] && scalars[next]!.range.start.offset <= offset ? scalars[next] : undefined;
      if (within?.style === "single-quoted") continue; // Kept as written by both.
      const fix: Fix | undefined = within?.style === "double-quoted" ? { start: offset, end: offset + 1, text: escape } : undefined;
      ctx.report({ messageId: "lineBreak", data: { name: BREAKS.get(m[0])!, code, escape }, at: doc.lines.range(offset, offset + 1), ...(fix ? { fix } : {}) });
    }
  },
});
