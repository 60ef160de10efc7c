/**
 * portability: a frontmatter field that some of the agents a file is checked against read and
 * others ignore, so the skill behaves differently from one agent to the next. One diagnostic per
 * field, naming the agents that ignore it. The facts are the catalog's `frontmatter` lists.
 */
import type { Agent } from "../agents/index.js";
import { defineRule } from "./define.js";

/**
 * Not reported: the specification's fields, which an agent may ignore without changing what the
 * skill does (`license`, `compatibility` and `metadata` inform people and tools, `allowed-tools`
 * only pre-approves tools, so an agent that ignores it asks instead), and skillc's authoring keys,
 * which `skillc build` folds into the description or `metadata`.
 */
const NOT_REPORTED = new Set(["name", "description", "license", "compatibility", "metadata", "allowed-tools", "triggers", "integration"]);

/** The spec itself (`.agents/skills`) is not an agent that reads or ignores anything: `unknown-frontmatter-key` speaks for it. */
const SPEC = "agents";

/** `A`, `A and B`, `A, B and C`. */
const list = (names: readonly string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

export default defineRule({
  id: "portability",
  meta: {
    description: "A frontmatter field that some of the file's agents read and others ignore (warning)",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "all",
    messages: {
      ignored: "Unexpected `{{key}}` for {{ignoredBy}}: only {{readBy}} {{verb}} it, so the skill behaves differently there",
    },
  },
  check(ctx) {
    const fm = ctx.doc.frontmatter;
    if (!fm?.data) return;
    const agents = ctx.agents.filter((a: Agent) => a.id !== SPEC);
    for (const key of Object.keys(fm.data)) {
      if (NOT_REPORTED.has(key)) continue;
      const readBy = agents.filter((a) => (a.frontmatter as readonly string[]).includes(key));
      const ignoredBy = agents.filter((a) => !readBy.includes(a));
      // Read by none: `unknown-frontmatter-key` reports it; read by all: portable.
      if (readBy.length === 0 || ignoredBy.length === 0) continue;
      ctx.report({
        messageId: "ignored",
        data: { key, ignoredBy: list(ignoredBy.map((a) => a.name)), readBy: list(readBy.map((a) => a.name)), verb: readBy.length === 1 ? "reads" : "read" },
        at: fm.rangeOf([key], true) ?? fm.range,
      });
    }
  },
});
