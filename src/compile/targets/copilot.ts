/** GitHub Copilot in VS Code: `.github/skills/`, `.vscode/mcp.json` with `servers` and password `inputs`. */
import { GENERATED_NOTE } from "../../model/generated.js";
import { stdioServers, type Target } from "./types.js";

const inputId = (name: string) => name.toLowerCase().replace(/_/g, "-");

export const copilot: Target = {
  id: "copilot",
  agents: "GitHub Copilot (VS Code)",
  skillsDir: ".github/skills",
  mcp(servers) {
    if (servers.length === 0) return [];
    const inputs = new Map<string, { type: string; id: string; description: string; password: boolean }>();
    for (const s of servers) {
      for (const e of s.env) inputs.set(inputId(e.name), { type: "promptString", id: inputId(e.name), description: e.description, password: true });
    }
    const config = {
      inputs: [...inputs.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      servers: stdioServers(servers, (name) => `\${input:${inputId(name)}}`),
    };
    // VS Code reads mcp.json as JSON with comments, so this file can say where it comes from.
    return [{ path: ".vscode/mcp.json", content: `// ${GENERATED_NOTE}\n${JSON.stringify(config, null, 2)}\n` }];
  },
};
