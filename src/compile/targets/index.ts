/**
 * compile/targets/: one file per agent (where it reads skills, how it configures an MCP server).
 * May import: `model/`.
 *
 * The build targets by id (explicit registry, in output order).
 */
import { agents } from "./agents.js";
import { claude } from "./claude.js";
import { codex } from "./codex.js";
import { copilot } from "./copilot.js";
import { cursor } from "./cursor.js";
import { opencode } from "./opencode.js";
import type { Target } from "./types.js";

export type { McpServer, Target } from "./types.js";
export { claudeMcpAdd } from "./claude.js";

export const targets = { agents, claude, copilot, cursor, opencode, codex } as const satisfies Record<string, Target>;
export type TargetId = keyof typeof targets;
export const TARGET_IDS = Object.keys(targets) as TargetId[];
