/** The shared `.agents/skills/` folder (Codex, opencode, GitHub Copilot and others read it); no MCP file of its own. */
import type { Target } from "./types.js";

export const agents: Target = {
  id: "agents",
  agents: "any agent that reads .agents/skills (Codex, opencode, GitHub Copilot, …)",
  skillsDir: ".agents/skills",
  mcp: () => [],
};
