/**
 * Merging skillc's MCP server entries into an agent's configuration file that a user also edits
 * (`.mcp.json`, `.gemini/settings.json`, `opencode.json`, `.codex/config.toml`, …), for `skillc
 * install`. Only the entries change, by targeted edits: the user's own servers and settings,
 * comments, key order and formatting survive byte for byte.
 *
 * Ownership is that of whole files (owned.ts, sync.ts) applied to entries: an entry is skillc's
 * when the record names it with the hash of what skillc wrote (`entryHash`), and skillc overwrites
 * or removes it only while it still has that hash. An entry the user wrote, or changed since, is
 * theirs: left alone, reported, and no longer in the record. An entry that already is exactly what
 * skillc would write is taken as skillc's, whoever wrote it (`claude mcp add` writes the same).
 *
 * A file skillc cannot edit safely (not valid JSON or TOML, servers that are not an object, comments
 * where the agent rejects them) is refused with a UsageError naming it, and nothing is returned to
 * write. After every merge the result is parsed again and must hold exactly the planned entries
 * and everything else unchanged, or it is a skillc bug and nothing is written either.
 */
import { createHash } from "node:crypto";
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from "jsonc-parser";
import { parse as parseToml, stringify as stringifyToml } from "smol-toml";
import { UsageError } from "../errors.js";
import { hasComments, insertProperty, removeProperty, replaceValue, styleOf, valueOf } from "./json-edit.js";
import { runsOf, tomlStatements, withSeparators, type Span } from "./toml-layout.js";

export interface MergeOptions {
  /** The file's path as shown in messages. */
  file: string;
  /** The key that holds the servers (`mcpServers`, `servers`, `mcp`), or the path of keys to it. */
  key: string | readonly string[];
  /** Every entry skillc produces now, by name. */
  entries: Readonly<Record<string, unknown>>;
  /** The entries skillc wrote last time, by name, with the hash of each (from its record). */
  owned: Readonly<Record<string, string>>;
  /** Does the agent accept comments in this file? A strict-JSON file holding some is refused. */
  comments: boolean;
}

/** For Codex's TOML: `key` is the table (`mcp_servers`) and each entry is a table. */
export type TomlMergeOptions = Omit<MergeOptions, "comments" | "key"> & { key: string };

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

/** The hash of an entry: SHA-256 of its canonical JSON, so formatting and key order do not count. */
export function entryHash(value: unknown): string {
  return createHash("sha256").update(canonical(value)).digest("hex");
}

/** JSON with object keys sorted and undefined members left out, as JSON.stringify leaves them out when skillc writes. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "bigint") return value.toString();
  if (value && typeof value === "object") {
    const members = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    members.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** What to do with the file's entries: write (add or replace) and drop, and the result but for the text. */
interface Decision {
  write: Map<string, unknown>;
  drop: string[];
  result: MergeResult;
}

function decide(current: ReadonlyMap<string, unknown>, { entries, owned }: Pick<MergeOptions, "entries" | "owned">): Decision {
  const d: Decision = { write: new Map(), drop: [], result: { text: "", owned: {}, conflicts: [], removed: [], kept: [] } };
  for (const [name, value] of Object.entries(entries)) {
    const there = current.has(name);
    if (there && canonical(current.get(name)) !== canonical(value)) {
      // The user's own entry, or skillc's changed since: left alone, and theirs from now on.
      if (!Object.hasOwn(owned, name)) {
        d.result.conflicts.push({ name, reason: "foreign" });
        continue;
      }
      if (entryHash(current.get(name)) !== owned[name]) {
        d.result.conflicts.push({ name, reason: "modified" });
        continue;
      }
    }
    if (!there || canonical(current.get(name)) !== canonical(value)) d.write.set(name, value);
    d.result.owned[name] = entryHash(value);
  }
  for (const [name, hash] of Object.entries(owned)) {
    if (Object.hasOwn(entries, name) || !current.has(name)) continue;
    if (entryHash(current.get(name)) === hash) {
      d.drop.push(name);
      d.result.removed.push(name);
    } else d.result.kept.push(name);
  }
  return d;
}

/** `{ a: { b: inner } }` for the path ["a", "b"]. */
function nest(path: readonly string[], inner: unknown): unknown {
  return path.reduceRight((value, key) => ({ [key]: value }), inner);
}

/** One member of an object by name; undefined when absent. A name given twice is refused, as agents would read only one of them. */
function member(object: JsonNode, name: string, refuse: (why: string) => never): JsonNode | undefined {
  const found = (object.children ?? []).filter((p) => p.children![0]!.value === name);
  if (found.length > 1) refuse(`\`${name}\` appears twice`);
  return found[0];
}

/** The deepest object on the way to the servers, and how many keys of the path lead to it. */
function walk(root: JsonNode, path: readonly string[], refuse: (why: string) => never): { object: JsonNode; depth: number } {
  let object = root;
  for (let depth = 0; depth < path.length; depth++) {
    const value = member(object, path[depth]!, refuse)?.children![1];
    if (!value) return { object, depth };
    if (value.type !== "object") refuse(`\`${path.slice(0, depth + 1).join(".")}\` is not an object`);
    object = value;
  }
  return { object, depth: path.length };
}

/** Bring the servers under `options.key` in line with `options.entries`, touching nothing else. */
export function mergeJsonEntries(text: string | undefined, options: MergeOptions): MergeResult {
  const { file, entries } = options;
  const path = typeof options.key === "string" ? [options.key] : [...options.key];
  const refuse = (why: string): never => {
    throw new UsageError(`${file}: ${why}; skillc leaves the file as it is`);
  };
  if (text === undefined || text.trim() === "") {
    const { result } = decide(new Map(), options);
    return { ...result, text: `${JSON.stringify(nest(path, entries), null, 2)}\n` };
  }
  const parseOptions = { allowTrailingComma: options.comments, disallowComments: false };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, parseOptions);
  if (errors[0] || !root) {
    const at = errors[0] ? ` (${printParseErrorCode(errors[0].error)} at ${lineColumn(text, errors[0].offset)})` : "";
    throw new UsageError(`${file} is not valid JSON${at}; skillc leaves it as it is until it is fixed`);
  }
  if (root.type !== "object") refuse("it does not hold a JSON object");
  if (!options.comments && hasComments(text)) {
    throw new UsageError(`${file} holds comments, which its agent does not accept (it ignores the file); remove them so skillc can add its servers`);
  }
  const { object, depth } = walk(root, path, refuse);
  const current = new Map<string, unknown>();
  for (const p of depth === path.length ? (object.children ?? []) : []) {
    const name = p.children![0]!.value as string;
    if (current.has(name) && (Object.hasOwn(entries, name) || Object.hasOwn(options.owned, name))) refuse(`\`${name}\` appears twice in \`${path.join(".")}\``);
    current.set(name, valueOf(p.children![1]!));
  }
  const { write, drop, result } = decide(current, options);

  let out = text;
  const style = styleOf(text, root);
  const servers = () => walk(parseTree(out, undefined, parseOptions)!, path, refuse);
  for (const [name, value] of write) {
    let at = servers();
    // A missing servers object (or path to it) is added at the end of the deepest object there is.
    if (at.depth < path.length) out = insertProperty(out, at.object, path[at.depth]!, nest(path.slice(at.depth + 1), {}), style);
    at = servers();
    const p = member(at.object, name, refuse);
    out = p ? replaceValue(out, at.object, p, value, style) : insertProperty(out, at.object, name, value, style);
  }
  // A servers object left empty stays as `{}`: the file is the user's, the key may be theirs too,
  // and an empty object is valid for every agent.
  for (const name of drop) {
    const at = servers();
    out = removeProperty(out, at.object, member(at.object, name, refuse)!);
  }

  // The edit must give the intended entries and leave everything else as it was.
  const expected = valueOf(root) as Record<string, unknown>;
  if (write.size > 0) {
    let target = expected;
    for (const key of path) target = (target[key] ??= Object.create(null)) as Record<string, unknown>;
    for (const [name, value] of write) target[name] = value;
  }
  for (const name of drop) delete (path.reduce((o, key) => o[key] as Record<string, unknown>, expected) as Record<string, unknown>)[name];
  const afterErrors: ParseError[] = [];
  const after = parseTree(out, afterErrors, parseOptions);
  if (afterErrors.length > 0 || !after || canonical(valueOf(after)) !== canonical(expected)) throw new Error(`skillc bug: merging into ${file} did not give the planned entries`);
  return { ...result, text: out };
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/**
 * The same for Codex's `.codex/config.toml`. skillc's servers are `[mcp_servers.NAME]` tables
 * with their subtables: one replaced is rewritten where it stands, one added is appended at the
 * end, one removed is cut out with the empty line that set it apart (comments inside skillc's own
 * table go with it; those before the next table stay). An entry of skillc's written in another
 * form (`NAME = { … }`, dotted keys) is cut out the same way and appended as a table.
 */
export function mergeTomlEntries(text: string | undefined, options: TomlMergeOptions): MergeResult {
  const { file, key: table } = options;
  const source = text ?? "";
  let parsed: Record<string, unknown>;
  try {
    parsed = parseToml(source);
  } catch (error) {
    throw new UsageError(`${file} is not valid TOML (${(error as Error).message.split("\n")[0]}); skillc leaves it as it is until it is fixed`);
  }
  const servers = parsed[table] ?? {};
  if (!isTable(servers)) throw new UsageError(`${file}: \`${table}\` is not a table; skillc leaves the file as it is`);
  const { write, drop, result } = decide(new Map(Object.entries(servers)), options);
  if (write.size === 0 && drop.length === 0) return { ...result, text: source };

  const statements = tomlStatements(source);
  if (statements.some((s) => s.kind === "pair" && s.path.length === 1 && s.path[0] === table)) {
    throw new UsageError(`${file}: \`${table}\` is one inline table, which skillc cannot add to without rewriting it; write its servers as [${table}.NAME] tables`);
  }
  const eol = /\r?\n/.exec(source)?.[0] ?? "\n";
  const block = (name: string) => {
    const value = write.get(name);
    if (!isTable(value)) throw new Error(`skillc bug: ${file}: the entry \`${name}\` is not a table`);
    return stringifyToml({ [table]: { [name]: value } }).trimEnd().split("\n").join(eol) + eol;
  };
  const edits: { start: number; end: number; text: string }[] = [];
  const cuts: Span[] = [];
  const append: string[] = [];
  for (const name of [...write.keys(), ...drop]) {
    const runs = runsOf(statements, table, name);
    const inPlace = write.has(name) && runs[0]?.header;
    for (const [i, run] of runs.entries()) {
      if (i === 0 && inPlace) edits.push({ ...run, text: block(name) });
      else cuts.push(run);
    }
    if (write.has(name) && !inPlace) append.push(block(name));
  }
  for (const cut of withSeparators(statements, cuts)) edits.push({ ...cut, text: "" });
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  if (append.length > 0) {
    const joined = append.join(eol);
    if (out.trim() === "") out = joined;
    else {
      if (!out.endsWith("\n")) out += eol;
      out += (/\n[ \t]*\r?\n$/.test(out) ? "" : eol) + joined;
    }
  }

  // The edit must give the intended entries and leave everything else as it was.
  let after: Record<string, unknown>;
  try {
    after = parseToml(out);
  } catch {
    throw new UsageError(`${file}: skillc cannot merge its servers into this layout of \`${table}\`; write them as [${table}.NAME] tables`);
  }
  const expected = { ...parsed, [table]: { ...servers } } as Record<string, Record<string, unknown>>;
  for (const [name, value] of write) expected[table]![name] = value;
  for (const name of drop) delete expected[table]![name];
  const withoutEmpty = Object.keys(expected[table]!).length === 0 ? Object.fromEntries(Object.entries(expected).filter(([k]) => k !== table)) : expected;
  if (canonical(after) !== canonical(expected) && canonical(after) !== canonical(withoutEmpty)) throw new Error(`skillc bug: merging into ${file} did not give the planned entries`);
  return { ...result, text: out };
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
