/** Cursor: `.cursor/skills/`, `.cursor/mcp.json` (`mcpServers`, `${env:NAME}` interpolation). */
import { json, stdioServers, type Target } from "./types.js";

export const cursor: Target = {
  id: "cursor",
  agents: "Cursor",
  skillsDir: ".cursor/skills",
  mcp(servers) {
    if (servers.length === 0) return [];
    return [{ path: ".cursor/mcp.json", content: json({ mcpServers: stdioServers(servers, (name) => `\${env:${name}}`) }) }];
  },
};
