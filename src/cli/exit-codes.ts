/** Exit codes, with ESLint's meanings. */
export const ExitCode = {
  /** No errors, and warnings within `--max-warnings`. */
  Ok: 0,
  /** Lint errors, too many warnings, or stale output under `--check`. */
  Problems: 1,
  /** Usage, config or internal error. */
  Usage: 2,
} as const;
