/**
 * compile/targets/: the build targets, one per agent of the catalog (where it reads skills, how
 * its project MCP configuration holds a server).
 * May import: `model/`, `agents/`.
 */
import { GENERATED_NOTE, type OutputFile } from "../../model/generated.js";
import { AGENTS, type Agent, type AgentId } from "../../agents/index.js";
import { mcpFileContent } from "./shapes.js";
import type { McpServer, Target } from "./types.js";

export type { McpServer, Target } from "./types.js";
export { entriesKey, mcpEntries } from "./shapes.js";

/**
 * What the setup hook runs for Claude Code: `claude mcp add`, the server's name before `--env`
 * (which takes several values and would swallow it), `--` before the command (whose `-y` is not
 * Claude's option), and single quotes so `${VAR}` stays a reference for Claude Code to expand.
 */
export function claudeMcpAdd(server: McpServer): string {
  const env = server.env.map((e) => ` --env '${e.name}=\${${e.name}}'`).join("");
  return `claude mcp add --transport stdio --scope project ${server.name}${env} -- npx -y ${server.package}`;
}

function targetOf(agent: Agent): Target {
  return {
    id: agent.id,
    agents: agent.name,
    skillsDir: agent.skillsDirs[0]!,
    mcp(servers) {
      if (servers.length === 0) return [];
      const files: OutputFile[] = agent.mcp.map((file) => ({ path: file.path, content: mcpFileContent(file, servers) }));
      if (agent.id === "claude") {
        const lines = ["#!/bin/sh", `# ${GENERATED_NOTE}`, "# What the setup hook runs for Claude Code (the agent runs it; users never type it).", "set -e", ...servers.map(claudeMcpAdd)];
        files.push({ path: "mcp-add.sh", content: `${lines.join("\n")}\n`, executable: true });
      }
      return files;
    },
  };
}

export const targets = Object.fromEntries(AGENTS.map((a) => [a.id, targetOf(a)])) as Record<AgentId, Target>;
export type TargetId = AgentId;
export const TARGET_IDS = AGENTS.map((a) => a.id) as TargetId[];
