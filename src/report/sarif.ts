/** sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF readers: one run, every rule, one result per diagnostic. */
import type { Log, ReportingDescriptor, Result } from "sarif";
import { ruleDocsUrl } from "../rules/define.js";
import { rules } from "../rules/index.js";
import { stringifyJson, toUriReference } from "./escape.js";
import { shownPath } from "./paths.js";
import type { Formatter } from "./types.js";

export const INFORMATION_URI = "https://github.com/skillc-dev/skillc";

export const sarif: Formatter = (results, { cwd, version }) => {
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.meta.description },
    helpUri: ruleDocsUrl(r.id),
    defaultConfiguration: { level: r.meta.defaultSeverity === "error" ? "error" : "warning" },
  }));
  const index = new Map(rules.map((r, i) => [r.id as string, i]));
  const sarifResults: Result[] = results.flatMap((file) =>
    file.messages.map((m) => ({
      ruleId: m.ruleId,
      ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
      level: m.severity === 2 ? "error" : "warning",
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            // Relative to the folder skillc ran in (the repository root in CI), as code scanning expects.
            artifactLocation: { uri: toUriReference(shownPath(cwd, file.filePath)), uriBaseId: "%SRCROOT%" },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        },
      ],
    })),
  );
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "skillc", ...(version ? { version, semanticVersion: version } : {}), informationUri: INFORMATION_URI, rules: descriptors } },
        columnKind: "utf16CodeUnits",
        results: sarifResults,
      },
    ],
  };
  return `${stringifyJson(log, 2)}\n`;
};
