// Deterministic integration-skill trees for the benchmark: N skills, each a complete Trello-like
// integration (hooks, three tables, links), varied by index so files differ without randomness.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The text of skill number `i`: `service<i>-sync`, a complete integration. @param {number} i @returns {string} */
export function skillText(i) {
  const service = `service${i}`;
  const hook = (/** @type {string} */ name) => `### ${name}

**Trigger:** The user says "${name} ${service}" or a session starts with ${service} configured.

**Behavior:**
1. Check that the ${service} MCP server answers within three seconds.
2. Read the local task list and the ${service} items changed since the last sync (${i % 97} minutes ago).
3. Apply the changes, newest first, and record the sync time.

**Error Handling:**
- Network failure: retry once after five seconds, then work from local data.
- Rate limited (429): queue the remaining calls and retry after the window.

**User Communication:**
- Success: "Synced ${i % 13} items with ${service}."
- Failure: "${service} is unavailable, using local data."
`;
  return `---
name: ${service}-sync
description: Sync tasks with ${service} (skill ${i}) through its MCP server.
triggers:
  - "sync ${service}"
integration:
  service: ${service}
  mcp_server: "@bench/mcp-server-${service}"
  requires_auth: true
---

# ${service} Sync

Follows the [integration framework](../../docs/protocols/integration-framework.md).

## Required Hooks

${hook("setup")}
${hook("sync")}
${hook("error_handling")}
## Optional Hooks

${hook("status")}
## Credentials

| Credential | Source | User Obtains From |
|------------|--------|-------------------|
| SERVICE${i}_API_KEY | Manual | https://example.com/${service}/keys |
| SERVICE${i}_TOKEN | Generated | https://example.com/${service}/token |

## Rate Limits

| Limit | Value | Handling |
|-------|-------|----------|
| Requests per 10 seconds | ${100 + (i % 200)} | Queue and retry after the window |
| Requests per day | ${10000 + i} | Warn at 80%, then pause syncing until midnight UTC |

## Data Mapping

| External Field | Local Field | Sync Direction |
|----------------|-------------|----------------|
| name | task title | bidirectional |
| due | due date | external -> local |
| labels | tags | external -> local |
`;
}

/**
 * Write a tree of `count` skills under `root`; returns the skills folder.
 * @param {string} root
 * @param {number} count
 * @returns {string}
 */
export function generateTree(root, count) {
  mkdirSync(join(root, "docs/protocols"), { recursive: true });
  writeFileSync(join(root, "docs/protocols/integration-framework.md"), "# Integration framework\n");
  // A config file makes `root` the project root for skillc, whatever folder it is in.
  writeFileSync(join(root, "skillc.config.json"), "{}\n");
  for (let i = 0; i < count; i++) {
    const dir = join(root, "skills", `service${i}-sync`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "SKILL.md"), skillText(i));
  }
  return join(root, "skills");
}

/** Extra blocks a long skill has besides hooks and tables: prose, quotes, nested lists, code. @param {number} i */
function notes(i) {
  return `## Notes ${i}

The agent keeps a local copy of every item, so a sync can resume after an interruption
without asking the user again. Items changed on both sides are resolved as described below.

> Only resolve a conflict automatically when the local change is older than five minutes.
> Otherwise ask the user which version to keep.

- Conflicts
  - Title changed on both sides: keep the newer title.
  - Due date changed on both sides:
    1. Keep the earlier date.
    2. Note the other date in the item's description.
- Deletions
  - Deleted remotely: archive locally.

\`\`\`json
{ "service": "service${i}", "retry": { "after": 5, "max": 3 } }
\`\`\`

`;
}

/** A skill of about `kb` kilobytes: one frontmatter, then body sections until the size is reached. @param {number} kb */
export function realisticSkill(kb) {
  const first = skillText(0);
  const bodyStart = first.indexOf("\n---\n", 4) + 5;
  let text = first;
  for (let i = 1; text.length < kb * 1024; i++) text += `\n${notes(i)}${skillText(i).slice(bodyStart).replace(/^# .*\n/m, "")}`;
  return text.slice(0, kb * 1024).replace(/[^\n]*$/, "");
}
