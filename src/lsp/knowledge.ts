/**
 * What the editor shows on hover and offers to complete, from the published schemas, the table
 * descriptor and the agent catalog: nothing here is a second list of facts.
 * Positions are the model's (1-based lines and columns).
 */
import { AGENTS } from "../agents/index.js";
import { TABLES, TABLE_KEYS, type TableKey } from "../model/tables.js";
import type { Range, Section, SkillDocument } from "../model/types.js";
import { normalizeTitle } from "../parse/walk.js";
import { readSchema } from "../schema/load.js";

interface SchemaNode {
  title?: string;
  description?: string;
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
}

export interface HoverInfo {
  markdown: string;
  range: Range;
}

export interface Completion {
  label: string;
  kind: "property" | "value" | "hook" | "column";
  detail: string;
  documentation?: string;
  /** What to insert, when not the label (`name: `). */
  insertText?: string;
}

let skillSchema: SchemaNode | undefined;
let integrationSchema: SchemaNode | undefined;
const skill = () => (skillSchema ??= readSchema("skill") as SchemaNode);
const integration = () => (integrationSchema ??= readSchema("integration") as SchemaNode);

/** The agents that read a top-level frontmatter field, by name. */
function readers(key: string): string[] {
  return AGENTS.filter((a) => (a.frontmatter as readonly string[]).includes(key)).map((a) => a.name);
}

function fieldDoc(key: string, node: SchemaNode | undefined, topLevel: boolean): string {
  const parts = [`**\`${key}\`**${node?.title && !node.title.includes(key) ? ` (${node.title})` : ""}`];
  if (node?.description) parts.push(node.description);
  if (topLevel) {
    const who = readers(key);
    parts.push(who.length > 0 ? `Read by: ${who.join(", ")}.` : "Read by no agent skillc knows: an authoring key skillc folds into the build.");
  }
  return parts.join("\n\n");
}

/** Every top-level frontmatter field: the schema's, then each agent's own (Claude Code's `model`, …). */
function topLevelFields(): [string, SchemaNode | undefined][] {
  const own = Object.entries(skill().properties ?? {});
  const known = new Set(own.map(([k]) => k));
  const agents = [...new Set(AGENTS.flatMap((a) => a.frontmatter as readonly string[]))].filter((k) => !known.has(k)).sort();
  return [...own, ...agents.map((k): [string, undefined] => [k, undefined])];
}

const integrationFields = () => Object.entries(skill().properties?.integration?.properties ?? {});
const hookSchemas = () => Object.entries(integration().properties?.hooks?.properties ?? {});

function inFrontmatter(doc: SkillDocument, line: number): boolean {
  const fm = doc.frontmatter;
  return fm !== undefined && line > fm.range.start.line && line < fm.range.end.line;
}

/** The key a frontmatter line writes (`  mcp_server: x` -> indent 2, `mcp_server`). */
function keyOf(lineText: string): { indent: number; key: string; start: number } | undefined {
  const m = /^(\s*)([A-Za-z0-9_-]+)\s*:/.exec(lineText);
  return m ? { indent: m[1]!.length, key: m[2]!, start: m[1]!.length } : undefined;
}

/** The top-level key a nested frontmatter line sits under. */
function parentKey(lines: readonly string[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const k = keyOf(lines[i]!);
    if (k && k.indent === 0) return k.key;
    if (/^\S/.test(lines[i]!) && !lines[i]!.startsWith("#")) return undefined;
  }
  return undefined;
}

function flatten(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/** The innermost section that holds `line`. */
function sectionAt(doc: SkillDocument, line: number): Section | undefined {
  const all = flatten(doc.sections).filter((s) => s.range.start.line <= line && line <= s.end.line);
  return all.sort((a, b) => b.depth - a.depth)[0];
}


function tableOfSection(section: Section | undefined): TableKey | undefined {
  if (!section) return undefined;
  return TABLE_KEYS.find((k) => (TABLES[k].titles as readonly string[]).some((t) => normalizeTitle(t) === normalizeTitle(section.title)));
}

function isHookSection(section: Section | undefined): boolean {
  return section !== undefined && /^(required|optional) hooks$/.test(normalizeTitle(section.title));
}

/** Hover text for the frontmatter key, hook heading or table header at a position. */
export function hoverAt(doc: SkillDocument, line: number, column: number): HoverInfo | undefined {
  const lines = linesOf(doc);
  const text = lines[line - 1] ?? "";
  const at = (start: number, length: number): Range => doc.lines.range(doc.lines.lineStart(line) + start, doc.lines.lineStart(line) + start + length);
  if (inFrontmatter(doc, line)) {
    const k = keyOf(text);
    if (!k || column - 1 < k.start || column - 1 > k.start + k.key.length) return undefined;
    if (k.indent === 0) {
      const node = skill().properties?.[k.key];
      if (!node && readers(k.key).length === 0) return undefined;
      return { markdown: fieldDoc(k.key, node, true), range: at(k.start, k.key.length) };
    }
    if (parentKey(lines, line - 1) === "integration") {
      const node = skill().properties?.integration?.properties?.[k.key];
      return node ? { markdown: fieldDoc(`integration.${k.key}`, node, false), range: at(k.start, k.key.length) } : undefined;
    }
    return undefined;
  }
  const hook = doc.hooks.find((h) => h.range.start.line === line);
  if (hook) {
    const node = integration().properties?.hooks?.properties?.[hook.name];
    const state = hook.group === "required" ? "required" : "optional";
    const body = node?.description ?? `A ${state} hook this skill defines; skillc knows no hook of this name.`;
    return { markdown: `**hook \`${hook.name}\`** (${state})\n\n${body}\n\nEach hook has a Trigger, Behavior steps, Error Handling and User Communication (Success and Failure).`, range: hook.range };
  }
  const tableKey = tableOfSection(sectionAt(doc, line));
  if (tableKey) {
    const table = doc[tableKey];
    const cell = table?.columns.find((c) => c.range.start.line === line && c.range.start.column <= column && column <= c.range.end.column);
    if (cell) {
      const spec = TABLES[tableKey].columns.find((c) => normalizeTitle(c.header) === normalizeTitle(cell.value));
      const schema = integration().properties?.[tableKey]?.properties?.rows?.items?.properties?.[spec?.key ?? ""];
      if (spec) {
        const values = schema?.enum ? `\n\nOne of: ${schema.enum.map((v) => `\`${String(v)}\``).join(", ")}.` : "";
        return { markdown: `**${spec.header}** (column of the \`## ${TABLES[tableKey].titles[0]}\` table)\n\n${schema?.description ?? schema?.title ?? ""}${values}`.trim(), range: cell.range };
      }
    }
  }
  return undefined;
}

/** What to offer at a position: frontmatter keys, hook names, table columns, credential sources and sync directions. */
export function completionsAt(doc: SkillDocument, line: number, column: number): Completion[] {
  const lines = linesOf(doc);
  const text = lines[line - 1] ?? "";
  const before = text.slice(0, column - 1);
  if (inFrontmatter(doc, line)) {
    // A key is being written: nothing but a name so far on the line.
    if (!/^\s*[A-Za-z0-9_-]*$/.test(before)) return [];
    const indent = before.length - before.trimStart().length;
    const present = new Set(lines.slice(doc.frontmatter!.range.start.line, doc.frontmatter!.range.end.line - 1).flatMap((l) => keyOf(l)?.key ?? []));
    if (indent === 0) {
      return topLevelFields()
        .filter(([k]) => !present.has(k))
        .map(([k, node]) => ({ label: k, kind: "property", detail: node ? "Agent Skills frontmatter" : `read by ${readers(k).join(", ")}`, documentation: fieldDoc(k, node, true), insertText: `${k}: ` }));
    }
    if (parentKey(lines, line - 1) === "integration") {
      return integrationFields()
        .filter(([k]) => !present.has(k))
        .map(([k, node]) => ({ label: k, kind: "property", detail: "integration", documentation: fieldDoc(`integration.${k}`, node, false), insertText: `${k}: ` }));
    }
    return [];
  }
  const section = sectionAt(doc, line);
  // `### ` under Required Hooks / Optional Hooks: the hook names not yet written.
  const heading = /^(#{2,4})\s+\S*$/.exec(before);
  if (heading) {
    const hooksHere = isHookSection(section) || (section !== undefined && isHookSection(parentOf(doc, section)));
    if (!hooksHere) return [];
    const written = new Set(doc.hooks.filter((h) => h.range.start.line !== line).map((h) => h.name));
    const required = new Set(integration().properties?.hooks?.required ?? []);
    return hookSchemas()
      .filter(([name]) => !written.has(name))
      .map(([name, node]) => ({ label: name, kind: "hook", detail: required.has(name) ? "required hook" : "optional hook", documentation: node.description ?? "" }));
  }
  const tableKey = tableOfSection(section);
  if (tableKey && /^\s*\|/.test(text)) {
    const spec = TABLES[tableKey];
    const index = (before.match(/\|/g) ?? []).length - 1;
    const tableLines = lines.map((l, i) => [l, i + 1] as const).filter(([l, i]) => i > section!.range.start.line && i <= section!.end.line && /^\s*\|/.test(l));
    const first = tableLines[0]?.[1];
    if (first === undefined || line === first) {
      // The header row: the table's columns, in order.
      const column = spec.columns[index];
      return column ? [{ label: column.header, kind: "column", detail: `column ${index + 1} of ${spec.titles[0]}` }] : [];
    }
    if (line === tableLines[1]?.[1]) return [];
    const key = spec.columns[index]?.key;
    const schema = integration().properties?.[tableKey]?.properties?.rows?.items?.properties?.[key ?? ""];
    return (schema?.enum ?? []).map((v) => ({ label: String(v), kind: "value" as const, detail: schema?.title ?? "", documentation: schema?.description ?? "" }));
  }
  return [];
}

/** The text of each line, without its line break, as the model counts lines (`\r\n`, `\n` or `\r`). */
export function linesOf(doc: Pick<SkillDocument, "text" | "lines">): string[] {
  const out: string[] = [];
  for (let line = 1; line <= doc.lines.lineCount; line++) {
    const { start, end } = doc.lines.lineSpan(doc.text, line);
    out.push(doc.text.slice(start, end));
  }
  return out;
}

function parentOf(doc: SkillDocument, section: Section): Section | undefined {
  return flatten(doc.sections).find((s) => s.children.includes(section));
}
