/**
 * Proof from the agents themselves: `skillc install` on the bundled examples, in a project where
 * the user already has servers and settings of their own, then each agent's own CLI (pinned, from
 * scripts/agents-cache.mjs) is asked, with a throwaway HOME, which skills and MCP servers it sees.
 * Servers are only listed: npm is set offline, so no server package is fetched or run, and the
 * environment references are checked as written, never with values.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { parse as parseJsonc } from "jsonc-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { AGENT_CLIS, binOf } from "../../scripts/agents-cache.mjs";
import { install } from "../../src/index.js";
import { REPO } from "../helpers/cli.js";

type AgentId = keyof typeof AGENT_CLIS;
const SKILLS = ["google-calendar-sync", "release-notes", "trello-sync"];

let proj = "";
let home = "";

/** Run an agent's CLI in the project with the throwaway HOME; output with its stderr. */
function agent(id: AgentId, args: string[], env: Record<string, string> = {}): { code: number | null; out: string } {
  const r = spawnSync(binOf(id), args, {
    cwd: proj,
    encoding: "utf8",
    timeout: 120_000,
    input: "",
    env: {
      PATH: process.env.PATH ?? "",
      HOME: home,
      XDG_CONFIG_HOME: join(home, ".config"),
      XDG_DATA_HOME: join(home, ".local/share"),
      XDG_CACHE_HOME: join(home, ".cache"),
      XDG_STATE_HOME: join(home, ".local/state"),
      // Listing a server must not fetch or run its package.
      npm_config_offline: "true",
      NO_COLOR: "1",
      ...env,
    },
  });
  return { code: r.status, out: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

beforeAll(async () => {
  const missing = (Object.keys(AGENT_CLIS) as AgentId[]).filter((id) => !existsSync(binOf(id)));
  if (missing.length) throw new Error(`agent CLIs not installed (${missing.join(", ")}): run npm run test:agents, which installs them`);
  const base = mkdtempSync(join(tmpdir(), "skillc-agents-"));
  proj = join(base, "proj");
  home = join(base, "home");
  mkdirSync(home, { recursive: true });
  for (const path of ["examples", "templates", "docs/protocols/integration-framework.md"]) cpSync(join(REPO, path), join(proj, path), { recursive: true });
  spawnSync("git", ["init", "-q", "."], { cwd: proj });
  // The user's own servers and settings, which must survive the install.
  const own = {
    "skillc.config.json": JSON.stringify({ ignores: ["examples/broken/**"] }),
    ".mcp.json": '{ "mcpServers": { "mine": { "command": "my-server" } } }\n',
    "opencode.json": '{\n  // my settings\n  "$schema": "https://opencode.ai/config.json",\n  "mcp": { "mine": { "type": "local", "command": ["my-server"] } }\n}\n',
    ".gemini/settings.json": '{\n  // my settings\n  "mcpServers": { "mine": { "command": "my-server" } }\n}\n',
    ".codex/config.toml": '# my settings\n[mcp_servers.mine]\ncommand = "my-server"\n',
  };
  for (const [path, text] of Object.entries(own)) {
    mkdirSync(join(proj, path, ".."), { recursive: true });
    writeFileSync(join(proj, path), text);
  }
  const result = await install({ cwd: proj });
  expect(result.refused).toEqual([]);
  expect(result.conflicts).toEqual([]);
  // Trust the project the way each agent records it (what a user does once, at its prompt).
  writeFileSync(join(home, ".claude.json"), JSON.stringify({ projects: { [proj]: { hasTrustDialogAccepted: true, enabledMcpjsonServers: ["mine", "trello", "google-calendar"] } } }));
  mkdirSync(join(home, ".codex"), { recursive: true });
  writeFileSync(join(home, ".codex/config.toml"), `[projects.${JSON.stringify(proj)}]\ntrust_level = "trusted"\n`);
  mkdirSync(join(home, ".gemini"), { recursive: true });
  writeFileSync(join(home, ".gemini/trustedFolders.json"), JSON.stringify({ [proj]: "TRUST_FOLDER" }));
  mkdirSync(join(home, ".copilot"), { recursive: true });
  writeFileSync(join(home, ".copilot/config.json"), JSON.stringify({ trustedFolders: [proj] }));
});

describe(`Claude Code ${AGENT_CLIS.claude.version}`, () => {
  it("loads the three project skills and lists the servers, the user's kept, references as written", () => {
    const log = join(home, "claude-debug.log");
    agent("claude", ["-p", "hi", "--debug-file", log]); // Not logged in: it stops after loading skills.
    expect(readFileSync(log, "utf8")).toMatch(/Loaded 3 unique skills \(.*project: 3/);
    const trello = agent("claude", ["mcp", "get", "trello"]);
    expect(trello.out).toContain("Scope: Project config (shared via .mcp.json)");
    expect(trello.out).toContain("TRELLO_API_KEY=${TRELLO_API_KEY}");
    expect(trello.out).toContain("TRELLO_TOKEN=${TRELLO_TOKEN}");
    expect(agent("claude", ["mcp", "get", "mine"]).out).toContain("Command: my-server");
  });
});

describe(`Codex ${AGENT_CLIS.codex.version}`, () => {
  it("sees the skills in .agents/skills and the servers with their variables forwarded by name", () => {
    const prompt = agent("codex", ["debug", "prompt-input", "hi"]).out;
    for (const skill of SKILLS) expect(prompt).toContain(skill);
    const listed = JSON.parse(agent("codex", ["mcp", "list", "--json"]).out.replace(/^WARNING.*\n/gm, "")) as { name: string; transport: { env_vars?: string[] } }[];
    expect(listed.map((s) => s.name).sort()).toEqual(["google-calendar", "mine", "trello"]);
    expect(listed.find((s) => s.name === "trello")!.transport.env_vars).toEqual(["TRELLO_API_KEY", "TRELLO_TOKEN"]);
  });
});

describe(`Gemini CLI ${AGENT_CLIS.gemini.version}`, () => {
  it("sees the skills and the servers in .gemini/settings.json, the user's kept", () => {
    const skills = agent("gemini", ["skills", "list"]).out;
    for (const skill of SKILLS) expect(skills).toMatch(new RegExp(`^${skill} \\[Enabled\\]`, "m"));
    const servers = agent("gemini", ["mcp", "list"]).out;
    for (const name of ["mine", "trello", "google-calendar"]) expect(servers).toMatch(new RegExp(`^. ${name}: `, "m"));
  });

  // Gemini CLI publishes its settings schema in its repository (schemas/settings.schema.json), not in
  // the npm package: point SKILLC_GEMINI_SETTINGS_SCHEMA at a copy to check the file against it.
  const schemaPath = process.env.SKILLC_GEMINI_SETTINGS_SCHEMA;
  it.skipIf(!schemaPath)("the settings file is valid against Gemini CLI's published settings schema", () => {
    const ajv = new Ajv2020.default({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath!, "utf8")));
    expect(validate(parseJsonc(readFileSync(join(proj, ".gemini/settings.json"), "utf8"))), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe(`opencode ${AGENT_CLIS.opencode.version}`, () => {
  it("sees the skills and the servers with {env:} references, its config still valid with the user's comment", () => {
    const skills = agent("opencode", ["debug", "skill"]).out;
    for (const skill of SKILLS) expect(skills).toContain(`"${skill}"`);
    const config = JSON.parse(agent("opencode", ["debug", "config"]).out) as { mcp: Record<string, { environment?: Record<string, string> }> };
    expect(Object.keys(config.mcp).sort()).toEqual(["google-calendar", "mine", "trello"]);
    expect(Object.keys(config.mcp.trello!.environment!)).toEqual(["TRELLO_API_KEY", "TRELLO_TOKEN"]);
  });
});

describe(`Copilot CLI ${AGENT_CLIS.copilot.version}`, () => {
  it("sees the skills and the .mcp.json servers, the user's kept, references as written", () => {
    const skills = agent("copilot", ["skill", "list", "--json"]).out;
    for (const skill of SKILLS) expect(skills).toContain(`"${skill}"`);
    const listed = JSON.parse(agent("copilot", ["mcp", "list", "--json"]).out) as { mcpServers: Record<string, { env?: Record<string, string> }> };
    expect(Object.keys(listed.mcpServers).sort()).toEqual(["google-calendar", "mine", "trello"]);
    expect(listed.mcpServers.trello!.env).toEqual({ TRELLO_API_KEY: "${TRELLO_API_KEY}", TRELLO_TOKEN: "${TRELLO_TOKEN}" });
  });
});

// The MCP registry publishes server.schema.json (static.modelcontextprotocol.io/schemas/2025-12-11):
// point SKILLC_MCP_REGISTRY_SCHEMA at a copy to check build's registry fragments against it.
const registrySchema = process.env.SKILLC_MCP_REGISTRY_SCHEMA;
describe("MCP registry", () => {
  it.skipIf(!registrySchema)("every registry/<service>/server.json build writes is valid against the registry's published schema", async () => {
    const { build } = await import("../../src/index.js");
    const require = createRequire(import.meta.url);
    const Ajv = require("ajv").default as typeof import("ajv").default;
    const addFormats = require("ajv-formats") as (ajv: import("ajv").default) => void;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(registrySchema!, "utf8")));
    const { files } = await build({ cwd: proj, targets: ["claude"] });
    const fragments = files.filter((f) => /^registry\/[^/]+\/server\.json$/.test(f.path));
    expect(fragments.map((f) => f.path).sort()).toEqual(["registry/google-calendar/server.json", "registry/trello/server.json"]);
    for (const f of fragments) expect(validate(JSON.parse(String(f.content))), `${f.path}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });
});
