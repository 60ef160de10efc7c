/** The agent catalog is data every target and the agents page are made from: it must be whole and consistent. */
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { AGENTS, type Agent } from "../../src/agents/index.js";
import { entriesKey, mcpEntries, targets } from "../../src/compile/targets/index.js";
import { TARGET_IDS } from "../../src/index.js";

const agents: readonly Agent[] = AGENTS;
const servers = [{ name: "trello", package: "@delorenj/mcp-server-trello@1.4.0", env: [{ name: "TRELLO_TOKEN", description: "Token" }] }];

describe("the agent catalog", () => {
  it("has one target per agent, in catalog order, with unique ids", () => {
    expect(TARGET_IDS).toEqual(agents.map((a) => a.id));
    expect(new Set(TARGET_IDS).size).toBe(TARGET_IDS.length);
    expect(TARGET_IDS).toEqual(expect.arrayContaining(["agents", "claude", "copilot", "cursor", "opencode", "codex", "gemini"]));
  });

  it.each(agents.map((a) => [a.id, a] as const))("%s: relative folders and files, a dated source for its facts", (_, agent) => {
    expect(agent.skillsDirs.length).toBeGreaterThan(0);
    for (const path of [...agent.skillsDirs, ...agent.mcp.map((f) => f.path)]) expect(path).toMatch(/^[.\w][\w.\-/]*$/);
    expect(new Set(agent.mcp.map((f) => f.path)).size).toBe(agent.mcp.length);
    expect(agent.sources.length).toBeGreaterThan(0);
    for (const s of agent.sources) expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("every JSON file an agent reads without comments is written as strict JSON, every credential a reference", () => {
    for (const agent of agents) {
      const files = targets[agent.id as keyof typeof targets].mcp(servers);
      expect(files.map((f) => f.path).filter((p) => p !== "mcp-add.sh")).toEqual(agent.mcp.map((f) => f.path));
      for (const [i, file] of agent.mcp.entries()) {
        const text = String(files[i]!.content);
        const data = (file.format === "toml" ? parseToml(text) : JSON.parse(text)) as Record<string, Record<string, unknown>>;
        expect(data[entriesKey(file)], `${agent.id} ${file.path}`).toEqual(mcpEntries(file, servers));
        expect(text).not.toContain("TRELLO_TOKEN=");
        if (file.reference) expect(text).toContain(JSON.stringify(file.reference("TRELLO_TOKEN")));
        else expect(data.mcp_servers!.trello).toMatchObject({ env_vars: ["TRELLO_TOKEN"] });
      }
    }
  });

  it("agents sharing a file write the same entries into it (install merges them into one .mcp.json)", () => {
    const byPath = new Map<string, unknown>();
    for (const agent of agents) {
      for (const file of agent.mcp) {
        const entries = mcpEntries(file, servers);
        if (byPath.has(file.path)) expect(entries, file.path).toEqual(byPath.get(file.path));
        byPath.set(file.path, entries);
      }
    }
    expect([...byPath.keys()].filter((p) => p === ".mcp.json")).toHaveLength(1);
  });
});
