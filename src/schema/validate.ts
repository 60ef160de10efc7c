/** Validating a document: its frontmatter against skill.schema.json, its model against integration.schema.json. */
import type { ValidateFunction } from "ajv";
import type { Range, SkillDocument } from "../model/types.js";
import { FILE_START } from "../model/positions.js";
import { toInstance } from "./instance.js";
import { toIssues, type SchemaIssue } from "./issues.js";
import { validator } from "./load.js";

export type { SchemaIssue } from "./issues.js";

/** The extra validators a project's config adds (already compiled). */
export interface ExtraSchemas {
  skill?: ValidateFunction;
  integration?: ValidateFunction;
}

/** Where the frontmatter's problems go when the offending key has no position: its opening fence. */
function fenceOf(doc: SkillDocument): Range {
  const start = doc.frontmatter?.range.start ?? FILE_START.start;
  return { start, end: { line: start.line, column: start.column + 3, offset: start.offset + 3 } };
}

export function frontmatterIssues(doc: SkillDocument, extra: ExtraSchemas = {}): SchemaIssue[] {
  const fm = doc.frontmatter;
  if (!fm?.data) return [];
  const fallback = fenceOf(doc);
  const locate = (path: string[], key: boolean) => {
    for (let n = path.length; n > 0; n--) {
      const segments = path.slice(0, n).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const range = fm.rangeOf(segments, key && n === path.length);
      if (range) return { range };
    }
    return undefined;
  };
  const issues: SchemaIssue[] = [];
  for (const fn of [validator("skill"), extra.skill]) {
    if (fn && !fn(fm.data)) issues.push(...toIssues(fn.errors, locate, fallback, { root: fn.schema as object, skipPlaceholders: doc.kind !== "skill" }));
  }
  return issues;
}

export function modelIssues(doc: SkillDocument, extra: ExtraSchemas = {}): SchemaIssue[] {
  const fallback = fenceOf(doc);
  const { instance, pointers } = toInstance(doc, fallback);
  const locate = (path: string[]) => {
    for (let n = path.length; n >= 0; n--) {
      const found = pointers.get(path.slice(0, n).map((s) => `/${s}`).join(""));
      if (found) return found;
    }
    return undefined;
  };
  const issues: SchemaIssue[] = [];
  for (const fn of [validator("integration"), extra.integration]) {
    if (fn && !fn(instance)) issues.push(...toIssues(fn.errors, locate, fallback, { root: fn.schema as object, skipPlaceholders: doc.kind !== "skill" }));
  }
  return issues;
}
