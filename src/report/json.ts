/** json: ESLint's results shape, so tools that read ESLint's JSON read skillc's. */
import { stringifyJson } from "./escape.js";
import type { Formatter } from "./types.js";

export const json: Formatter = (results) =>
  `${stringifyJson(
    results.map((r) => ({
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
      })),
      errorCount: r.errorCount,
      warningCount: r.warningCount,
    })),
  )}\n`;
