/** One renderer per MCP configuration shape of the catalog: the servers as the agent's file writes them. */
import { stringify } from "smol-toml";
import { GENERATED_NOTE } from "../../model/generated.js";
import { inputId, type McpFile } from "../../agents/index.js";
import { npxArgs, type McpServer } from "./types.js";

/** The config's entries for these servers, by server name, in the agent's shape (what `install` merges). */
export function mcpEntries(file: McpFile, servers: readonly McpServer[]): Record<string, unknown> {
  const ref = file.reference ?? ((name: string) => name);
  const env = (s: McpServer) => Object.fromEntries(s.env.map((e) => [e.name, ref(e.name)]));
  return Object.fromEntries(
    servers.map((s) => {
      switch (file.shape) {
        case "opencode":
          return [s.name, { type: "local", command: ["npx", ...npxArgs(s)], enabled: true, environment: env(s) }];
        case "codex":
          // Codex expands no variable: it forwards the named ones from its own environment.
          return [s.name, { command: "npx", args: npxArgs(s), ...(s.env.length ? { env_vars: s.env.map((e) => e.name) } : {}) }];
        default:
          return [s.name, { type: "stdio", command: "npx", args: npxArgs(s), env: env(s) }];
      }
    }),
  );
}

/** Where the entries sit in the file (`["mcpServers"]`): what `install` merges into. */
export function entriesKey(file: McpFile): string {
  return file.shape === "vscode" ? "servers" : file.shape === "opencode" ? "mcp" : file.shape === "codex" ? "mcp_servers" : "mcpServers";
}

/** A whole configuration file holding only these servers (what `build` writes). */
export function mcpFileContent(file: McpFile, servers: readonly McpServer[]): string {
  const entries = mcpEntries(file, servers);
  if (file.shape === "codex") return `# ${GENERATED_NOTE}\n# Read by Codex in a trusted project; credentials are forwarded from the environment by name.\n${stringify({ mcp_servers: entries })}\n`;
  const data: Record<string, unknown> = {};
  if (file.shape === "opencode") data.$schema = "https://opencode.ai/config.json";
  if (file.shape === "vscode") data.inputs = vscodeInputs(servers);
  data[entriesKey(file)] = entries;
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** VS Code prompts for each credential once, as a password. */
function vscodeInputs(servers: readonly McpServer[]) {
  const inputs = new Map<string, { type: string; id: string; description: string; password: boolean }>();
  for (const s of servers) for (const e of s.env) inputs.set(inputId(e.name), { type: "promptString", id: inputId(e.name), description: e.description, password: true });
  return [...inputs.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
