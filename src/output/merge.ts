/**
 * Merging skillc's MCP server entries into an agent's configuration file that a user also edits
 * (`.mcp.json`, `.gemini/settings.json`, `opencode.json`, …), for `skillc install`. Only the
 * entries are touched, by targeted edits: the user's own servers and settings, comments, key order
 * and formatting survive byte for byte. An entry is skillc's when its name is recorded as owned
 * with the hash of what skillc wrote; one the user wrote or changed since is never overwritten or
 * removed, only reported.
 */
import { createHash } from "node:crypto";
import { applyEdits, createScanner, findNodeAtLocation, getNodeValue, modify, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import { parse as parseToml, stringify as stringifyToml } from "smol-toml";
import { UsageError } from "../errors.js";

export interface MergeOptions {
  /** The file's path as shown in messages. */
  file: string;
  /** The top-level key that holds the servers (`mcpServers`, `servers`, `mcp`). */
  key: string;
  /** Every entry skillc produces now, by name. */
  entries: Readonly<Record<string, unknown>>;
  /** The entries skillc wrote last time, by name, with the hash of each (from its record). */
  owned: Readonly<Record<string, string>>;
  /** Does the agent accept comments in this file? A strict-JSON file holding some is refused. */
  comments: boolean;
}

export interface MergeResult {
  text: string;
  /** The entries skillc now owns in the file, with their hashes: what the record keeps. */
  owned: Record<string, string>;
  /** Entries skillc would write but left alone: the user's own (`foreign`) or changed since skillc wrote it (`modified`). */
  conflicts: { name: string; reason: "foreign" | "modified" }[];
  /** Entries skillc wrote, no longer produces, and removed. */
  removed: string[];
  /** Entries skillc wrote and no longer produces, left because the user changed them. */
  kept: string[];
}

/** The hash of an entry: SHA-256 of its JSON with keys sorted, so formatting and key order do not count. */
export function entryHash(value: unknown): string {
  return createHash("sha256").update(canonical(value)).digest("hex");
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

interface Format {
  /** One level of indentation, as the file writes it. */
  unit: string;
  eol: string;
}

/** The file's own indentation and line ending, for what is inserted. */
function formattingOf(text: string): Format {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const indent = /\n([ \t]+)\S/.exec(text)?.[1];
  return { unit: indent?.startsWith("\t") ? "\t" : " ".repeat(indent?.length ?? 2), eol };
}

/** The indentation of the line that holds `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(start, offset))![0];
}

/** A value as JSON in the file's style, its inner lines indented under `base`. */
function pretty(value: unknown, base: string, { unit, eol }: Format): string {
  return JSON.stringify(value, null, unit).split("\n").join(`${eol}${base}`);
}

/** Add a property at the end of an object, in the file's style, without touching its other members. */
function insertProperty(text: string, object: JsonNode, name: string, value: unknown, format: Format): string {
  const last = object.children?.at(-1);
  if (last) {
    const indent = lineIndent(text, last.offset);
    const at = last.offset + last.length;
    return `${text.slice(0, at)},${format.eol}${indent}${JSON.stringify(name)}: ${pretty(value, indent, format)}${text.slice(at)}`;
  }
  // An empty object: its inside (whitespace, perhaps a comment) is replaced by the one property.
  const outer = lineIndent(text, object.offset);
  const inner = outer + format.unit;
  const open = object.offset + 1;
  const close = object.offset + object.length - 1;
  const inside = text.slice(open, close);
  const keep = inside.trim() === "" ? "" : `${inside.replace(/\s+$/, "")}`;
  return `${text.slice(0, open)}${keep}${format.eol}${inner}${JSON.stringify(name)}: ${pretty(value, inner, format)}${format.eol}${outer}${text.slice(close)}`;
}

/** jsonc-parser's SyntaxKind, a const enum that isolated modules cannot read: the scanner's tokens used here. */
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const EOF = 17;

function hasComments(text: string): boolean {
  const scanner = createScanner(text, false);
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === LINE_COMMENT || token === BLOCK_COMMENT) return true;
  }
  return false;
}

/** Bring the servers under `options.key` in line with `options.entries`, touching nothing else. */
export function mergeJsonEntries(text: string | undefined, options: MergeOptions): MergeResult {
  const { file, key, entries, owned } = options;
  // A missing or empty file starts as an empty object; what is written is strict JSON.
  let out = text === undefined || text.trim() === "" ? "{}\n" : text;
  const errors: ParseError[] = [];
  const root = parseTree(out, errors, { allowTrailingComma: options.comments, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    throw new UsageError(`${file} is not valid JSON${e ? ` (${printParseErrorCode(e.error)} at offset ${e.offset})` : ""}; skillc leaves it as it is until it is fixed`);
  }
  if (root.type !== "object") throw new UsageError(`${file} does not hold a JSON object; skillc leaves it as it is`);
  if (!options.comments && hasComments(out)) {
    throw new UsageError(`${file} holds comments, which its agent does not accept (it ignores the file); remove them so skillc can add its servers`);
  }
  const servers = findNodeAtLocation(root, [key]);
  if (servers && servers.type !== "object") throw new UsageError(`${file}: \`${key}\` is not an object; skillc leaves the file as it is`);
  const current = (servers ? getNodeValue(servers) : {}) as Record<string, unknown>;

  const format = formattingOf(out);
  // Every edit is made here rather than by jsonc-parser's formatter, which reformats the whole
  // object around an edit (a user's one-line entry would become several lines).
  const set = (name: string, value: unknown) => {
    const tree = parseTree(out)!;
    let parent = findNodeAtLocation(tree, [key]);
    if (!parent) {
      out = insertProperty(out, tree, key, {}, format);
      parent = findNodeAtLocation(parseTree(out)!, [key])!;
    }
    const node = findNodeAtLocation(parent, [name]);
    if (value === undefined) {
      // The last entry leaves an empty object behind as `{}`, as it most likely was before skillc.
      if (parent.children?.length === 1) out = `${out.slice(0, parent.offset)}{}${out.slice(parent.offset + parent.length)}`;
      else out = applyEdits(out, modify(out, [key, name], undefined, {}));
    }
    else if (node) out = out.slice(0, node.offset) + pretty(value, lineIndent(out, node.parent!.offset), format) + out.slice(node.offset + node.length);
    else out = insertProperty(out, parent, name, value, format);
  };
  const result: MergeResult = { text: "", owned: {}, conflicts: [], removed: [], kept: [] };
  for (const [name, value] of Object.entries(entries)) {
    const has = Object.hasOwn(current, name);
    // Already what skillc would write (whoever wrote it): nothing to change, and it is skillc's now.
    if (!has || canonical(current[name]) === canonical(value)) {
      if (!has) set(name, value);
      result.owned[name] = entryHash(value);
      continue;
    }
    // The user's own entry, or skillc's changed since: left alone.
    if (!Object.hasOwn(owned, name)) result.conflicts.push({ name, reason: "foreign" });
    else if (entryHash(current[name]) !== owned[name]) result.conflicts.push({ name, reason: "modified" });
    else {
      set(name, value);
      result.owned[name] = entryHash(value);
    }
  }
  for (const name of Object.keys(owned)) {
    if (Object.hasOwn(entries, name) || !Object.hasOwn(current, name)) continue;
    if (entryHash(current[name]) === owned[name]) {
      set(name, undefined);
      result.removed.push(name);
    } else result.kept.push(name);
  }
  // A servers object left empty stays (`{}`): the file is the user's, and an empty object is valid for every agent.
  result.text = out;
  return result;
}

/** A TOML table header line: `[a.b]`, keys bare or quoted; comments after it allowed. */
const HEADER = /^[ \t]*\[(?!\[)([^\]\r\n]*)\][ \t]*(?:#.*)?$/;

/** The dotted key path of a header's inside: `mcp_servers."my.server".env` -> ["mcp_servers", "my.server", "env"]. */
function headerPath(inside: string): string[] | undefined {
  const parts: string[] = [];
  const re = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(\.|$)/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < inside.length && (m = re.exec(inside))) {
    parts.push(m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : (m[2] ?? m[3]!));
    if (m[4] === "") break;
  }
  return re.lastIndex >= inside.length || parts.length ? parts : undefined;
}

/**
 * The same for a TOML file (Codex's `.codex/config.toml`): skillc's servers are whole tables,
 * `[mcp_servers.NAME]` and their subtables, removed and appended as text; every other line stays.
 */
export function mergeTomlEntries(text: string | undefined, options: Omit<MergeOptions, "comments">): MergeResult {
  const { file, key, entries, owned } = options;
  const source = text ?? "";
  let parsed: Record<string, unknown>;
  try {
    parsed = parseToml(source) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`${file} is not valid TOML (${(error as Error).message.split("\n")[0]}); skillc leaves it as it is until it is fixed`);
  }
  const table = parsed[key] ?? {};
  if (typeof table !== "object" || Array.isArray(table)) throw new UsageError(`${file}: \`${key}\` is not a table; skillc leaves the file as it is`);
  const current = table as Record<string, unknown>;
  const eol = source.includes("\r\n") ? "\r\n" : "\n";
  const result: MergeResult = { text: "", owned: {}, conflicts: [], removed: [], kept: [] };
  const drop = new Set<string>();
  const add: [string, unknown][] = [];
  for (const [name, value] of Object.entries(entries)) {
    const has = Object.hasOwn(current, name);
    if (has && canonical(current[name]) === canonical(value)) result.owned[name] = entryHash(value);
    else if (!has) {
      add.push([name, value]);
      result.owned[name] = entryHash(value);
    } else if (!Object.hasOwn(owned, name)) result.conflicts.push({ name, reason: "foreign" });
    else if (entryHash(current[name]) !== owned[name]) result.conflicts.push({ name, reason: "modified" });
    else {
      drop.add(name);
      add.push([name, value]);
      result.owned[name] = entryHash(value);
    }
  }
  for (const name of Object.keys(owned)) {
    if (Object.hasOwn(entries, name) || !Object.hasOwn(current, name)) continue;
    if (entryHash(current[name]) === owned[name]) {
      drop.add(name);
      result.removed.push(name);
    } else result.kept.push(name);
  }
  // Remove the tables of the dropped servers: from their header to the next header.
  const lines = source.split(/\r?\n/);
  const kept: string[] = [];
  let skipping = false;
  for (const line of lines) {
    const header = HEADER.exec(line);
    if (header) {
      const path = headerPath(header[1]!);
      skipping = Boolean(path && path[0] === key && path[1] !== undefined && drop.has(path[1]));
    }
    if (!skipping) kept.push(line);
  }
  let out = kept.join(eol);
  if (drop.size > 0) out = out.replace(/(\r?\n){3,}/g, `${eol}${eol}`);
  for (const [name, value] of add) {
    const block = stringifyToml({ [key]: { [name]: value } }).trim().split("\n").join(eol);
    out = out.trim() === "" ? `${block}${eol}` : `${out.replace(/(\r?\n)*$/, "")}${eol}${eol}${block}${eol}`;
  }
  if (out.trim() === "" && text === undefined) out = "";
  // The edit must give exactly the intended servers, or nothing is written.
  const check = (parseToml(out) as Record<string, Record<string, unknown> | undefined>)[key] ?? {};
  for (const name of Object.keys(result.owned)) {
    if (canonical(check[name]) !== canonical(entries[name])) throw new Error(`skillc bug: merging ${file} did not give ${key}.${name} as planned`);
  }
  result.text = out;
  return result;
}
