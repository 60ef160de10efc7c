/** The YAML frontmatter: parsed with `yaml`, positions mapped back to the Markdown file. */
import { isCollection, isMap, isPair, isScalar, isSeq, parseDocument, Scalar, visit, type Alias, type Document, type Node as YamlNode, type Pair, type YAMLMap } from "yaml";
import type { LineIndex } from "../model/positions.js";
import type { Frontmatter, FrontmatterScalar, ParseProblem, Range } from "../model/types.js";

export interface FrontmatterLimits {
  /** Most aliases one document may expand (alias bombs). */
  maxAliases: number;
}

/**
 * Parse the YAML between the fences. `contentStart`/`contentEnd` are offsets into
 * the file's text, so every position is reported on the Markdown file's own lines.
 */
export function parseFrontmatter(
  text: string,
  lines: LineIndex,
  block: Range,
  contentStart: number,
  contentEnd: number,
  limits: FrontmatterLimits,
  problems: ParseProblem[],
): Frontmatter {
  const source = text.slice(contentStart, contentEnd);
  // Duplicate keys are found by duplicateKeys below: yaml's own check compares each key with
  // every earlier key of its map, quadratic in a map of many keys (20,000 keys: 4.6 s).
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  const at = (start: number, end: number): Range =>
    lines.range(contentStart + start, contentStart + Math.max(start, end));

  // Errors at the end of input ("must end with a ]") belong on the YAML's last line, not on the closing fence.
  const last = source.trimEnd().length;
  const errors = [...doc.errors, ...duplicateKeys(doc.contents)];
  for (const error of errors) {
    const start = Math.min(error.pos[0], last);
    const end = Math.min(error.pos[1], last);
    problems.push({
      ruleId: "frontmatter",
      messageId: "yamlSyntax",
      data: { reason: firstLine(error.message) },
      range: at(start, end),
    });
  }

  let data: Record<string, unknown> | undefined;
  if (errors.length === 0) {
    try {
      // yaml rejects a document once its alias count reaches maxAliasCount; ours is "at most N".
      const value: unknown = doc.toJS({ maxAliasCount: limits.maxAliases + 1 });
      if (value === null || value === undefined) data = {};
      else if (typeof value === "object" && !Array.isArray(value)) data = value as Record<string, unknown>;
      else problems.push({ ruleId: "frontmatter", messageId: "notMapping", range: block });
    } catch (error) {
      const unresolved = String((error as Error).message).startsWith("Unresolved alias") ? unresolvedAlias(doc) : undefined;
      // An alias without its anchor (`*base`) is a syntax error in the YAML, not a limit.
      if (unresolved) problems.push({ ruleId: "frontmatter", messageId: "yamlSyntax", data: { reason: `Unresolved alias \`${unresolved.source}\`: no anchor \`&${unresolved.source}\` before it` }, range: at(unresolved.range![0], unresolved.range![1]) });
      // Else yaml threw a ReferenceError because aliases expand past maxAliasCount.
      else problems.push({
        ruleId: "limits",
        messageId: "yamlAliases",
        data: { limit: limits.maxAliases, reason: firstLine(String((error as Error).message)) },
        range: block,
      });
    }
  }

  // Each map's pairs by key, built on first lookup: a scan of the map per lookup made visiting
  // every value of a map with many keys quadratic.
  const pairsOf = new WeakMap<YAMLMap, Map<string, Pair>>();
  const pairIn = (map: YAMLMap, segment: string | number): Pair | undefined => {
    let pairs = pairsOf.get(map);
    if (!pairs) {
      pairs = new Map();
      for (const p of map.items) if (isScalar(p.key) && !pairs.has(String(p.key.value))) pairs.set(String(p.key.value), p as Pair);
      pairsOf.set(map, pairs);
    }
    return pairs.get(String(segment));
  };

  const rangeOf = (path: readonly (string | number)[], key = false): Range | undefined => {
    let node: unknown = doc.contents;
    let keyNode: YamlNode | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = pairIn(node, segment);
        if (!pair) return undefined;
        keyNode = pair.key as YamlNode;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        keyNode = undefined;
        node = node.items[segment];
      } else return undefined;
    }
    const target = (key && keyNode) || (node as YamlNode | null);
    const r = target?.range ?? keyNode?.range;
    return r ? at(r[0], r[1]) : undefined;
  };

  let scalars: FrontmatterScalar[] | undefined;
  const listScalars = () => (scalars ??= scalarsOf(doc.contents, at));
  return { range: block, data, rangeOf, scalars: listScalars };
}

const STYLES: Record<string, FrontmatterScalar["style"]> = {
  [Scalar.PLAIN]: "plain",
  [Scalar.QUOTE_SINGLE]: "single-quoted",
  [Scalar.QUOTE_DOUBLE]: "double-quoted",
  [Scalar.BLOCK_LITERAL]: "block",
  [Scalar.BLOCK_FOLDED]: "block",
};

/** A key path, linked child to parent so that a deep walk copies nothing. */
interface KeyPath {
  segment: string | number;
  parent: KeyPath | undefined;
}

function toArray(path: KeyPath | undefined): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p = path; p; p = p.parent) out.push(p.segment);
  return out.reverse();
}

/** Every scalar under `root` with its key path, in document order (aliases are not scalars of their own). */
function scalarsOf(root: unknown, at: (start: number, end: number) => Range): FrontmatterScalar[] {
  const out: FrontmatterScalar[] = [];
  const add = (node: unknown, path: KeyPath | undefined, key: boolean) => {
    if (!isScalar(node) || !node.range) return;
    out.push({
      path: () => toArray(path),
      key,
      style: STYLES[node.type ?? Scalar.PLAIN] ?? "plain",
      value: node.value,
      ...(node.tag ? { tag: node.tag } : {}),
      range: at(node.range[0], node.range[1]),
    });
  };
  // An explicit stack (YAML can nest deeper than the call stack), last child pushed first so
  // that scalars come out in document order; `key` marks a map key waiting to be added.
  const stack: { node: unknown; path: KeyPath | undefined; key?: true }[] = [{ node: root, path: undefined }];
  while (stack.length > 0) {
    const { node, path, key } = stack.pop()!;
    if (key) add(node, path, true);
    else if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        const child: KeyPath = { segment: isScalar(pair.key) ? String(pair.key.value) : i, parent: path };
        stack.push({ node: pair.value, path: child }, { node: pair.key, path: child, key: true });
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i], path: { segment: i, parent: path } });
    } else add(node, path, false);
  }
  return out;
}

/** The first alias whose anchor is not defined before it; yaml throws on it in toJS only. */
function unresolvedAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  // toJS got this far, so the document is not too deep for a recursive visit.
  visit(doc, {
    Alias(_, node) {
      if (node.range && node.resolve(doc) === undefined) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The error yaml reports with `uniqueKeys: true` (same message, same place: the repeated key),
 * for every key equal to an earlier one of its map, in one pass with a set per map.
 */
function duplicateKeys(root: unknown): { pos: [number, number]; message: string }[] {
  const out: { pos: [number, number]; message: string }[] = [];
  // An explicit stack: YAML can nest deeper than the call stack.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        // yaml compares scalar keys by value with ===, under which NaN is never a duplicate.
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value) && key.range) out.push({ pos: [key.range[0], key.range[0] + 1], message: "Map keys must be unique" });
          seen.add(key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isCollection(node)) for (const item of node.items) stack.push(item);
    else if (isPair(node)) stack.push(node.key, node.value);
  }
  return out.sort((a, b) => a.pos[0] - b.pos[0]);
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "").trim();
}
