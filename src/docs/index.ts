/**
 * docs/: the docs stage, from the model to the protocol pages under docs/protocols.
 * May import: `model/`, `agents/`, `parse/`, `schema/`, `errors.ts`.
 * Never its peers `compile/` and `scaffold/`; a hand-written page's comments are read through `parse/`.
 *
 * `skillc docs`: the files of docs/protocols, planned from the model (pages, index) and the hand-written pages' regions.
 */
import type { ExistingPage, OutputFile } from "../model/generated.js";
import type { SkillDocument } from "../model/types.js";
import { integrationsOf, integrationsTable, renderPages, type DocsContext } from "./pages.js";
import { fillRegions, findRegions, SCHEMA_REGIONS } from "./regions.js";

export type { DocsContext } from "./pages.js";
export type { ExistingPage } from "../model/generated.js";
export { RegionError } from "../errors.js";

/**
 * Every file `skillc docs` owns or updates: one page per integration, the index, and each
 * hand-written page with its `skillc:begin`/`end` regions filled. Throws RegionError for an
 * unknown region or a broken marker.
 */
export function planDocs(docs: readonly SkillDocument[], ctx: DocsContext, existing: readonly ExistingPage[]): OutputFile[] {
  const files: OutputFile[] = renderPages(docs, ctx);
  const generated = new Set(files.map((f) => f.path));
  const integrations = integrationsOf(docs);
  const render = (name: string): string | undefined =>
    name === "integrations" ? integrationsTable(integrations, ctx).join("\n") : SCHEMA_REGIONS[name]?.();
  for (const page of existing) {
    if (generated.has(page.path)) continue;
    try {
      if (findRegions(page.text).length === 0) continue;
      files.push({ path: page.path, content: fillRegions(page.text, render), owned: false });
    } catch (error) {
      (error as Error).message = `${page.path}: ${(error as Error).message}`;
      throw error;
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
