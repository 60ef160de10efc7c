/**
 * One skill as an Agent Skills bundle: `SKILL.md` with only the specification's frontmatter
 * (triggers folded into the description, authoring keys flattened into `metadata`), the local
 * files it links copied under `references/`, and its companion files copied byte for byte.
 */
import { extname, join, relative, resolve, sep } from "node:path";
import { stringify } from "yaml";
import { readRegularFile } from "../fs/read.js";
import { MAX_SHIPPED_FILE, type Shipment } from "../fs/shipped.js";
import { applyEdits, linkEdits, type Edit } from "../model/edits.js";
import { GENERATED_NOTE, type OutputFile } from "../model/generated.js";
import type { Link, LinkReference, SkillDocument } from "../model/types.js";
import { parseSkill } from "../parse/index.js";
import { localTarget } from "../parse/links.js";

/** The top-level frontmatter keys the Agent Skills specification allows, in output order. */
export const SPEC_KEYS = ["name", "description", "license", "compatibility", "allowed-tools", "metadata"] as const;
const MAX_DESCRIPTION = 1024;

export interface BundleContext {
  /** Project root, for the source path in the generated note. */
  root: string;
  /** Shipped files' bytes as linted (scanned for secrets): what is copied. Files not in it are read now. */
  contents?: ReadonlyMap<string, Buffer>;
}

const posix = (p: string) => p.split(sep).join("/");

/**
 * A description that already says when to use the skill: "Use when …", "Use this (skill) when
 * …" or "… when the user …", in any case. Only these phrases: a description that merely
 * mentions "when" still gets the triggers.
 */
const SAYS_WHEN = /\buse (?:this (?:skill )?)?when\b|\bwhen the user\b/i;

/**
 * Description plus "Use when the user says …", within 1024 characters and without `<` or `>`;
 * one that already says when to use the skill is left as written (the triggers stay in `metadata`).
 */
export function foldTriggers(description: string, triggers: readonly string[]): string {
  const clean = triggers.map((t) => t.replace(/[<>"]/g, "").trim()).filter(Boolean);
  let folded = description.trim();
  if (SAYS_WHEN.test(folded)) return folded.slice(0, MAX_DESCRIPTION);
  const base = /[.!?]$/.test(folded) ? folded : `${folded}.`;
  for (let n = clean.length; n > 0; n--) {
    const quoted = clean.slice(0, n).map((t) => `"${t}"`);
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
    const candidate = `${base} Use when the user says ${list}.`;
    if (candidate.length <= MAX_DESCRIPTION) {
      folded = candidate;
      break;
    }
  }
  return folded.slice(0, MAX_DESCRIPTION);
}

/** The bundle's frontmatter: spec keys only; everything else becomes a `metadata` string. */
export function bundleFrontmatter(data: Record<string, unknown>): Record<string, unknown> {
  const triggers = Array.isArray(data.triggers) ? data.triggers.map(String) : [];
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(data.metadata && typeof data.metadata === "object" ? data.metadata : {})) metadata[key] = String(value);
  for (const [key, value] of Object.entries(data)) {
    if ((SPEC_KEYS as readonly string[]).includes(key)) continue;
    if (key === "integration" && value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) metadata[`integration.${k}`] = String(v);
    } else metadata[key] = typeof value === "string" ? value : JSON.stringify(value);
  }
  const out: Record<string, unknown> = {};
  for (const key of SPEC_KEYS) {
    if (key === "description") out.description = foldTriggers(String(data.description ?? ""), triggers);
    else if (key === "metadata") {
      const keys = Object.keys(metadata).sort();
      if (keys.length > 0) out.metadata = Object.fromEntries(keys.map((k) => [k, metadata[k]]));
    } else if (data[key] !== undefined) out[key] = data[key];
  }
  return out;
}

/** Every file of one skill's bundle, with paths relative to the bundle folder: SKILL.md and what it ships. */
export function buildBundle(doc: SkillDocument, shipment: Shipment, ctx: BundleContext): OutputFile[] {
  const files: OutputFile[] = [];
  const edits = linkEdits(doc, (link) => {
    const target = localTarget(link.url, doc.path, ctx.root);
    return target ? shipment.references.get(target) : undefined;
  });
  const bodyStart = doc.frontmatter ? doc.lines.lineStart(doc.frontmatter.range.end.line + 1) : 0;
  let body = applyEdits(doc.text, edits);
  body = body.slice(bodyStart).replace(/\r\n?/g, "\n").replace(/^\n+/, "");
  const frontmatter = stringify(bundleFrontmatter(doc.frontmatter?.data ?? {}), { lineWidth: 0 });
  const note = `<!-- ${GENERATED_NOTE}: built from ${posix(relative(ctx.root, doc.path))} by \`skillc build\` -->`;
  files.push({ path: "SKILL.md", content: `---\n${frontmatter}---\n\n${note}\n\n${body.endsWith("\n") ? body : `${body}\n`}` });

  const inBundle = new Set(shipment.references.values());
  for (const file of shipment.files) {
    // The shipment checked each file (regular, inside the project, within the size limit); it may have changed since.
    let bytes = ctx.contents?.get(file.path);
    if (!bytes) {
      const read = readRegularFile(file.path, MAX_SHIPPED_FILE);
      if (!read.ok) throw new ShippingError(doc.path, file.bundlePath);
      bytes = read.bytes;
    }
    const content = file.kind === "reference" && extname(file.path) === ".md" ? unlinkOutside(file.path, bytes.toString("utf8"), inBundle) : bytes;
    files.push({ path: file.bundlePath, content, ...(file.kind === "companion" ? { executable: file.executable } : {}) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A file a skill ships changed into something that cannot be read between lint and build. */
export class ShippingError extends Error {
  constructor(skill: string, file: string) {
    super(`${file} of ${skill} could no longer be read as a regular file`);
  }
}

/**
 * A copied reference keeps its text, but its relative links would point outside the bundle:
 * those become plain text (a link its text, an image its alt text, a reference-style link its
 * text, with the definition removed), so every link in the bundle resolves inside it. Links are
 * found by the parser, so one shown in code stays as written. A file the parser refuses (past
 * its limits) is copied as it is.
 */
function unlinkOutside(path: string, text: string, inBundle: ReadonlySet<string>): string {
  const doc = parseSkill(path, text);
  if (!doc.readable) return text;
  const edits: Edit[] = [];
  for (const link of [...doc.links, ...doc.linkReferences]) {
    if (!leavesBundle(link.url, inBundle)) continue;
    if (link.kind === "definition") edits.push({ start: link.range.start.offset, end: link.range.end.offset, text: "" });
    else edits.push(...unlinked(link));
  }
  // The parser's text has no byte order mark; a kept one stays in front.
  return text.slice(0, text.length - doc.text.length) + applyEdits(doc.text, edits);
}

/** Any absolute folder, standing for the bundle when a reference's links are read as paths. */
const BUNDLE = resolve("/bundle");

/**
 * Is this URL, written in a file in `references/`, a local file the bundle does not carry? A
 * `/`-rooted one names the project's root, so it leaves the bundle too.
 */
function leavesBundle(url: string, inBundle: ReadonlySet<string>): boolean {
  const target = localTarget(url, join(BUNDLE, "references", "reference.md"), BUNDLE);
  return target !== undefined && !inBundle.has(posix(relative(BUNDLE, target)));
}

/** Drop a link's markup around its text: two deletions, so edits inside the text (an image in a link) still apply. */
function unlinked(link: Link | LinkReference): Edit[] {
  if (!link.label) return [];
  return [
    { start: link.range.start.offset, end: link.label.start.offset, text: "" },
    { start: link.label.end.offset, end: link.range.end.offset, text: "" },
  ];
}
