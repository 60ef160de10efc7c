/** Claude Code: `.claude/skills/`, `.mcp.json` (`mcpServers`, `${VAR}` expansion) and the `claude mcp add` line. */
import { GENERATED_NOTE } from "../../model/generated.js";
import { json, npxArgs, stdioServers, type McpServer, type Target } from "./types.js";

/** The one-line setup command; single quotes keep `${VAR}` a reference for Claude Code to expand. */
export function claudeMcpAdd(server: McpServer): string {
  const env = server.env.map((e) => ` --env ${e.name}='\${${e.name}}'`).join("");
  return `claude mcp add --transport stdio --scope project${env} ${server.name} -- npx ${npxArgs(server).join(" ")}`;
}

export const claude: Target = {
  id: "claude",
  agents: "Claude Code",
  skillsDir: ".claude/skills",
  mcp(servers) {
    if (servers.length === 0) return [];
    const mcpServers = stdioServers(servers, (name) => `\${${name}}`);
    return [
      { path: ".mcp.json", content: json({ mcpServers }) },
      {
        path: "mcp-add.sh",
        content: `# ${GENERATED_NOTE}\n# What the setup hook runs for Claude Code (the agent runs it; users never type it).\n${servers.map(claudeMcpAdd).join("\n")}\n`,
      },
    ];
  },
};
