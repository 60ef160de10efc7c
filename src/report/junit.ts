/** junit: JUnit XML for CI dashboards: one testsuite, one testcase per file, a failure per error. */
import { shownPath } from "./paths.js";
import type { Formatter } from "./types.js";

const escape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");

export const junit: Formatter = (results, { cwd }) => {
  const failures = results.reduce((n, r) => n + r.errorCount, 0);
  const cases = results.map((r) => {
    const name = escape(shownPath(cwd, r.filePath));
    const errors = r.messages.filter((m) => m.severity === 2);
    const warnings = r.messages.filter((m) => m.severity === 1);
    const body = [
      ...errors.map((m) => `      <failure type="${escape(m.ruleId)}" message="${escape(m.message)}">${name}:${m.line}:${m.column} ${escape(m.message)} (${escape(m.ruleId)})</failure>`),
      ...(warnings.length
        ? [`      <system-out>${warnings.map((m) => `warning ${name}:${m.line}:${m.column} ${escape(m.message)} (${escape(m.ruleId)})`).join("\n")}</system-out>`]
        : []),
    ];
    return body.length
      ? `    <testcase classname="skillc" name="${name}">\n${body.join("\n")}\n    </testcase>`
      : `    <testcase classname="skillc" name="${name}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="skillc" tests="${results.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="skillc" tests="${results.length}" failures="${failures}" errors="0" skipped="0">`,
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
};
