/**
 * OpenAI Codex: `.agents/skills/`, `.codex/config.toml` `[mcp_servers.<name>]`. Codex does not
 * expand variables in TOML, so credentials are forwarded by name with `env_vars`.
 */
import { stringify } from "smol-toml";
import { GENERATED_NOTE } from "../../model/generated.js";
import { npxArgs, type Target } from "./types.js";

export const codex: Target = {
  id: "codex",
  agents: "OpenAI Codex",
  skillsDir: ".agents/skills",
  mcp(servers) {
    if (servers.length === 0) return [];
    const mcp_servers = Object.fromEntries(
      servers.map((s) => [s.name, { command: "npx", args: npxArgs(s), ...(s.env.length ? { env_vars: s.env.map((e) => e.name) } : {}) }]),
    );
    return [{ path: ".codex/config.toml", content: `# ${GENERATED_NOTE}\n# Read by Codex in a trusted project; credentials are forwarded from the environment by name.\n${stringify({ mcp_servers })}\n` }];
  },
};
