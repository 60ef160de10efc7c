/** The one diagnostic shape, from the rule runner to every formatter (the ESLint results shape). */

/** 1 = warning, 2 = error (ESLint's numbers, so existing tooling reads the JSON). */
export type SeverityLevel = 1 | 2;

export interface Diagnostic {
  ruleId: string;
  severity: SeverityLevel;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The rule's docs page. */
  url: string;
}

export interface LintResult {
  /** Absolute path. */
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
}
