/**
 * What a skill ships in its bundle besides SKILL.md: the files beside it (companions) and the
 * local files it links outside its folder (references). Every one must be a regular file whose
 * real path is inside the project; anything else is a problem at the skill, never copied.
 */
import { lstatSync, readdirSync, statSync, type Dirent } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { FILE_START } from "../model/positions.js";
import type { Link, Range, SkillDocument } from "../model/types.js";
import { localTarget } from "../parse/links.js";
import { isInside, realPathOf } from "./inside.js";

/** Largest file a bundle carries; a bigger one is refused rather than read into memory. */
export const MAX_SHIPPED_FILE = 16 * 1024 * 1024;

export interface ShippedFile {
  /** Absolute path in the project. */
  path: string;
  /** Where it goes in the bundle (`/`-separated). */
  bundlePath: string;
  kind: "companion" | "reference";
  executable: boolean;
}

/** Why a file is not shipped: a message id of the `links` rule, with its data. */
export type ShippingProblemId = "skillOutside" | "linkOutside" | "linkSpecial" | "companionOutside" | "companionSpecial" | "folderUnreadable" | "badName";

export interface ShippingProblem {
  messageId: ShippingProblemId;
  data: Record<string, string>;
  /** Where in SKILL.md: the link, or the file's start for companions. */
  range: Range;
}

export interface Shipment {
  files: ShippedFile[];
  /** Absolute link target -> its path in the bundle (`references/…`), for rewriting links. */
  references: Map<string, string>;
  problems: ShippingProblem[];
}

const posix = (p: string) => p.split(sep).join("/");
/** A name skillc can write, list and show: no control characters or backslashes. */
const PLAIN_NAME = /^[^\u0000-\u001f\u007f\\]+$/;

/** What `doc` would ship; `root` is the project root. Reads folders and `stat`s files, reads no content. */
export function shipment(doc: SkillDocument, root: string, options: { companions: boolean } = { companions: true }): Shipment {
  const out: Shipment = { files: [], references: new Map(), problems: [] };
  const folder = dirname(doc.path);
  const realRoot = realPathOf(root);
  if (!isInside(realRoot, realPathOf(doc.path))) {
    out.problems.push({ messageId: "skillOutside", data: {}, range: FILE_START });
    return out;
  }
  const taken = new Set<string>();
  for (const link of doc.links) reference(link, doc, root, realRoot, folder, taken, out);
  // A skill at the project root would make the whole project its companions: it ships SKILL.md and its references only.
  if (options.companions && realPathOf(folder) !== realRoot) companions(folder, realRoot, out);
  out.files.sort((a, b) => (a.bundlePath < b.bundlePath ? -1 : a.bundlePath > b.bundlePath ? 1 : 0));
  return out;
}

function reference(link: Link, doc: SkillDocument, root: string, realRoot: string, folder: string, taken: Set<string>, out: Shipment): void {
  const target = localTarget(link.url, doc.path, root);
  if (!target || out.references.has(target)) return;
  const st = statOf(target);
  if (!st) return; // A missing target is the links rule's `missing`; nothing to ship.
  if (!isInside(realRoot, realPathOf(target))) {
    out.problems.push({ messageId: "linkOutside", data: { url: link.url }, range: link.range });
    return;
  }
  // Files inside the skill's folder travel with it as companions; folders are not copied.
  if (st.isDirectory() || isInside(folder, target)) return;
  const problem = fileProblem(st);
  if (problem) {
    out.problems.push({ messageId: "linkSpecial", data: { url: link.url, what: problem }, range: link.range });
    return;
  }
  let place = `references/${basename(target)}`;
  for (let n = 2; taken.has(place); n++) place = `references/${basename(target).replace(/(\.[^.]*)?$/, (ext) => `-${n}${ext}`)}`;
  taken.add(place);
  out.references.set(target, place);
  out.files.push({ path: target, bundlePath: place, kind: "reference", executable: false });
}

/** Files next to SKILL.md (recursively), except SKILL.md itself, hidden files, dependencies and nested skills. */
function companions(folder: string, realRoot: string, out: Shipment): void {
  const walk = (dir: string, depth: number): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      // A document linted from memory (an editor's buffer, a test) has no folder on disk: it ships nothing.
      if (dir === folder && (error as NodeJS.ErrnoException).code === "ENOENT") return;
      out.problems.push({ messageId: "folderUnreadable", data: { file: posix(relative(folder, dir)) || ".", reason: (error as NodeJS.ErrnoException).code ?? "error" }, range: FILE_START });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const abs = join(dir, entry.name);
      const rel = posix(relative(folder, abs));
      if (rel === "SKILL.md") continue;
      if (!PLAIN_NAME.test(entry.name)) {
        out.problems.push({ messageId: "badName", data: { file: JSON.stringify(rel).slice(1, -1) }, range: FILE_START });
        continue;
      }
      if (entry.isDirectory()) {
        // Another skill's folder is that skill's own; deep trees are not skill files.
        if (depth < 16 && !statOf(join(abs, "SKILL.md"))) walk(abs, depth + 1);
        continue;
      }
      const link = entry.isSymbolicLink() ? statOf(abs) : undefined;
      if (entry.isSymbolicLink()) {
        if (!link || !isInside(realRoot, realPathOf(abs))) {
          out.problems.push({ messageId: "companionOutside", data: { file: rel }, range: FILE_START });
          continue;
        }
        if (link.isDirectory()) continue; // Folder symlinks are not followed (they can loop).
      }
      const st = link ?? lstatOf(abs);
      const problem = st ? fileProblem(st) : "a file that cannot be read";
      if (problem) {
        out.problems.push({ messageId: "companionSpecial", data: { file: rel, what: problem }, range: FILE_START });
        continue;
      }
      out.files.push({ path: abs, bundlePath: rel, kind: "companion", executable: (st!.mode & 0o111) !== 0 });
    }
  };
  walk(folder, 0);
}

function fileProblem(st: ReturnType<typeof statSync>): string | undefined {
  if (!st) return "a file that cannot be read";
  if (st.isFIFO()) return "a FIFO";
  if (st.isSocket()) return "a socket";
  if (!st.isFile()) return "a device or special file";
  if (st.size > MAX_SHIPPED_FILE) return `a file of ${st.size} bytes, past the limit of ${MAX_SHIPPED_FILE}`;
  return undefined;
}

function statOf(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function lstatOf(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}
