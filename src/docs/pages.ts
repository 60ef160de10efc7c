/** Protocol pages: one per integration and an index, rendered from the document model (no Markdown is parsed here). */
import { renderAgentsPage } from "./agents.js";
import { relative, sep } from "node:path";
import { GENERATED_NOTE, type OutputFile } from "../model/generated.js";
import type { Integration } from "../model/skill.js";
import { TABLE_KEYS, TABLES, type TableColumn, type TableSpec } from "../model/tables.js";
import type { Hook, SkillDocument, Table, TableCell } from "../model/types.js";

export interface DocsContext {
  /** Project root, for the source paths shown. */
  root: string;
  /** Absolute output folder (`docs/protocols`). */
  outDir: string;
  /** Absolute path of the framework protocol. */
  protocol: string;
}

/** An integration skill: one protocol page each. */
export type IntegrationSkill = SkillDocument & { integration: Integration };

const posix = (p: string) => p.split(sep).join("/");
/** Table cells: no pipes or line breaks. */
const cell = (s: string) =>
  s
    .replace(/\|/g, "\\|")
    // One match per run: `\s*\n\s*` retried a long run of spaces without a break from each of them.
    .replace(/\s+/g, (space) => (space.includes("\n") ? " " : space))
    .trim();

/** The integrations among these skills, sorted by service. */
export function integrationsOf(docs: readonly SkillDocument[]): IntegrationSkill[] {
  return docs
    .filter((d): d is IntegrationSkill => d.integration !== undefined)
    .sort((a, b) => (a.integration.service < b.integration.service ? -1 : a.integration.service > b.integration.service ? 1 : 0));
}

/** Every protocol page for these skills, plus the index; sorted, deterministic. */
export function renderPages(docs: readonly SkillDocument[], ctx: DocsContext): OutputFile[] {
  const integrations = integrationsOf(docs);
  const files = integrations.map((doc) => ({ path: `${doc.integration.service}.md`, content: renderIntegration(doc, ctx) }));
  files.push({ path: "index.md", content: renderIndex(integrations, docs, ctx) });
  files.push({ path: "agents.md", content: renderAgentsPage() });
  return files;
}

function link(ctx: DocsContext, target: string): string {
  return posix(relative(ctx.outDir, target));
}

function renderIntegration(doc: IntegrationSkill, ctx: DocsContext): string {
  const i = doc.integration;
  const fm = doc.frontmatter?.data ?? {};
  const name = doc.name;
  const source = posix(relative(ctx.root, doc.path));
  const triggers = Array.isArray(fm.triggers) ? fm.triggers.map((t) => `"${String(t)}"`).join(", ") : "";
  const out: string[] = [
    `<!-- ${GENERATED_NOTE}: made from ${source} by \`skillc docs\` -->`,
    "",
    `# ${i.displayName} integration`,
    "",
    String(fm.description ?? ""),
    "",
    `This page is generated from the skill [\`${name}\`](${link(ctx, doc.path)}). Its behaviour follows the [integration framework](${link(ctx, ctx.protocol)}).`,
    "",
    "| | |",
    "|---|---|",
    `| Service | \`${i.service}\` |`,
    `| Skill | \`${name}\` |`,
    `| MCP server | [\`${i.mcpServer}\`](https://www.npmjs.com/package/${i.mcpServer}) |`,
    `| Requires auth | ${i.requiresAuth ? "yes" : "no"} |`,
    ...(triggers ? [`| Triggers | ${cell(triggers)} |`] : []),
    "",
    "## Lifecycle",
    "",
    ...lifecycle(doc.hooks),
    "",
    "## Hooks",
    "",
    ...doc.hooks.flatMap(renderHook),
    ...TABLE_KEYS.flatMap((key) => table(doc[key], TABLES[key])),
    "## Degradation",
    "",
    `When ${i.displayName} fails, the skill degrades as the framework's [graceful degradation protocol](${link(ctx, ctx.protocol)}#7-graceful-degradation-protocol) says: it logs the failure without credentials, tells the user inline that it is using local data, retries once after five seconds, then works locally and watches for recovery (circuit breaker CLOSED -> OPEN -> HALF-OPEN -> CLOSED), and offers to sync once the service is back. Rate-limited calls are queued and retried, never dropped.`,
    "",
  ];
  return out.join("\n");
}

function lifecycle(hooks: readonly Hook[]): string[] {
  const has = (n: string) => hooks.some((h) => h.name === n);
  return [
    "```mermaid",
    "stateDiagram-v2",
    "    [*] --> Discovery",
    "    Discovery --> Setup: setup hook",
    "    Setup --> Active: connected",
    "    Setup --> Error: setup failed",
    "    Active --> Sync: sync hook",
    "    Sync --> Active: synced",
    ...(has("conflict_resolution") ? ["    Sync --> ConflictResolution: changed on both sides", "    ConflictResolution --> Sync: resolved"] : []),
    "    Sync --> Error: failure",
    "    Error --> Recovery: error_handling hook",
    "    Recovery --> Active: service back",
    ...(has("status") ? ["    Active --> Status: status hook", "    Status --> Active"] : []),
    ...(has("disconnect") ? ["    Active --> Disconnect: disconnect hook", "    Disconnect --> [*]"] : []),
    "```",
  ];
}

function renderHook(hook: Hook): string[] {
  const out = [`### \`${hook.name}\` (${hook.group})`, ""];
  if (hook.trigger) out.push(`**Trigger:** ${hook.trigger.markdown}`, "");
  if (hook.behavior?.steps.length) out.push("**Steps:**", "", ...hook.behavior.steps.map((s, n) => `${n + 1}. ${s.markdown}`), "");
  if (hook.errorHandling?.cases.length) {
    out.push("**Errors:**", "", "| Case | Response |", "|---|---|", ...hook.errorHandling.cases.map((c) => `| ${cell(c.case.markdown)} | ${cell(c.response.markdown)} |`), "");
  }
  const comm = hook.userCommunication;
  if (comm?.success || comm?.failure) {
    out.push("**Messages:**", "");
    if (comm.success) out.push(`- Success: ${comm.success.markdown}`);
    if (comm.failure) out.push(`- Failure: ${comm.failure.markdown}`);
    out.push("");
  }
  return out;
}

/** A table of the skill as its section of the page, with the headers and cells the table descriptor gives. */
function table(t: Table<string> | undefined, spec: TableSpec): string[] {
  if (!t?.rows.length) return [`## ${spec.docsTitle}`, "", "None.", ""];
  const headers = spec.columns.map((c) => c.docsHeader);
  return [
    `## ${spec.docsTitle}`,
    "",
    `| ${headers.join(" | ")} |`,
    `|${headers.map(() => "---").join("|")}|`,
    ...t.rows.map((r) => `| ${spec.columns.map((c) => cell(showCell(c, r.cells[c.key]))).join(" | ")} |`),
    "",
  ];
}

/** A cell as the column shows it: code, an autolink, the normalised value, or the cell's own Markdown (its inline code kept). */
function showCell(column: TableColumn, c: TableCell | undefined): string {
  if (!c) return "";
  const v = c.normalized;
  if (column.docsCell === "code") return `\`${v}\``;
  if (column.docsCell === "link") return /^https:\/\//.test(v) ? `<${v}>` : v;
  return column.normalize ? v : c.markdown;
}

function renderIndex(integrations: readonly IntegrationSkill[], docs: readonly SkillDocument[], ctx: DocsContext): string {
  const plain = docs.filter((d) => d.kind === "skill").sort((a, b) => (a.name < b.name ? -1 : 1));
  return [
    `<!-- ${GENERATED_NOTE}: made by \`skillc docs\` -->`,
    "",
    "# Protocols",
    "",
    `How each integration behaves. Every one follows the [integration framework](${link(ctx, ctx.protocol)}). Where each agent reads the skills and their MCP servers: [agents](agents.md).`,
    "",
    "## Integrations",
    "",
    ...integrationsTable(integrations, ctx),
    "",
    "## Plain skills",
    "",
    ...(plain.length
      ? ["| Skill | Description |", "|---|---|", ...plain.map((d) => `| [\`${d.name}\`](${link(ctx, d.path)}) | ${cell(String(d.frontmatter?.data?.description ?? ""))} |`)]
      : ["None."]),
    "",
  ].join("\n");
}

/** The integrations table (also the `integrations` region of hand-written pages). */
export function integrationsTable(integrations: readonly IntegrationSkill[], ctx: DocsContext): string[] {
  if (integrations.length === 0) return ["None yet: `skillc new <service>` scaffolds one."];
  return [
    "| Service | Skill | MCP server | Auth | Hooks |",
    "|---|---|---|---|---|",
    ...integrations.map(
      ({ integration: i, name, path, hooks }) =>
        `| [${i.displayName}](${i.service}.md) | [\`${name}\`](${link(ctx, path)}) | \`${i.mcpServer}\` | ${i.requiresAuth ? "yes" : "no"} | ${hooks.map((h) => `\`${h.name}\``).join(", ")} |`,
    ),
  ];
}
