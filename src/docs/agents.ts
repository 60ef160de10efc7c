/** `agents.md`: the agent catalog as a page, where each agent reads skills and MCP servers, and how each fact was checked. */
import { AGENTS, type Agent } from "../agents/index.js";
import { GENERATED_NOTE } from "../model/generated.js";

const code = (s: string) => `\`${s}\``;
const cell = (s: string) => s.replace(/\|/g, "\\|");

/** How a credential `NAME` is written in an agent's MCP file, or that it is forwarded by name. */
function referenceOf(agent: Agent): string {
  const file = agent.mcp[0];
  if (!file) return "no project MCP file";
  return file.reference ? agent.mcp.map((f) => code(f.reference!("NAME"))).join(", ") : "forwarded by name (`env_vars`)";
}

export function renderAgentsPage(): string {
  const out = [
    `<!-- ${GENERATED_NOTE}: made from skillc's agent catalog by \`skillc docs\` -->`,
    "",
    "# Agents",
    "",
    "Where each agent reads a project's skills and MCP servers, as `skillc build` writes them. Facts marked observed were checked with the agent's own CLI; the others come from its documentation.",
    "",
    "| Target | Agent | Skills | MCP configuration | Credential reference | Before it loads them |",
    "|---|---|---|---|---|---|",
    ...AGENTS.map((a: Agent) =>
      [
        code(a.id),
        a.name,
        a.skillsDirs.map(code).join(", "),
        a.mcp.length ? a.mcp.map((f) => `${code(f.path)} (${f.format.toUpperCase()}${f.comments ? "" : ", no comments"})`).join(", ") : "none",
        referenceOf(a),
        a.trust ? "trust or approval (below)" : "nothing",
      ]
        .map(cell)
        .join(" | ")
        .replace(/^/, "| ")
        .concat(" |"),
    ),
    "",
  ];
  for (const a of AGENTS as readonly Agent[]) {
    out.push(`## ${a.name}`, "");
    out.push(`- Skills: ${a.skillsDirs.map(code).join(", ")}; \`skillc build --target ${a.id}\` writes them to ${code(a.skillsDirs[0]!)}.`);
    const limits = [a.limits.name ? `name at most ${a.limits.name} characters` : "", a.limits.description ? `description at most ${a.limits.description}` : "", a.limits.strictYaml ? "valid YAML" : ""].filter(Boolean);
    out.push(`- Frontmatter read: ${a.frontmatter.map(code).join(", ")}${limits.length ? `; enforced: ${limits.join(", ")}` : "; no limits enforced"}.`);
    if (a.trust) out.push(`- Before it loads them: ${a.trust}.`);
    out.push("", "Sources:", "", ...a.sources.map((s) => `- ${s.what}: ${s.source} (checked ${s.checked})`), "");
  }
  return out.join("\n");
}
