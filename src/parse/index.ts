/**
 * parse/: the only code that reads Markdown and YAML; everything downstream reads the model it builds.
 * May import: `model/`.
 *
 * parseSkill: one file's bytes -> the document model: mdast from the fast path (./fast.ts) where it
 * covers the file, from unified + remark-parse (the reference) everywhere else.
 */
import type { Root } from "mdast";
import { FILE_START, LineIndex, rangeOf } from "../model/positions.js";
import { integrationOf, skillName } from "../model/skill.js";
import type { Frontmatter, Located, ParseProblem, Placeholder, SkillDocument, SkillKind } from "../model/types.js";
import { decodeSkill } from "./decode.js";
import { parseFrontmatter } from "./frontmatter.js";
import { fastParse } from "./fast.js";
import { extractHooks } from "./hooks.js";
import { extractInline, findPlaceholders } from "./inline.js";
import { DEFAULT_LIMITS, fileSizeProblem, findDeepNesting, findLongParagraph, utf8Length, type Limits } from "./limits.js";
import { buildSections } from "./sections.js";
import { requireBuilt } from "./reference-built.js";
import { remarkLinkSpans } from "./spans.js";
import { extractTable } from "./tables.js";

export interface ParseOptions {
  /** The file matches the configured templates glob. */
  template?: boolean;
  limits?: Partial<Limits>;
}

type Reference = ReturnType<ReturnType<typeof import("./reference.js").referenceProcessor>["freeze"]>;
let reference: Reference | undefined;

/** remark-parse, loaded on first use from the build's bundle of ./reference.ts. */
function referenceParser(): Reference {
  if (reference) return reference;
  const { referenceProcessor } = requireBuilt() as typeof import("./reference.js");
  reference = referenceProcessor().use(remarkLinkSpans).freeze();
  return reference;
}

const EMPTY_ROOT: Root = { type: "root", children: [] };

/** Parse one skill file. Never throws for anything a file can contain: problems become `doc.problems`. */
export function parseSkill(path: string, input: string | Uint8Array, options: ParseOptions = {}): SkillDocument {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // The limit is in bytes, checked before decoding: the same check as the reader's stat.
  const size = typeof input === "string" ? utf8Length(input) : input.length;
  if (size > limits.maxFileSize) return unreadSkill(path, fileSizeProblem(size, limits.maxFileSize), options);
  const problems: ParseProblem[] = [];
  let text: string;
  if (typeof input === "string") text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else {
    const decoded = decodeSkill(input);
    if (!decoded.ok) {
      text = new TextDecoder("utf-8").decode(input.subarray(0, decoded.offset));
      const lines = new LineIndex(text);
      problems.push({ ruleId: "encoding", messageId: decoded.reason, range: lines.range(text.length, text.length) });
      return unreadable(path, text, problems, options);
    }
    text = decoded.text;
  }
  const lines = new LineIndex(text);
  const long = findLongParagraph(text, limits.maxParagraph, limits.maxInlineMarks);
  if (long) {
    const start = lines.lineStart(long.line);
    const limit = long.what === "marks" ? limits.maxInlineMarks : limits.maxParagraph;
    problems.push({ ruleId: "limits", messageId: long.what, data: { size: long.size, limit }, range: lines.range(start, start) });
    return unreadable(path, text, problems, options);
  }
  const deep = findDeepNesting(text, limits.maxNesting);
  if (deep) {
    const start = lines.lineStart(deep.line);
    problems.push({
      ruleId: "limits",
      messageId: "nesting",
      data: { depth: deep.depth, limit: limits.maxNesting },
      range: lines.range(start, start),
    });
    return unreadable(path, text, problems, options);
  }

  let tree: Root;
  try {
    // The fast path where it covers the text (./fast.ts), remark-parse for everything else.
    tree = fastParse(text, lines) ?? referenceParser().parse(text);
  } catch (error) {
    // A stack overflow in the parser on some other pathological shape.
    problems.push({ ruleId: "limits", messageId: "parser", data: { reason: String((error as Error).message) }, range: FILE_START });
    return unreadable(path, text, problems, options);
  }

  const end = lines.point(text.length);
  let frontmatter: Frontmatter | undefined;
  const first = tree.children[0];
  if (first?.type === "yaml") {
    const block = rangeOf(first);
    const contentStart = lines.lineStart(block.start.line + 1);
    const contentEnd = Math.max(contentStart, lines.lineStart(block.end.line));
    frontmatter = parseFrontmatter(text, lines, block, contentStart, contentEnd, limits, problems);
  } else if (/^---[ \t]*(\r?\n|\r)/.test(text)) {
    problems.push({ ruleId: "frontmatter", messageId: "unclosed", range: lines.range(0, 3) });
  }

  const { sections, spans } = buildSections(tree, end);
  const { required, optional, hooks } = extractHooks(spans, text);
  const inline = extractInline(tree, text, lines);
  const placeholders = [...frontmatterPlaceholders(frontmatter), ...inline.placeholders];

  const userFacing: Located<string>[] = [...inline.quoted];
  // A set of lines, not a search of every quote per item: many hooks and many quotes were quadratic.
  const quotedLines = new Set(userFacing.map((q) => q.range.start.line));
  for (const hook of hooks) {
    for (const item of [hook.userCommunication?.success, hook.userCommunication?.failure]) {
      if (item && !quotedLines.has(item.range.start.line)) {
        userFacing.push(item);
        quotedLines.add(item.range.start.line);
      }
    }
  }

  const kind = kindOf(frontmatter?.data, options);
  return {
    path,
    text,
    lines,
    kind,
    name: skillName({ path, frontmatter }),
    integration: integrationOf({ kind, frontmatter }),
    readable: true,
    frontmatter,
    sections,
    requiredHooks: required,
    optionalHooks: optional,
    hooks,
    credentials: extractTable(spans, "credentials"),
    rateLimits: extractTable(spans, "rateLimits"),
    dataMapping: extractTable(spans, "dataMapping"),
    links: inline.links,
    linkReferences: inline.linkReferences,
    placeholders,
    comments: inline.comments,
    userFacing,
    tree,
    problems,
  };
}

function kindOf(data: Record<string, unknown> | undefined, options: ParseOptions): SkillKind {
  if (options.template) return "template";
  return data && Object.hasOwn(data, "integration") ? "integration" : "skill";
}

/**
 * The HTML comments of a Markdown page, as written (code blocks and code spans hold none):
 * where `skillc docs` looks for its region markers in hand-written pages.
 */
export function htmlComments(text: string): { value: string; start: number; end: number }[] {
  const out: { value: string; start: number; end: number }[] = [];
  const lines = new LineIndex(text);
  for (const comment of extractInline(referenceParser().parse(text), text, lines).comments) {
    out.push({ value: comment.value, start: comment.range.start.offset, end: comment.range.end.offset });
  }
  return out;
}

/** A file that is text but not a skill (a file a skill ships): only rules that read the raw text apply. */
export function textDocument(path: string, text: string): SkillDocument {
  return unreadable(path, text, [], {});
}

/**
 * The document of a file that was not parsed (one that could not be read, or was refused before
 * reading): `problem`, at the start of the file, is all it reports.
 */
export function unreadSkill(path: string, problem: Omit<ParseProblem, "range">, options: ParseOptions = {}): SkillDocument {
  return unreadable(path, "", [{ ...problem, range: FILE_START }], options);
}

/** A document whose body could not be parsed: only its problems are reported. */
function unreadable(path: string, text: string, problems: ParseProblem[], options: ParseOptions): SkillDocument {
  return {
    path,
    text,
    lines: new LineIndex(text),
    kind: kindOf(undefined, options),
    name: skillName({ path, frontmatter: undefined }),
    readable: false,
    sections: [],
    hooks: [],
    links: [],
    linkReferences: [],
    placeholders: [],
    comments: [],
    userFacing: [],
    tree: EMPTY_ROOT,
    problems,
  };
}

/** Placeholders in frontmatter string values, at the value's own position. */
function frontmatterPlaceholders(frontmatter: Frontmatter | undefined): Placeholder[] {
  const out: Placeholder[] = [];
  if (!frontmatter?.data) return out;
  const visit = (value: unknown, path: (string | number)[], depth: number): void => {
    if (depth > 8) return;
    if (typeof value === "string") {
      const range = frontmatter.rangeOf(path);
      if (!range) return;
      for (const p of findPlaceholders(value)) out.push({ value: p.text, where: "frontmatter", range });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], depth + 1));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k], depth + 1);
    }
  };
  visit(frontmatter.data, [], 0);
  return out;
}
