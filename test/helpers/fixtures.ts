/** Fixture projects for rule tests: write skill text into a temp project, lint it through the library API. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createLinter, lint, resolveConfig, type Diagnostic } from "../../src/index.js";

/** Where the integration framework protocol lives in a fixture project (skillc's default). */
export const PROTOCOL = "docs/protocols/integration-framework.md";
/** The default skill path of a fixture, and the name that matches its folder. */
export const SKILL_PATH = "skills/demo-sync/SKILL.md";
export const SKILL_NAME = "demo-sync";
/** The protocol link as written from `SKILL_PATH`. */
export const PROTOCOL_LINK = `../../${PROTOCOL}`;

export interface FixtureOptions {
  /** The linted file, relative to the temp root (default `skills/demo-sync/SKILL.md`). */
  path?: string;
  /** More files of the project: relative path -> content. */
  files?: Record<string, string | Uint8Array>;
  /** Write the protocol doc into the project (default true). */
  protocol?: boolean;
  /** Raw config data, as in skillc.config.json (default `{}`). */
  config?: unknown;
}

/** A temp project that is removed after `fn`, even when `fn` throws. */
export async function withProject<T>(files: Record<string, string | Uint8Array>, fn: (root: string) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), "skillc-test-"));
  try {
    for (const [rel, content] of Object.entries(files)) {
      const abs = join(root, rel);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
    return await fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function projectFiles(content: string | Uint8Array, options: FixtureOptions): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  if (options.protocol ?? true) files[PROTOCOL] = "# Integration framework\n";
  Object.assign(files, options.files);
  files[options.path ?? SKILL_PATH] = content;
  return files;
}

/** Lint one fixture file: `lint({ paths: [file], cwd: root, config: resolveConfig(config, root) })`. */
export async function lintFixture(content: string | Uint8Array, options: FixtureOptions = {}): Promise<Diagnostic[]> {
  const path = options.path ?? SKILL_PATH;
  return withProject(projectFiles(content, options), async (root) => {
    const results = await lint({ paths: [join(root, path)], cwd: root, config: resolveConfig(options.config ?? {}, root) });
    if (results.length !== 1) throw new Error(`expected one result for ${path}, got ${results.length}`);
    return results[0]!.messages;
  });
}

/**
 * Fix one fixture file as `skillc lint --fix` would (nothing written): the fixed text (the input
 * when nothing was fixed) and the problems left after fixing.
 */
export async function fixFixture(content: string, options: FixtureOptions = {}): Promise<{ output: string; remaining: Diagnostic[] }> {
  const path = options.path ?? SKILL_PATH;
  return withProject(projectFiles(content, options), async (root) => {
    const results = await lint({ paths: [join(root, path)], cwd: root, config: resolveConfig(options.config ?? {}, root), fix: true });
    if (results.length !== 1) throw new Error(`expected one result for ${path}, got ${results.length}`);
    const [result] = results;
    return { output: result!.output ?? content.replace(/^\uFEFF/, ""), remaining: result!.messages };
  });
}

let sharedRoot: string | undefined;

/**
 * Lint text as the file at SKILL_PATH of one shared project (the protocol doc and nothing else),
 * without writing it (`lint`'s `text` option, as `--stdin`): for large tables of cases whose
 * rule reads only the text. The project is made once per test process and removed at exit.
 */
export async function lintText(content: string): Promise<Diagnostic[]> {
  if (!sharedRoot) {
    const root = mkdtempSync(join(tmpdir(), "skillc-test-shared-"));
    mkdirSync(join(root, dirname(PROTOCOL)), { recursive: true });
    writeFileSync(join(root, PROTOCOL), "# Integration framework\n");
    process.once("exit", () => rmSync(root, { recursive: true, force: true }));
    sharedRoot = root;
  }
  const results = await lint({ text: { text: content, path: join(sharedRoot, SKILL_PATH) }, cwd: sharedRoot, config: resolveConfig({}, sharedRoot) });
  return results[0]!.messages;
}

/** Lint a path that need not exist (the library's `lintFile`), for unreadable files. */
export async function lintMissingFile(rel: string): Promise<Diagnostic[]> {
  return withProject({}, async (root) => (await createLinter(resolveConfig({}, root)).lintFile(join(root, rel))).messages);
}

/** A diagnostic reduced to what rule tests assert: never the message prose. */
export interface Hit {
  line: number;
  column: number;
  severity?: 1 | 2;
}

/** The diagnostics of one rule, as `{ line, column }` in report order. */
export function hits(diagnostics: readonly Diagnostic[], ruleId: string): Hit[] {
  return diagnostics.filter((d) => d.ruleId === ruleId).map((d) => ({ line: d.line, column: d.column }));
}

/** The diagnostics of one rule as `{ messageId, line, column }`: which message, where, and still not the prose. */
export function idHits(diagnostics: readonly Diagnostic[], ruleId: string): (Hit & { messageId: string })[] {
  return diagnostics.filter((d) => d.ruleId === ruleId).map((d) => ({ messageId: d.messageId, line: d.line, column: d.column }));
}

/** The diagnostics of one rule with their severity (1 warning, 2 error). */
export function hitsWithSeverity(diagnostics: readonly Diagnostic[], ruleId: string): Hit[] {
  return diagnostics.filter((d) => d.ruleId === ruleId).map((d) => ({ line: d.line, column: d.column, severity: d.severity }));
}

/** Full ranges, to compare the diagnostics of a CRLF or BOM variant with those of the LF file. */
export function spans(diagnostics: readonly Diagnostic[]): [string, number, number, number, number][] {
  return diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn]);
}

/** Rule ids reported, one per diagnostic, to check that a fixture is clean of every other rule. */
export function ruleIdsOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.ruleId);
}

/**
 * The 1-based line and column of the `nth` occurrence of `needle` in `text`, counted the way
 * editors count: after a leading BOM, with `\n`, `\r\n` and `\r` each ending one line.
 */
export function at(text: string, needle: string, nth = 0): { line: number; column: number } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = body.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`fixture has no occurrence ${nth} of ${JSON.stringify(needle)}`);
  }
  const before = body.slice(0, index);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** Line endings and BOM for the CRLF and BOM cases. */
export function withEol(text: string, options: { crlf?: boolean; bom?: boolean } = {}): string {
  const body = options.crlf ? text.replace(/\r?\n/g, "\r\n") : text;
  return options.bom ? `\uFEFF${body}` : body;
}

export interface HookParts {
  trigger?: string | null;
  behavior?: string | null;
  errorHandling?: string | null;
  userCommunication?: string | null;
}

const HOOK_DEFAULTS: Required<{ [K in keyof HookParts]: string }> = {
  trigger: "**Trigger:** The user asks for it.",
  behavior: "**Behavior:**\n1. Call the MCP server.\n2. Record the result.",
  errorHandling: "**Error Handling:**\n- Server unreachable: keep working locally.",
  userCommunication: '**User Communication:**\n- Success: "All done."\n- Failure: "That did not work."',
};

/** One `###` hook with every labelled part; pass a part as `null` to leave it out, or a string to replace it. */
export function hook(title: string, parts: HookParts = {}): string {
  const blocks = [`### ${title}`];
  for (const key of ["trigger", "behavior", "errorHandling", "userCommunication"] as const) {
    const part = parts[key] === undefined ? HOOK_DEFAULTS[key] : parts[key];
    if (part !== null) blocks.push(part);
  }
  return blocks.join("\n\n");
}

export const REQUIRED_HOOKS = ["## Required Hooks", hook("Setup"), hook("Sync"), hook("Error Handling")].join("\n\n");

export const CREDENTIALS = [
  "## Credentials",
  "| Credential | Source | User Obtains From |\n|------------|--------|-------------------|\n| DEMO_API_KEY | Manual | https://demo.example.com/account |",
].join("\n\n");

export const RATE_LIMITS = [
  "## Rate Limits",
  "| Limit | Value | Handling |\n|-------|-------|----------|\n| Per minute | 100 | Queue and back off |",
].join("\n\n");

export const DATA_MAPPING = [
  "## Data Mapping",
  "| External Field | Local Field | Sync Direction |\n|----------------|-------------|----------------|\n| status | task checkbox | bidirectional |",
].join("\n\n");

export interface IntegrationParts {
  /** Frontmatter lines between the fences. */
  frontmatter?: string;
  /** Everything between the frontmatter and the hooks: title and protocol link. */
  intro?: string;
  hooks?: string;
  optionalHooks?: string;
  credentials?: string;
  rateLimits?: string;
  dataMapping?: string;
  /** Appended at the end. */
  extra?: string;
}

export const INTEGRATION_FRONTMATTER = [
  `name: ${SKILL_NAME}`,
  "description: Sync tasks with the Demo service",
  "triggers:",
  '  - "sync demo"',
  "integration:",
  "  service: demo",
  '  mcp_server: "@demo/mcp-server"',
  "  requires_auth: true",
].join("\n");

export const INTEGRATION_INTRO = `# Demo Sync\n\nFollows the [integration framework](${PROTOCOL_LINK}).`;

/**
 * A complete, clean integration skill at `SKILL_PATH`; replace or drop (with "") any part.
 * Parts are joined by one blank line, so a test locates what it asserts with `at()`.
 */
export function integrationSkill(parts: IntegrationParts = {}): string {
  const blocks = [
    `---\n${parts.frontmatter ?? INTEGRATION_FRONTMATTER}\n---`,
    parts.intro ?? INTEGRATION_INTRO,
    parts.hooks ?? REQUIRED_HOOKS,
    parts.optionalHooks ?? "",
    parts.credentials ?? CREDENTIALS,
    parts.rateLimits ?? RATE_LIMITS,
    parts.dataMapping ?? DATA_MAPPING,
    parts.extra ?? "",
  ];
  return `${blocks.filter((b) => b !== "").join("\n\n")}\n`;
}

/** A clean plain (non-integration) skill with `body` after its title. */
export function plainSkill(body = "Some instructions.", frontmatter = `name: ${SKILL_NAME}\ndescription: Does one thing well`): string {
  return `---\n${frontmatter}\n---\n\n# Demo\n\n${body}\n`;
}
