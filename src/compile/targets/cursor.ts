/** Cursor: `.cursor/skills/`, `.cursor/mcp.json` (`mcpServers`, `${env:NAME}` interpolation). */
import { json, npxArgs, type Target } from "./types.js";

export const cursor: Target = {
  id: "cursor",
  agents: "Cursor",
  skillsDir: ".cursor/skills",
  mcp(servers) {
    if (servers.length === 0) return [];
    const mcpServers = Object.fromEntries(
      servers.map((s) => [
        s.name,
        { type: "stdio", command: "npx", args: npxArgs(s), env: Object.fromEntries(s.env.map((e) => [e.name, `\${env:${e.name}}`])) },
      ]),
    );
    return [{ path: ".cursor/mcp.json", content: json({ mcpServers }) }];
  },
};
