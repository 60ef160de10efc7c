/** codeclimate: the Code Climate issue list GitLab reads as a code quality report. */
import { createHash } from "node:crypto";
import { stringifyJson } from "./escape.js";
import { shownPath } from "./paths.js";
import type { Formatter } from "./types.js";

export const codeclimate: Formatter = (results, { cwd }) => {
  const issues = results.flatMap((r) =>
    r.messages.map((m) => {
      const path = shownPath(cwd, r.filePath);
      return {
        type: "issue",
        check_name: m.ruleId,
        description: m.message,
        categories: ["Style"],
        severity: m.severity === 2 ? "major" : "minor",
        // Stable across runs, so GitLab can tell new problems from old ones.
        fingerprint: createHash("sha256").update(`${path}\0${m.ruleId}\0${m.line}\0${m.column}\0${m.message}`).digest("hex"),
        location: { path, lines: { begin: m.line, end: m.endLine } },
      };
    }),
  );
  return `${stringifyJson(issues, 2)}\n`;
};
