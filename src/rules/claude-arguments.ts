/**
 * claude-arguments: a `$0`, `$1`… that an agent replaces with the skill's arguments when the skill
 * is invoked with some, written in code where it clearly means something else: an awk field, a
 * shell script's own parameter, a SQL parameter, a regex replacement group. The agent replaces it
 * anyway, code blocks included, and the command the skill gives breaks. Amounts of money in prose
 * are claude-argument-amounts'. Which agents replace what is the catalog's (`argumentPlaceholders`).
 */
import type { Code, InlineCode } from "mdast";
import type { Edit } from "../model/edits.js";
import { walk } from "../parse/walk.js";
import { bodyStart, ordinal, placeholdersIn, substitutingAgent, type Placeholder } from "./argument-placeholders.js";
import { defineRule } from "./define.js";

const SHELLS = new Set(["sh", "bash", "shell", "zsh", "ksh", "console", "shellscript", "shell-script"]);
/** Languages whose code blocks are not programs (a placeholder there may be meant). */
const NOT_CODE = new Set(["", "markdown", "md", "text", "txt", "plain", "plaintext"]);
/** A shell block that handles its own parameters: a shebang, a function, `$#`, `$@`, `$*`, `${1}`, `shift`, `getopts`. */
const SCRIPT = /^#!|^\s*(?:function\s+[\w-]+|[\w-]+\s*\(\)\s*(?:\{|$))|\$[#@*]|\$\{[\d#@*]|\bshift\b|\bgetopts\b/m;
/** The same in a block without a language, where only shell writes these. */
const UNLABELED_SCRIPT = /^#!\/|\$[#@]/m;
/** An awk program: `awk` (or gawk, mawk, nawk), its options, then the program in single quotes (which may span lines). */
const AWK = /\b[gmn]?awk\b[^'|;&\n]*'([^']*)'/g;
/** A script handed to a shell in single quotes (`sh -c '…'`, `bash -c '…'`): its `$1` is that script's parameter. */
const SHELL_C = /\b(?:ba|da|k|z)?sh\s+-c\s+'([^']*)'/g;
const SQL = /\b(?:SELECT|INSERT|UPDATE|DELETE|VALUES|WHERE)\b/;
const REPLACE = /\.replace(?:All)?\(|\bre\.sub\(|\bs\/[^/\n]*\/[^/\n]*\$\d/;

type Kind = "awk" | "shell" | "sql" | "replacement";
type Hit = Placeholder & { kind: Kind };

export default defineRule({
  id: "claude-arguments",
  meta: {
    description: "A `$0`, `$1`… in code that Claude Code replaces with the skill's arguments, written as an awk field, a shell or SQL parameter or a regex group",
    defaultSeverity: "warn",
    preset: "recommended",
    fixable: true,
    scope: "all",
    messages: {
      awk: "Unexpected `{{token}}` in an awk program: {{agent}} replaces `{{token}}` with the skill's {{nth}} argument whenever it is invoked with one, expected `{{fixed}}`",
      shell: "Unexpected `{{token}}` in a shell script: {{agent}} replaces `{{token}}` with the skill's {{nth}} argument whenever it is invoked with one, expected `{{fixed}}`",
      sql: "Unexpected `{{token}}` as a SQL parameter: {{agent}} replaces `{{token}}` with the skill's {{nth}} argument whenever it is invoked with one",
      replacement: "Unexpected `{{token}}` as a regex replacement group: {{agent}} replaces `{{token}}` with the skill's {{nth}} argument whenever it is invoked with one",
    },
  },
  check(ctx) {
    const found = substitutingAgent(ctx.agents);
    const { doc } = ctx;
    if (!found || !doc.readable) return;
    const { agent, placeholders } = found;
    const text = doc.text;
    const body = bodyStart(doc);
    const hits: Hit[] = [];
    walk(doc.tree, (node) => {
      if (node.type !== "code" && node.type !== "inlineCode") return;
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (from === undefined || to === undefined || to <= body) return false;
      hits.push(...classify(node, text, from, placeholdersIn(text, from, to, placeholders)));
      return false;
    });
    for (const hit of hits.sort((a, b) => a.start - b.start)) {
      const fix = fixOf(hit);
      ctx.report({
        messageId: hit.kind,
        data: { token: hit.token, agent: agent.name, nth: ordinal(hit.index), fixed: fix?.text ?? "" },
        at: doc.lines.range(hit.start, hit.start + hit.token.length),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** The placeholders of one code node that clearly mean something else, by what the code is. */
function classify(node: Code | InlineCode, text: string, from: number, found: Placeholder[]): Hit[] {
  if (found.length === 0) return [];
  const raw = text.slice(from, node.position!.end.offset);
  /** Where the single-quoted programs `pattern` finds lie in the text. */
  const quoted = (pattern: RegExp): [number, number][] =>
    [...raw.matchAll(pattern)].map((m) => {
      const start = from + m.index + m[0].length - m[1]!.length - 1;
      return [start, start + m[1]!.length];
    });
  const awk = quoted(AWK);
  const inlineScripts = quoted(SHELL_C);
  const inside = (ranges: [number, number][], at: number) => ranges.some(([s, e]) => at >= s && at < e);
  const lang = node.type === "code" ? (node.lang ?? "").toLowerCase() : undefined;
  const script = lang !== undefined && ((SHELLS.has(lang) && SCRIPT.test(raw)) || (lang === "" && UNLABELED_SCRIPT.test(raw)));
  const program = lang !== undefined && !SHELLS.has(lang) && !NOT_CODE.has(lang);
  const out: Hit[] = [];
  for (const p of found) {
    const line = lineAt(text, p.start);
    if (inside(awk, p.start)) out.push({ kind: "awk", ...p });
    else if (script || inside(inlineScripts, p.start)) out.push({ kind: "shell", ...p });
    else if (program && SQL.test(line)) out.push({ kind: "sql", ...p });
    else if (program && REPLACE.test(line)) out.push({ kind: "replacement", ...p });
  }
  return out;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end === -1 ? text.length : end);
}

/**
 * The one right edit, where there is one: awk reads `$(1)` as `$1` and a shell `${1}` as `$1`,
 * and the agent replaces neither. A SQL parameter or a replacement group has no form the agent
 * leaves alone: no fix.
 */
function fixOf(hit: Hit): Edit | undefined {
  const n = hit.token.slice(1);
  const end = hit.start + hit.token.length;
  if (hit.kind === "awk") return { start: hit.start, end, text: `$(${n})` };
  if (hit.kind === "shell") return { start: hit.start, end, text: `\${${n}}` };
  return undefined;
}
