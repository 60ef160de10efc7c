/** What every build target is: where an agent looks for skills, and how it configures an MCP server. */
import type { OutputFile } from "../../model/generated.js";

/** An integration's MCP server, as every agent's config needs it. */
export interface McpServer {
  /** Key in the agent's config: the integration's service id. */
  name: string;
  /** npm package, run with `npx -y`. */
  package: string;
  /** Environment variables from the Credentials table: referenced, never given a value. */
  env: { name: string; description: string }[];
}

export interface Target {
  id: string;
  /** The agent(s) it serves, for help text and AGENTS.md. */
  agents: string;
  /** Where the agent reads project skills, relative to the project root. */
  skillsDir: string;
  /** The agent's project MCP configuration for these servers (empty when there are none). */
  mcp(servers: readonly McpServer[]): OutputFile[];
}

export const npxArgs = (server: McpServer) => ["-y", server.package];
