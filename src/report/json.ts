/** json: ESLint's results shape, so tools that read ESLint's JSON read skillc's. */
import { holdsSecret, type LintResult } from "../model/diagnostic.js";
import { stringifyJson } from "./escape.js";
import type { Formatter } from "./types.js";

export const json: Formatter = (results) => `${stringifyJson(results.map(eslintResult))}\n`;

function eslintResult(r: LintResult) {
  // A fix or a fixed text is the file's own text: never shown where the file holds a secret.
  const shown = !holdsSecret(r);
  return {
    filePath: r.filePath,
    messages: r.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      messageId: m.messageId,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.fix && shown ? { fix: m.fix } : {}),
    })),
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.messages.filter((m) => m.fix && m.severity === 2).length,
    fixableWarningCount: r.messages.filter((m) => m.fix && m.severity === 1).length,
    ...(r.output !== undefined && shown ? { output: r.output } : {}),
  };
}
