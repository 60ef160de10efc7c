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
  /**
   * The one right edit, where there is one: replace `range` (offsets into the file's text, BOM
   * excluded) with `text`. ESLint's shape, so its tooling applies it.
   */
  fix?: { range: [number, number]; text: string };
}

export interface LintResult {
  /** Absolute path. */
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** The file's fixed text, when a fix run changed it (`--fix`, `--fix-dry-run`). */
  output?: string;
}

/** Does the result report a secret in its file? Its text (a fix, the fixed file) is then never printed or cached. */
export function holdsSecret(result: LintResult): boolean {
  return result.messages.some((m) => m.ruleId === "no-secrets");
}
