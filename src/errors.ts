/**
 * The errors a user can cause outside a file's diagnostics: a bad command line, config, output
 * folder or generated-region marker. The command line prints their message on one line and exits 2.
 */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A hand-written page's `skillc:begin` / `skillc:end` markers that cannot be filled; the message names the page and line. */
export class RegionError extends UsageError {
  override name = "RegionError";
}
