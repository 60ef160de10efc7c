/** github: GitHub Actions workflow commands, one annotation per diagnostic. */
import { shownPath } from "./paths.js";
import type { Formatter } from "./types.js";

/** Escaping GitHub requires in a command's message. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escaping GitHub requires in a command's property values (also `:` and `,`). */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = shownPath(cwd, result.filePath);
    for (const m of result.messages) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ].join(",");
      lines.push(`::${m.severity === 2 ? "error" : "warning"} ${props}::${escapeData(m.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};
