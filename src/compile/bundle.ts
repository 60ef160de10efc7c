/**
 * One skill as an Agent Skills bundle: `SKILL.md` with only the specification's frontmatter
 * (triggers folded into the description, authoring keys flattened into `metadata`), the local
 * files it links copied under `references/`, and its companion files copied byte for byte.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, sep } from "node:path";
import { stringify } from "yaml";
import { GENERATED_NOTE, type OutputFile } from "../model/generated.js";
import { applyEdits, linkEdits } from "../model/edits.js";
import type { SkillDocument } from "../model/types.js";
import { localTarget } from "../rules/links.js";

/** The top-level frontmatter keys the Agent Skills specification allows, in output order. */
export const SPEC_KEYS = ["name", "description", "license", "compatibility", "allowed-tools", "metadata"] as const;
const MAX_DESCRIPTION = 1024;

export interface BundleContext {
  /** Project root, for the source path in the generated note. */
  root: string;
}

const posix = (p: string) => p.split(sep).join("/");

/** Description plus "Use when the user says …", within 1024 characters and without `<` or `>`. */
export function foldTriggers(description: string, triggers: readonly string[]): string {
  const clean = triggers.map((t) => t.replace(/[<>"]/g, "").trim()).filter(Boolean);
  let folded = description.trim();
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

/** Every file of one skill's bundle, with paths relative to the bundle folder. */
export function buildBundle(doc: SkillDocument, ctx: BundleContext): OutputFile[] {
  const folder = dirname(doc.path);
  const files: OutputFile[] = [];
  const references = new Map<string, string>(); // absolute target -> path in the bundle
  const taken = new Set<string>();
  const edits = linkEdits(doc, (link) => {
    const target = localTarget(link.url, doc.path, ctx.root);
    // Files inside the skill's folder travel with it as companions; others are copied under references/.
    if (!target || !isFile(target) || !posix(relative(folder, target)).startsWith("../")) return undefined;
    let place = references.get(target);
    if (!place) {
      place = uniqueName(`references/${basename(target)}`, taken);
      references.set(target, place);
    }
    return place;
  });

  const bodyStart = doc.frontmatter ? doc.lines.lineStart(doc.frontmatter.range.end.line + 1) : 0;
  let body = applyEdits(doc.text, edits);
  body = body.slice(bodyStart).replace(/\r\n?/g, "\n").replace(/^\n+/, "");
  const frontmatter = stringify(bundleFrontmatter(doc.frontmatter?.data ?? {}), { lineWidth: 0 });
  const note = `<!-- ${GENERATED_NOTE}: built from ${posix(relative(ctx.root, doc.path))} by \`skillc build\` -->`;
  files.push({ path: "SKILL.md", content: `---\n${frontmatter}---\n\n${note}\n\n${body.endsWith("\n") ? body : `${body}\n`}` });

  for (const [target, place] of [...references].sort((a, b) => (a[1] < b[1] ? -1 : 1))) {
    const bytes = readFileSync(target);
    files.push({ path: place, content: extname(target) === ".md" ? unlinkOutside(bytes.toString("utf8"), taken) : bytes });
  }
  for (const companion of companions(folder)) {
    const abs = join(folder, companion);
    files.push({ path: companion, content: readFileSync(abs), executable: (statSync(abs).mode & 0o111) !== 0 });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function uniqueName(path: string, taken: Set<string>): string {
  let candidate = path;
  for (let n = 2; taken.has(candidate); n++) candidate = path.replace(/(\.[^./]*)?$/, (ext) => `-${n}${ext}`);
  taken.add(candidate);
  return candidate;
}

/**
 * A copied reference keeps its text, but its relative links would point outside the bundle:
 * those become plain text, so every link in the bundle resolves inside it.
 */
function unlinkOutside(text: string, inBundle: Set<string>): string {
  // Neither label nor target holds a `[`, so each `[` starts a scan that ends at the next one:
  // `[[[[…` or `[a](x[a](x…` no longer rescan the line from every bracket.
  return text.replace(/(!?)\[([^[\]\n]*)\]\(([^)\s[]+)(?:\s+"[^"]*")?\)/g, (whole, _bang: string, label: string, url: string) => {
    if (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(url)) return whole;
    const path = url.replace(/[?#].*$/, "");
    return inBundle.has(`references/${path}`) ? whole : label;
  });
}

/** Files next to SKILL.md (recursively), except SKILL.md itself, hidden files and dependencies. */
function companions(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const abs = join(dir, entry.name);
      const rel = posix(relative(folder, abs));
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile() && rel !== "SKILL.md") out.push(rel);
    }
  };
  walk(folder);
  return out;
}
