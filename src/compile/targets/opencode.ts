/** opencode: `.opencode/skills/`, `opencode.json` `mcp` (`type: local`, `command` array, `environment` with `{env:VAR}`). */
import { json, npxArgs, type Target } from "./types.js";

export const opencode: Target = {
  id: "opencode",
  agents: "opencode",
  skillsDir: ".opencode/skills",
  mcp(servers) {
    if (servers.length === 0) return [];
    const mcp = Object.fromEntries(
      servers.map((s) => [
        s.name,
        {
          type: "local",
          command: ["npx", ...npxArgs(s)],
          enabled: true,
          environment: Object.fromEntries(s.env.map((e) => [e.name, `{env:${e.name}}`])),
        },
      ]),
    );
    return [{ path: "opencode.json", content: json({ $schema: "https://opencode.ai/config.json", mcp }) }];
  },
};
