#!/usr/bin/env node
// npm run test:agents, step 1: the agents' own CLIs, pinned, installed from the npm registry into
// a cache folder (never globally): SKILLC_AGENTS_CACHE, default node_modules/.cache/skillc-agents.
// Each lands in <cache>/<id>/node_modules/.bin/<bin>; one already there is not installed again.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The versions the agent tests were last run with (see docs/protocols/agents.md for the facts they check). */
export const AGENT_CLIS = {
  claude: { package: "@anthropic-ai/claude-code", version: "2.1.332", bin: "claude" },
  codex: { package: "@openai/codex", version: "0.171.0", bin: "codex" },
  gemini: { package: "@google/gemini-cli", version: "0.61.0", bin: "gemini" },
  opencode: { package: "opencode-ai", version: "1.18.33", bin: "opencode" },
  copilot: { package: "@github/copilot", version: "1.0.102", bin: "copilot" },
};

const repo = fileURLToPath(new URL("..", import.meta.url));
export const CACHE = resolve(process.env.SKILLC_AGENTS_CACHE ?? join(repo, "node_modules/.cache/skillc-agents"));

/** @param {keyof typeof AGENT_CLIS} id */
export const binOf = (id) => join(CACHE, id, "node_modules/.bin", AGENT_CLIS[id].bin);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [id, cli] of Object.entries(AGENT_CLIS)) {
    if (existsSync(binOf(/** @type {keyof typeof AGENT_CLIS} */ (id)))) continue;
    mkdirSync(join(CACHE, id), { recursive: true });
    console.log(`installing ${cli.package}@${cli.version} into ${join(CACHE, id)}`);
    const r = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--prefix", join(CACHE, id), `${cli.package}@${cli.version}`], { stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
