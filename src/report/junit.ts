/** junit: JUnit XML for CI dashboards: one testsuite, one testcase per file, a failure per error. */
import type { Diagnostic } from "../model/diagnostic.js";
import { escapeXmlAttribute, escapeXmlText } from "./escape.js";
import { shownPath } from "./paths.js";
import type { Formatter } from "./types.js";

export const junit: Formatter = (results, { cwd }) => {
  const failures = results.reduce((n, r) => n + r.errorCount, 0);
  const cases = results.map((r) => {
    const path = shownPath(cwd, r.filePath);
    // Paths and messages come from files: attribute and element escaping differ (tab and LF), so each place has its own.
    const line = (m: Diagnostic) => `${escapeXmlText(path)}:${m.line}:${m.column} ${escapeXmlText(m.message)} (${escapeXmlText(m.ruleId)})`;
    const errors = r.messages.filter((m) => m.severity === 2);
    const warnings = r.messages.filter((m) => m.severity === 1);
    const body = [
      ...errors.map((m) => `      <failure type="${escapeXmlAttribute(m.ruleId)}" message="${escapeXmlAttribute(m.message)}">${line(m)}</failure>`),
      ...(warnings.length ? [`      <system-out>${warnings.map((m) => `warning ${line(m)}`).join("\n")}</system-out>`] : []),
    ];
    return body.length
      ? `    <testcase classname="skillc" name="${escapeXmlAttribute(path)}">\n${body.join("\n")}\n    </testcase>`
      : `    <testcase classname="skillc" name="${escapeXmlAttribute(path)}"/>`;
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
