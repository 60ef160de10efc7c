/** stylish: ESLint's default human format, grouped by file, with a summary line. */
import { Chalk } from "chalk";
import { escapeTerminal } from "./escape.js";
import { shownPath } from "./paths.js";
import type { Formatter } from "./types.js";

/** OSC 8: a terminal hyperlink. `url` and `text` must hold no control character. */
const link = (text: string, url: string) => `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`;

export const stylish: Formatter = (results, { cwd, color, hyperlinks, checked }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    out.push("", c.underline(escapeTerminal(shownPath(cwd, result.filePath))));
    // Messages and paths come from files: escaped, the only control codes left are the ones added here.
    const rows = result.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? "error" : "warning", escapeTerminal(m.message), escapeTerminal(m.ruleId), escapeTerminal(m.url)]);
    const w0 = Math.max(...rows.map((r) => r[0]!.length));
    const w1 = Math.max(...rows.map((r) => r[1]!.length));
    const w2 = Math.max(...rows.map((r) => r[2]!.length));
    for (const [pos, sev, msg, id, url] of rows) {
      const sevText = sev === "error" ? c.red(sev.padEnd(w1)) : c.yellow(sev!.padEnd(w1));
      out.push(`  ${c.dim(pos!.padEnd(w0))}  ${sevText}  ${msg!.padEnd(w2)}  ${c.dim(hyperlinks ? link(id!, url!) : id)}`);
    }
  }
  const total = errors + warnings;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const files = checked ? `${plural(checked.files, "file")} checked` : "";
  if (total === 0) return files ? `${c.green("\u2714")} ${files}, no ${checked?.quiet ? "errors" : "problems"}\n` : "";
  const summary = `\u2716 ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")})${files ? ` in ${files}` : ""}`;
  out.push("", errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary), "");
  return out.join("\n");
};
