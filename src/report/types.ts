/** The formatter interface: results in, text out. Colour and paths are decided by the caller. */
import type { LintResult } from "../model/diagnostic.js";

export interface FormatContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** Use ANSI colour (the CLI decides: TTY, NO_COLOR, FORCE_COLOR). Machine formats ignore it. */
  color: boolean;
  /** Make rule ids terminal hyperlinks to their docs (stylish on a terminal that supports them). */
  hyperlinks?: boolean;
  /** skillc's version, for formats that name the tool (SARIF). */
  version?: string;
  /**
   * How many files the run checked, for stylish to end with (`skillc lint`); `quiet` when
   * warnings were left out. Absent when the results are not a whole run (build's refusals).
   */
  checked?: { files: number; quiet?: boolean };
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;
