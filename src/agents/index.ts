/**
 * agents/: the agent catalog, what skillc knows about each agent, as data.
 * May import: nothing.
 *
 * Per agent: where it reads project skills, its project MCP configuration (file, format, key,
 * entry shape, how an environment variable is referenced), the frontmatter it reads and its
 * limits, what it needs before it trusts a project, and where each fact was checked, with the date. The build targets are made from it
 * (compile/targets), and `skillc docs` renders it as `agents.md`.
 *
 * "observed": run with the agent's own CLI from npm (version given), a throwaway HOME and project.
 * "documented": from the agent's docs only.
 */

/** How an agent's MCP configuration file writes one stdio server. */
export type McpShape =
  /** `{ "mcpServers": { name: { type: "stdio", command, args, env } } }`: Claude Code, Copilot CLI, Cursor, Gemini CLI, Roo Code. */
  | "mcpServers"
  /** VS Code: `{ "inputs": [...], "servers": { name: { type: "stdio", command, args, env } } }`, credentials prompted as password inputs. */
  | "vscode"
  /** opencode: `{ "mcp": { name: { type: "local", command: [cmd, ...args], environment, enabled } } }`. */
  | "opencode"
  /** Codex: TOML `[mcp_servers.name]` with `command`, `args`, and `env_vars` naming what is forwarded (Codex expands nothing). */
  | "codex";

export interface McpFile {
  /** Relative to the project root. */
  path: string;
  format: "json" | "jsonc" | "toml";
  /** Does the agent accept comments in this file? (A comment in `.mcp.json` makes Claude Code drop every server.) */
  comments: boolean;
  shape: McpShape;
  /** The value written for a credential `NAME`; `undefined` where variables are forwarded by name instead (Codex). */
  reference?: (name: string) => string;
}

export interface Source {
  what: string;
  source: string;
  checked: string;
}

export interface Agent {
  id: string;
  name: string;
  /** Every project folder it reads skills from, relative to the root; skillc writes to the first. */
  skillsDirs: readonly string[];
  mcp: readonly McpFile[];
  /** Frontmatter fields it reads. */
  frontmatter: readonly string[];
  limits: { name?: number; description?: number; strictYaml?: boolean };
  /** What a user must do before the agent loads project skills or MCP servers; undefined when nothing. */
  trust?: string;
  /** What that trust gates: only the MCP servers, or the skills too. */
  trustGates?: "servers" | "skills and servers";
  sources: readonly Source[];
}

const CHECKED = "2026-11-26";
const SPEC_FIELDS = ["name", "description", "license", "compatibility", "metadata", "allowed-tools"] as const;
const dollar = (name: string) => `\${${name}}`;
const envColon = (name: string) => `\${env:${name}}`;

const MCP_JSON: McpFile = { path: ".mcp.json", format: "json", comments: false, shape: "mcpServers", reference: dollar };

export const AGENTS = [
  {
    id: "agents",
    name: "Agent Skills (`.agents/skills`)",
    skillsDirs: [".agents/skills"],
    mcp: [],
    frontmatter: SPEC_FIELDS,
    limits: { name: 64, description: 1024, strictYaml: true },
    sources: [
      { what: "clients scan `.<client>/skills` and `.agents/skills`; name ≤ 64, description ≤ 1024", source: "agentskills/agentskills docs/specification.mdx and docs/client-implementation/adding-skills-support.mdx @69ef37e", checked: CHECKED },
      { what: "read by Codex 0.171.0, Gemini CLI 0.61.0, opencode 1.18.33 and Copilot CLI 1.0.102; not by Claude Code 2.1.332", source: "observed: each CLI with a throwaway HOME", checked: CHECKED },
    ],
  },
  {
    id: "claude",
    name: "Claude Code",
    skillsDirs: [".claude/skills"],
    mcp: [MCP_JSON],
    frontmatter: ["name", "description", "when_to_use", "argument-hint", "allowed-tools", "disallowed-tools", "model", "effort", "disable-model-invocation", "user-invocable", "context", "agent", "paths", "hooks", "metadata", "license", "compatibility"],
    limits: {},
    trustGates: "servers",
    trust: "`.mcp.json` servers wait for approval: accept them when Claude Code asks, or set `enableAllProjectMcpServers` in your settings",
    sources: [
      { what: "skills only from `.claude/skills` (the debug log's `Loading skills from`); skill id is the folder name; no length limits enforced", source: "observed: Claude Code 2.1.332", checked: CHECKED },
      { what: "`.mcp.json` `mcpServers`; `${VAR}` and `${VAR:-default}` expanded in args and env; a comment makes the file invalid", source: "observed: Claude Code 2.1.332 (`claude mcp list`, the spawned server's environment)", checked: CHECKED },
      { what: "`claude mcp add -s project NAME --env 'A=${A}' -- cmd args`: the name before `--env`, which takes several values", source: "observed: Claude Code 2.1.332", checked: CHECKED },
    ],
  },
  {
    id: "copilot",
    name: "GitHub Copilot (CLI and VS Code)",
    skillsDirs: [".github/skills", ".agents/skills", ".claude/skills"],
    mcp: [
      MCP_JSON,
      { path: ".vscode/mcp.json", format: "jsonc", comments: true, shape: "vscode", reference: (name) => `\${input:${inputId(name)}}` },
    ],
    frontmatter: ["name", "description", "license", "allowed-tools"],
    limits: { name: 64, description: 1024, strictYaml: true },
    trustGates: "servers",
    trust: "the Copilot CLI reads `.mcp.json` only in a trusted folder: answer its prompt, or add the folder to `trustedFolders` in `~/.copilot/config.json`",
    sources: [
      { what: "skills from `.github/skills`, `.agents/skills`, `.claude/skills`; name ≤ 64, description ≤ 1024 and valid YAML enforced", source: "observed: Copilot CLI 1.0.102 (`copilot skill list --json`)", checked: CHECKED },
      { what: "project MCP servers from `.mcp.json` (else `.github/mcp.json`), key `mcpServers`, strict JSON; `.vscode/mcp.json` not read", source: "observed: Copilot CLI 1.0.102 (`copilot mcp list --json`)", checked: CHECKED },
      { what: "VS Code: `.vscode/mcp.json`, key `servers`, `${input:id}` password inputs", source: "documented: code.visualstudio.com/docs/copilot/reference/mcp-configuration", checked: CHECKED },
    ],
  },
  {
    id: "cursor",
    name: "Cursor",
    skillsDirs: [".cursor/skills", ".agents/skills"],
    mcp: [{ path: ".cursor/mcp.json", format: "json", comments: false, shape: "mcpServers", reference: envColon }],
    frontmatter: SPEC_FIELDS,
    limits: {},
    sources: [
      { what: "skills from `.cursor/skills` and `.agents/skills`; `.cursor/mcp.json` `mcpServers` with `${env:NAME}`", source: "documented: cursor.com/docs/context/skills, cursor.com/docs/context/mcp", checked: CHECKED },
    ],
  },
  {
    id: "opencode",
    name: "opencode",
    skillsDirs: [".opencode/skills", ".agents/skills", ".claude/skills"],
    mcp: [{ path: "opencode.json", format: "jsonc", comments: true, shape: "opencode", reference: (name) => `{env:${name}}` }],
    frontmatter: ["name", "description", "license", "compatibility", "metadata"],
    limits: {},
    sources: [
      { what: "skills from `.opencode/skills`, `.agents/skills`, `.claude/skills`; no limits enforced (`opencode debug skill`)", source: "observed: opencode 1.18.33", checked: CHECKED },
      { what: "`opencode.json` is JSONC, key `mcp`, `type: local`, `command` array, only `{env:NAME}` expands; an invalid config stops every command", source: "observed: opencode 1.18.33 (`opencode debug config`, `opencode mcp list`)", checked: CHECKED },
    ],
  },
  {
    id: "codex",
    name: "OpenAI Codex",
    skillsDirs: [".agents/skills"],
    mcp: [{ path: ".codex/config.toml", format: "toml", comments: true, shape: "codex" }],
    frontmatter: ["name", "description", "metadata"],
    limits: { name: 64, description: 1024 },
    trustGates: "servers",
    trust: "Codex reads `.codex/config.toml` only in a trusted project: trust it when Codex asks (it records `trust_level = \"trusted\"` in `~/.codex/config.toml`)",
    sources: [
      { what: "skills from `.agents/skills` and `.codex/skills` (both listed when a name is in both); a name over 64 is dropped, a description over 1024 truncated", source: "observed: Codex CLI 0.171.0 (`codex debug prompt-input`)", checked: CHECKED },
      { what: "`.codex/config.toml` `[mcp_servers.NAME]` read in trusted projects only; no variable is expanded; the environment is forwarded by name with `env_vars`", source: "observed: Codex CLI 0.171.0 (`codex mcp list --json`, the spawned server's environment)", checked: CHECKED },
    ],
  },
  {
    id: "gemini",
    name: "Gemini CLI",
    skillsDirs: [".gemini/skills", ".agents/skills"],
    mcp: [{ path: ".gemini/settings.json", format: "jsonc", comments: true, shape: "mcpServers", reference: dollar }],
    frontmatter: ["name", "description"],
    limits: {},
    trustGates: "skills and servers",
    trust: "Gemini CLI loads project skills and MCP servers only in a trusted folder: trust it when asked (`~/.gemini/trustedFolders.json`)",
    sources: [
      { what: "skills from `.gemini/skills` and `.agents/skills`, in a trusted folder only; name and description required", source: "observed: Gemini CLI 0.61.0 (`gemini skills list`)", checked: CHECKED },
      { what: "`.gemini/settings.json` `mcpServers` (comments allowed), `${VAR}` expanded; inherited variables named like TOKEN, KEY or SECRET are removed, so credentials are referenced explicitly", source: "observed: Gemini CLI 0.61.0 (`gemini mcp list`, the spawned server's environment); settings schema in the package", checked: CHECKED },
    ],
  },
  {
    id: "roo",
    name: "Roo Code",
    skillsDirs: [".roo/skills", ".agents/skills"],
    mcp: [{ path: ".roo/mcp.json", format: "json", comments: false, shape: "mcpServers", reference: envColon }],
    frontmatter: SPEC_FIELDS,
    limits: {},
    sources: [
      { what: "skills from `.roo/skills` and `.agents/skills`; `.roo/mcp.json` `mcpServers` with `${env:NAME}`", source: "documented: docs.roocode.com/features/mcp/using-mcp-in-roo, Roo-Code-Docs features/skills.mdx", checked: CHECKED },
    ],
  },
  {
    id: "windsurf",
    name: "Windsurf",
    skillsDirs: [".windsurf/skills"],
    mcp: [],
    frontmatter: SPEC_FIELDS,
    limits: {},
    sources: [
      { what: "skills from `.windsurf/skills`; MCP servers only in the user's `~/.codeium/windsurf/mcp_config.json`, no project file", source: "documented: docs.windsurf.com/windsurf/cascade/skills.md, docs.windsurf.com/windsurf/cascade/mcp", checked: CHECKED },
    ],
  },
] as const satisfies readonly Agent[];

/** A VS Code input id for a credential: `TRELLO_API_KEY` → `trello-api-key`. */
export function inputId(name: string): string {
  return name.toLowerCase().replace(/_/g, "-");
}

export type AgentId = (typeof AGENTS)[number]["id"];
