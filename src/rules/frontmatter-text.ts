/**
 * The frontmatter's own words, for the rules that judge how a skill is named and described
 * (`name-*`, `description-*`): a string value and where it is written.
 */
import { basename } from "node:path";
import type { Range, SkillDocument } from "../model/types.js";
import { hasPlaceholder } from "../parse/inline.js";

export interface FrontmatterText {
  value: string;
  /** The value in the YAML (the key's whole frontmatter when the value has no place of its own). */
  at: Range;
}

/**
 * The string at a top-level key; undefined when it is missing, not a string or blank (the
 * `frontmatter` rule's), or still holds a template placeholder (not written yet).
 */
export function frontmatterText(doc: SkillDocument, key: string): FrontmatterText | undefined {
  const value = doc.frontmatter?.data?.[key];
  if (typeof value !== "string" || value.trim() === "" || hasPlaceholder(value)) return undefined;
  return { value, at: doc.frontmatter!.rangeOf([key]) ?? doc.frontmatter!.range };
}

/** A file agents load as a skill: `SKILL.md` (in any letter case) or a template of one. */
export function isSkillFile(doc: SkillDocument): boolean {
  return doc.kind === "template" || basename(doc.path).toLowerCase() === "skill.md";
}

