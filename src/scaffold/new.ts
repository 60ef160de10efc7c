/** `skillc new`: plan a skill from the integration template (data only; the CLI writes it). */
import { dirname, relative, resolve, sep } from "node:path";
import { applyEdits, linkEdits, type Edit } from "../model/edits.js";
import { displayName, SCAFFOLD_MARKER, TEMPLATE_HELP } from "../model/skill.js";
import type { SkillDocument } from "../model/types.js";
import { parseSkill } from "../parse/index.js";
import { localTarget } from "../parse/links.js";
import { readSchema } from "../schema/load.js";
import { isSkillName } from "../schema/expects.js";

export interface NewSkillOptions {
  service: string;
  /** Skill name (default `<service>-sync`). */
  name?: string;
  /** npm package of the MCP server; left as a placeholder when absent. */
  mcpServer?: string;
  /** Absolute folder the skill folder goes in. */
  dir: string;
  /** Project root (for `/`-rooted links). */
  root: string;
  template: {
    text: string;
    /** Where the template's relative links are resolved from (its path, or where a bundled one would sit). */
    path: string;
  };
}

export interface PlannedFile {
  path: string;
  content: string;
}

/** Why `name` is not a valid skill name (skill.schema.json's, the one definition), or undefined. */
export function invalidSkillName(name: string): string | undefined {
  if (name.length === 0 || name.length > 64) return `"${name}" must be 1-64 characters`;
  if (!isSkillName(name)) return `"${name}" is not a valid skill name: use lower-case letters, digits and single hyphens (like "trello")`;
  return undefined;
}

export function planNewSkill(options: NewSkillOptions): PlannedFile {
  const name = options.name ?? `${options.service}-sync`;
  const path = resolve(options.dir, name, "SKILL.md");
  const template = parseSkill(options.template.path, options.template.text, { template: true });
  const edits = [...relinked(template, options.template.path, path, options.root), ...nameEdit(template, name), markerEdit(template), ...helpEdit(template)];
  let text = applyEdits(template.text, edits);
  const fills: Record<string, string | undefined> = {
    "[integration-name]": options.service,
    "[service-name]": options.service,
    "[service]": options.service,
    "[Service Name]": displayName(options.service),
    "[npm-package-name]": options.mcpServer,
  };
  // Fills are the template's own tokens, replaced wherever it writes them (code included), as a
  // search and replace would: not Markdown syntax, so not found through the model.
  for (const [placeholder, value] of Object.entries(fills)) if (value !== undefined) text = text.replaceAll(placeholder, value);
  return { path, content: text };
}

/** Relative links are rewritten so they point at the same files from the new skill's folder. */
function relinked(doc: SkillDocument, from: string, to: string, root: string): Edit[] {
  return linkEdits(doc, (link) => {
    const target = localTarget(link.url, from, root);
    if (!target || link.url.startsWith("/")) return undefined;
    return relative(dirname(to), target).split(sep).join("/");
  });
}

/** The frontmatter `name` becomes the skill's name (it must equal its folder). */
function nameEdit(doc: SkillDocument, name: string): Edit[] {
  const range = doc.frontmatter?.rangeOf(["name"]);
  return range ? [{ start: range.start.offset, end: range.end.offset, text: name }] : [];
}

/**
 * The template's instructions to its reader (the paragraph that opens with TEMPLATE_HELP) are
 * about copying the template, which `new` has done: the paragraph and the blank lines after it go.
 */
function helpEdit(doc: SkillDocument): Edit[] {
  const blocks = doc.tree.children;
  const at = blocks.findIndex((b) => b.type === "paragraph" && b.position && doc.text.startsWith(TEMPLATE_HELP, b.position.start.offset!));
  if (at === -1) return [];
  const start = blocks[at]!.position!.start.offset!;
  const end = blocks[at + 1]?.position?.start.offset ?? doc.text.length;
  return [{ start, end, text: "" }];
}

/** The scaffold marker goes on its own line after the frontmatter, or first when there is none. */
function markerEdit(doc: SkillDocument): Edit {
  const marker = `<!-- ${SCAFFOLD_MARKER}: replace every remaining [placeholder], then delete this line -->\n`;
  if (!doc.frontmatter) return { start: 0, end: 0, text: marker };
  const close = doc.frontmatter.range.end;
  // After the closing fence's line ending; a fence that ends the file gets one first.
  const at = close.line < doc.lines.lineCount ? doc.lines.lineStart(close.line + 1) : doc.text.length;
  return { start: at, end: at, text: `\n${marker}` };
}
