/**
 * listing-budget: an agent lists every skill's name and description in its system prompt, within
 * a character budget; past it, it shortens or drops descriptions, and the model no longer sees
 * when to use a skill. A project rule: it adds up the skills of a run, per agent, as that agent
 * lists them (the budgets and the entry format are the catalog's).
 */
import { relative, sep } from "node:path";
import { AGENTS, type Agent } from "../agents/index.js";
import { FILE_START } from "../model/positions.js";
import type { SkillDocument } from "../model/types.js";
import { defineProjectRule, type Claim, type FileClaims } from "./define.js";

/** One skill as an agent lists it. */
interface Entry {
  name: string;
  description?: Claim;
  whenToUse?: string;
  /** `disable-model-invocation: true`: not listed by the agents that read that field. */
  hidden: boolean;
  /** The agents that read the file's folder. */
  readers: readonly Agent[];
}

/**
 * Which of `agents` read a file: those whose skills folders hold it, or, for a file outside every
 * agent's folder (the project's sources, which `skillc install` copies), all of them.
 */
function readersOf(path: string, root: string, agents: readonly Agent[]): readonly Agent[] {
  const rel = relative(root, path).split(sep).join("/");
  const dirs = AGENTS.flatMap((a) => a.skillsDirs as readonly string[]).filter((d) => rel.startsWith(`${d}/`));
  if (dirs.length === 0) return agents;
  return agents.filter((a) => (a.skillsDirs as readonly string[]).some((d) => dirs.includes(d)));
}

/** The characters of the listing: one `- name: text` line per skill, the text capped per entry where the agent caps it. */
function listingLength(agent: Agent, entries: readonly Entry[]): number {
  const cap = agent.limits.listingBudget?.perDescription ?? Number.POSITIVE_INFINITY;
  const readsWhenToUse = (agent.frontmatter as readonly string[]).includes("when_to_use");
  const lines = entries.map((e) => {
    const description = e.description?.value ?? "";
    const text = readsWhenToUse && e.whenToUse ? `${description} - ${e.whenToUse}` : description;
    return `- ${e.name}: `.length + Math.min(text.length, cap);
  });
  return lines.reduce((sum, n) => sum + n, 0) + Math.max(0, lines.length - 1);
}

const format = (n: number) => n.toLocaleString("en-US");

export default defineProjectRule({
  id: "listing-budget",
  meta: {
    description: "The skills' names and descriptions take more characters than an agent lists in its system prompt (warning)",
    defaultSeverity: "warn",
    preset: "strict",
    scope: "project",
    messages: {
      over: "Skills' names and descriptions take {{total}} characters; {{agent}} lists at most {{budget}} and shortens the rest, expected {{budget}} or fewer (this description is the longest, {{length}} characters)",
    },
  },
  claims(doc: SkillDocument): Claim[] {
    if (doc.kind === "template" || !doc.readable) return [];
    const fm = doc.frontmatter;
    const at = (key: string) => fm?.rangeOf([key]) ?? fm?.range ?? FILE_START;
    const claims: Claim[] = [{ key: "name", value: doc.name, at: at("name") }];
    const { description, when_to_use: whenToUse } = fm?.data ?? {};
    if (typeof description === "string") claims.push({ key: "description", value: description, at: at("description") });
    if (typeof whenToUse === "string") claims.push({ key: "when_to_use", value: whenToUse, at: at("when_to_use") });
    if (fm?.data?.["disable-model-invocation"] === true) claims.push({ key: "hidden", value: "true", at: at("disable-model-invocation") });
    return claims;
  },
  checkProject(ctx) {
    const entries = ctx.files.map((file: FileClaims): Entry => {
      const claim = (key: string) => file.claims.find((c) => c.key === key);
      return {
        name: claim("name")!.value,
        description: claim("description"),
        whenToUse: claim("when_to_use")?.value,
        hidden: claim("hidden") !== undefined,
        readers: readersOf(file.path, ctx.root, ctx.agents),
      };
    });
    for (const agent of ctx.agents) {
      const budget = agent.limits.listingBudget?.total;
      if (budget === undefined) continue;
      // An agent lists a name once (the copies `skillc install` writes share their source's name).
      const byName = new Map<string, Entry>();
      const hides = (agent.frontmatter as readonly string[]).includes("disable-model-invocation");
      for (const e of entries) if (e.readers.includes(agent) && !(hides && e.hidden) && !byName.has(e.name)) byName.set(e.name, e);
      const listed = [...byName.values()];
      const total = listingLength(agent, listed);
      if (total <= budget) continue;
      // Reported once, at the longest description: shortening it frees the most.
      const longest = listed
        .filter((e) => e.description)
        .sort((a, b) => b.description!.value.length - a.description!.value.length)[0];
      if (!longest?.description) continue;
      ctx.report({
        claim: longest.description,
        messageId: "over",
        data: { total: format(total), agent: agent.name, budget: format(budget), length: format(longest.description.value.length) },
      });
    }
  },
});
