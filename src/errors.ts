/** The one error a user can cause outside a file's diagnostics: a bad command line, config or output folder (exit 2, one line). */
export class UsageError extends Error {
  override name = "UsageError";
}
