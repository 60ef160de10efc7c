/** github: GitHub Actions workflow commands, one annotation per diagnostic. */
import { escapeWorkflowData, escapeWorkflowProperty } from "./escape.js";
import { shownPath } from "./paths.js";
import type { Formatter } from "./types.js";

export const github: Formatter = (results, { cwd }) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = shownPath(cwd, result.filePath);
    for (const m of result.messages) {
      const props = [
        `file=${escapeWorkflowProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeWorkflowProperty(m.ruleId)}`,
      ].join(",");
      lines.push(`::${m.severity === 2 ? "error" : "warning"} ${props}::${escapeWorkflowData(m.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
};
