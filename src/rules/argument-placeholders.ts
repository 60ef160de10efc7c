/**
 * Shared by claude-arguments and claude-argument-amounts: the `$N` placeholders of a skill's body
 * that an agent replaces with the skill's arguments (its `argumentPlaceholders` in the catalog),
 * and the words their messages use.
 */
import type { Agent, ArgumentPlaceholders } from "../agents/index.js";
import type { SkillDocument } from "../model/types.js";

/** Only the first ten arguments: a skill invoked with eleven or more is not worth a warning. */
export const MAX_INDEX = 9;
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

export interface Placeholder {
  /** Offset of `$` in the document's text. */
  start: number;
  /** Which argument replaces it, from 0. */
  index: number;
  /** As written: `$1`. */
  token: string;
}

/** The first of `agents` that replaces placeholders, and how; undefined when none does. */
export function substitutingAgent(agents: readonly Agent[]): { agent: Agent; placeholders: ArgumentPlaceholders } | undefined {
  const agent = agents.find((a) => a.argumentPlaceholders);
  return agent?.argumentPlaceholders ? { agent, placeholders: agent.argumentPlaceholders } : undefined;
}

/** Where the body starts: the agent replaces nothing in the frontmatter. */
export function bodyStart(doc: SkillDocument): number {
  return doc.frontmatter?.range.end.offset ?? 0;
}

/** The placeholders in `text[from, to)` the agent replaces: not escaped, within the first ten arguments. */
export function placeholdersIn(text: string, from: number, to: number, placeholders: ArgumentPlaceholders): Placeholder[] {
  const out: Placeholder[] = [];
  const pattern = new RegExp(placeholders.positional.source, "g");
  for (const m of text.slice(from, to).matchAll(pattern)) {
    const start = from + m.index;
    const index = Number(m[1]) - placeholders.firstIndex;
    if (index < 0 || index > MAX_INDEX || escaped(text, start, placeholders.escape)) continue;
    out.push({ start, index, token: m[0] });
  }
  return out;
}

/** `first`, `second`… for the argument at `index`. */
export function ordinal(index: number): string {
  return ORDINALS[index] ?? `${index + 1}th`;
}

/** Is the `$` at `start` escaped, as the agent reads it: `escape` before it, not itself escaped? */
function escaped(text: string, start: number, escape: string): boolean {
  const before = start - escape.length;
  return before >= 0 && text.startsWith(escape, before) && !(before >= escape.length && text.startsWith(escape, before - escape.length));
}
