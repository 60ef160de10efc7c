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
  limits: {
    name?: number;
    description?: number;
    strictYaml?: boolean;
    /**
     * The characters of the skill listing in its system prompt (each skill's `- name: description`
     * line): past it the agent shortens or drops descriptions. `perDescription` caps one entry's
     * text. Undefined where the agent lists every skill in full, or where it was not verified.
     */
    listingBudget?: { total: number; perDescription?: number };
  };
  /** Claude Code's own vocabulary: what `model`, `allowed-tools` and `hooks` may name. */
  vocabulary?: AgentVocabulary;
  /**
   * How it fills the arguments of a skill invoked with some (`/skill a b`) into the body: the
   * placeholders it replaces everywhere, code blocks included. Undefined where it replaces none,
   * or where that was not checked.
   */
  argumentPlaceholders?: ArgumentPlaceholders;
  /** What a user must do before the agent loads project skills or MCP servers; undefined when nothing. */
  trust?: string;
  /** What that trust gates: only the MCP servers, or the skills too. */
  trustGates?: "servers" | "skills and servers";
  sources: readonly Source[];
}

/** Names an agent's own frontmatter fields take as values. */
export interface AgentVocabulary {
  /** `model` aliases (ids are matched by `modelIdPattern`). */
  modelAliases: readonly string[];
  /** What a full model id looks like (first-party, Bedrock and Vertex ids all contain the family name). */
  modelIdPattern: RegExp;
  /** Tool names that `allowed-tools` entries may name (before any `(…)` specifier). */
  tools: readonly string[];
  /** Old tool names still accepted, and what they now name. */
  toolAliases: Readonly<Record<string, string>>;
  /** Hook event names, the keys of `hooks`. */
  hookEvents: readonly string[];
  /** The frontmatter fields it reads as booleans. */
  booleanFields: readonly string[];
  /** Strings read as booleans (in `booleanFields`), lower case, trimmed. */
  booleanStrings: { true: readonly string[]; false: readonly string[] };
}

/** The placeholders an agent replaces with a skill's arguments. */
export interface ArgumentPlaceholders {
  /** The positional placeholder as the agent matches it (global); group 1 is the argument's index. */
  positional: RegExp;
  /** The index that names the first argument. */
  firstIndex: number;
  /** Written just before `$` (and not itself escaped), it keeps a placeholder as written; the agent drops it. */
  escape: string;
}

/** Claude Code 2.1.332's vocabulary, read from the lists in its binary (see the claude entry's sources). */
const CLAUDE_VOCABULARY: AgentVocabulary = {
  modelAliases: ["sonnet", "opus", "haiku", "fable", "best", "sonnet[1m]", "opus[1m]", "fable[1m]", "opusplan", "inherit"],
  modelIdPattern: /claude/i,
  tools: [
    "Agent", "Artifact", "AskUserQuestion", "Bash", "ClaudeDesign", "CronCreate", "CronDelete", "CronList", "Edit", "EndConversation",
    "EnterPlanMode", "EnterWorktree", "ExitPlanMode", "ExitWorktree", "Glob", "Grep", "ListAgents", "ListMcpResourcesTool", "LSP",
    "Monitor", "NotebookEdit", "OfferChromeSetup", "PowerShell", "Projects", "propose_skills", "PushNotification", "Read",
    "ReadMcpResourceDirTool", "ReadMcpResourceTool", "ReadNotifications", "RemoteTrigger", "ReportFindings", "ScheduleWakeup",
    "SendFeedback", "SendMessage", "SendUserFile", "SendUserMessage", "SetGoal", "ShareOnboardingGuide", "ShowOnboardingRolePicker",
    "Skill", "SubagentHandback", "TaskCreate", "TaskGet", "TaskList", "TaskStop", "TaskUpdate", "TodoWrite", "ToolSearch",
    "WaitForMcpServers", "WebFetch", "WebSearch", "Workflow", "Write", "REPL", "JavaScript",
  ],
  toolAliases: {
    Task: "Agent", KillShell: "TaskStop", KillBash: "TaskStop", ListPeers: "ListAgents", Brief: "SendUserMessage", ListMcpResources: "ListMcpResourcesTool",
    ReadMcpResource: "ReadMcpResourceTool", ReadMcpResourceDir: "ReadMcpResourceDirTool", ProposeGoal: "SetGoal",
  },
  hookEvents: [
    "PreToolUse", "PostToolUse", "PostToolUseFailure", "PostToolBatch", "Notification", "UserPromptSubmit", "UserPromptExpansion", "SessionStart",
    "SessionEnd", "Stop", "StopFailure", "SubagentStart", "SubagentStop", "PreCompact", "PostCompact", "PreModelSwitch", "PostModelSwitch",
    "PermissionRequest", "PermissionDenied", "Setup", "TeammateIdle", "TaskCreated", "TaskCompleted", "Elicitation", "ElicitationResult",
    "ConfigChange", "WorktreeCreate", "WorktreeRemove", "InstructionsLoaded", "CwdChanged", "FileChanged", "DirectoryAdded", "MessageDisplay",
    "PreSkillShellCommand",
  ],
  booleanFields: ["disable-model-invocation", "user-invocable"],
  booleanStrings: { true: ["true", "yes", "on", "1"], false: ["false", "no", "off", "0"] },
};

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
    frontmatter: ["name", "description", "when_to_use", "argument-hint", "allowed-tools", "disallowed-tools", "model", "effort", "shell", "disable-model-invocation", "user-invocable", "context", "agent", "background", "paths", "hooks", "metadata", "license", "compatibility"],
    limits: { listingBudget: { total: 8000, perDescription: 1536 } },
    vocabulary: CLAUDE_VOCABULARY,
    // `$N` followed by no letter, digit or `_`; `$ARGUMENTS` and `$ARGUMENTS[N]` too, but nothing else writes those.
    argumentPlaceholders: { positional: /\$(\d+)(?!\w)/g, firstIndex: 0, escape: "\\" },
    trustGates: "servers",
    trust: "`.mcp.json` servers wait for approval: accept them when Claude Code asks, or set `enableAllProjectMcpServers` in your settings",
    sources: [
      { what: "skills only from `.claude/skills` (the debug log's `Loading skills from`); skill id is the folder name; no length limits enforced", source: "observed: Claude Code 2.1.332", checked: CHECKED },
      { what: "`.mcp.json` `mcpServers`; `${VAR}` and `${VAR:-default}` expanded in args and env; a comment makes the file invalid", source: "observed: Claude Code 2.1.332 (`claude mcp list`, the spawned server's environment)", checked: CHECKED },
      { what: "`claude mcp add -s project NAME --env 'A=${A}' -- cmd args`: the name before `--env`, which takes several values", source: "observed: Claude Code 2.1.332", checked: CHECKED },
      { what: "frontmatter fields (the skill schema's keys and their descriptions); `disable-model-invocation` and `user-invocable` read `true`/`yes`/`on`/`1` and `false`/`no`/`off`/`0` (any case) as booleans, any other value as false; `model` passed on as written after `inherit` (aliases matched trimmed, in any case); `context` other than `fork` runs inline, and `context: fork` without `agent` forks `general-purpose`", source: "the Claude Code 2.1.332 binary (`@anthropic-ai/claude-code-linux-x64`)", checked: CHECKED },
      { what: "model aliases `sonnet`, `opus`, `haiku`, `fable`, `best`, `opusplan` and the `[1m]` variants; tool names and old aliases (`Task` → `Agent`); hook event names", source: "the lists in the Claude Code 2.1.332 binary", checked: CHECKED },
      { what: "a skill invoked with arguments has `$ARGUMENTS` (all of them), `$ARGUMENTS[N]` and `$N` (`/\\$(\\d+)(?!\\w)/`, N from 0) replaced anywhere in its body, code included, whether or not it has `argument-hint`; `$N` only when there is an Nth argument (split like shell words); `\\$` keeps a placeholder (the backslash is dropped), `$$` does not; with no placeholder replaced, `ARGUMENTS: <args>` is appended; invoked without arguments, the body is left as written (a skill preloaded into a subagent gets empty ones: `$ARGUMENTS` becomes empty)", source: "the Claude Code 2.1.332 binary (the substitution function whose error reads `Use shorter arguments or fewer placeholders such as $ARGUMENTS`, called from every skill's `getPromptForCommand`)", checked: CHECKED },
      { what: "skill listing budget: 1% of the context window in characters (4 per token; 8,000 at the default 200,000-token window, `SLASH_COMMAND_TOOL_CHAR_BUDGET` or `skillListingBudgetFraction` change it), each entry `- name: description - when_to_use` with that text capped at 1,536 (`skillListingMaxDescChars`); past the budget, descriptions of lower-priority skills are dropped", source: "the Claude Code 2.1.332 binary (the listing code and the settings' descriptions)", checked: CHECKED },
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
    frontmatter: ["name", "description", "license", "allowed-tools", "argument-hint", "user-invocable", "disable-model-invocation"],
    limits: { name: 64, description: 1024, strictYaml: true },
    trustGates: "servers",
    trust: "the Copilot CLI reads `.mcp.json` only in a trusted folder: answer its prompt, or add the folder to `trustedFolders` in `~/.copilot/config.json`",
    sources: [
      { what: "skills from `.github/skills`, `.agents/skills`, `.claude/skills`; name ≤ 64, description ≤ 1024 and valid YAML enforced", source: "observed: Copilot CLI 1.0.102 (`copilot skill list --json`)", checked: CHECKED },
      { what: "project MCP servers from `.mcp.json` (else `.github/mcp.json`), key `mcpServers`, strict JSON; `.vscode/mcp.json` not read", source: "observed: Copilot CLI 1.0.102 (`copilot mcp list --json`)", checked: CHECKED },
      { what: "VS Code: `.vscode/mcp.json`, key `servers`, `${input:id}` password inputs", source: "documented: code.visualstudio.com/docs/copilot/reference/mcp-configuration", checked: CHECKED },
      { what: "VS Code reads `argument-hint`, `user-invocable` and `disable-model-invocation` besides the spec's fields", source: "documented: VS Code agent skills docs (vscode repo `agent-customization/references/skills.md`)", checked: CHECKED },
    ],
  },
  {
    id: "cursor",
    name: "Cursor",
    skillsDirs: [".cursor/skills", ".agents/skills"],
    mcp: [{ path: ".cursor/mcp.json", format: "json", comments: false, shape: "mcpServers", reference: envColon }],
    frontmatter: [...SPEC_FIELDS, "disable-model-invocation"],
    limits: {},
    sources: [
      { what: "skills from `.cursor/skills` and `.agents/skills`; `.cursor/mcp.json` `mcpServers` with `${env:NAME}`", source: "documented: cursor.com/docs/context/skills, cursor.com/docs/context/mcp", checked: CHECKED },
      { what: "reads `disable-model-invocation` besides the spec's fields", source: "documented: cursor.com/docs/context/skills (via the syllago provider table)", checked: CHECKED },
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
    limits: { name: 64, description: 1024, listingBudget: { total: 40000, perDescription: 1024 } },
    trustGates: "servers",
    trust: "Codex reads `.codex/config.toml` only in a trusted project: trust it when Codex asks (it records `trust_level = \"trusted\"` in `~/.codex/config.toml`)",
    sources: [
      { what: "skills from `.agents/skills` and `.codex/skills` (both listed when a name is in both); a name over 64 is dropped, a description over 1024 truncated", source: "observed: Codex CLI 0.171.0 (`codex debug prompt-input`)", checked: CHECKED },
      { what: "skill listing budget: with the default model the `<skills_instructions>` block stayed near 40,000 characters (40 skills of 500-character descriptions listed in full at 23,879; 120 and 400 skills shortened to 40,471 and 40,476); documented as about 2% of the context window", source: "observed: Codex CLI 0.171.0 (`codex debug prompt-input`); developers.openai.com/codex/skills", checked: CHECKED },
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
      { what: "every skill listed in full in `<available_skills>` (no listing budget)", source: "Gemini CLI 0.61.0 bundle (`renderAgentSkills`)", checked: CHECKED },
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
