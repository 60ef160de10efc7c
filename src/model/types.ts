/** The typed document model of a skill file: every value keeps its source position. */
import type { Root } from "mdast";
import type { LineIndex } from "./positions.js";
import type { Integration } from "./skill.js";
import type { ColumnKey } from "./tables.js";

/** A 1-based line and column, plus the 0-based offset into the decoded text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A half-open span of source text (end is exclusive). */
export interface Range {
  start: Point;
  end: Point;
}

/** A value together with where it was written. */
export interface Located<T> {
  value: T;
  range: Range;
}

export type SkillKind = "skill" | "integration" | "template";

export interface Frontmatter {
  /** The whole frontmatter block, fences included. */
  range: Range;
  /** The YAML as plain data; `undefined` when the YAML could not be read. */
  data: Record<string, unknown> | undefined;
  /** Range of the value at a key path (`["integration", "service"]`), or of its key when `key` is true. */
  rangeOf(path: readonly (string | number)[], key?: boolean): Range | undefined;
  /** Every scalar of the YAML as written (keys and values, in document order), for rules about the YAML itself; built on first call. */
  scalars(): readonly FrontmatterScalar[];
}

/** One scalar of the frontmatter as written, with how skillc's YAML 1.2 reader resolved it. */
export interface FrontmatterScalar {
  /** The key path of the value; for a key, the path of the value it names (made on call: a deep document's paths are long). */
  path(): (string | number)[];
  /** True for a map key. */
  key: boolean;
  style: "plain" | "single-quoted" | "double-quoted" | "block";
  /** The value as skillc reads it (YAML 1.2 core schema): a string, number, boolean or null. */
  value: unknown;
  /** An explicit tag (`!!str`), which fixes the type for every reader. */
  tag?: string;
  /** The scalar's own text: without its tag, anchor or a comment after it. */
  range: Range;
}

export interface Section {
  /** Heading text, as written (inline markup flattened). */
  title: string;
  depth: number;
  range: Range;
  /** Where the section's content ends (next heading of the same or higher level, or end of file). */
  end: Point;
  children: Section[];
}

/**
 * Text of the skill that generated pages show: `value` is plain (what rules and schemas read),
 * `markdown` the same text as inline Markdown that keeps its inline code in backticks.
 */
export interface Text extends Located<string> {
  markdown: string;
}

export interface ErrorCase {
  case: Text;
  response: Text;
}

export interface Hook {
  /** Normalised name: `setup`, `error_handling`, … */
  name: string;
  /** The heading as written. */
  title: string;
  group: "required" | "optional";
  range: Range;
  trigger?: Text;
  behavior?: { range: Range; steps: Text[] };
  errorHandling?: { range: Range; cases: ErrorCase[] };
  userCommunication?: { range: Range; success?: Text; failure?: Text };
}

export interface HookGroup {
  range: Range;
  hooks: Hook[];
}

export interface TableCell extends Text {
  /** The value in the schema's spelling (the table descriptor's normaliser applied: `->` for `→`), what every stage uses. */
  normalized: string;
  /** True when the cell holds a template placeholder such as `[N]`. */
  placeholder: boolean;
}

export interface Table<Row extends string> {
  /** The heading the table sits under. */
  heading: Range;
  /** The table itself; absent when the section has no table. */
  range?: Range;
  /** The header row. */
  header?: Range;
  columns: Located<string>[];
  rows: { range: Range; cells: Partial<Record<Row, TableCell>> }[];
}

export type CredentialColumn = ColumnKey<"credentials">;
export type RateLimitColumn = ColumnKey<"rateLimits">;
export type DataMappingColumn = ColumnKey<"dataMapping">;

export interface Link {
  url: string;
  range: Range;
  kind: "link" | "image" | "definition";
  /** The URL as written (inside `<…>` when bracketed); absent for autolinks and an empty `()`. */
  destination?: Range;
  /** The link text or image alt as written, between `[` and `]`; absent for definitions and autolinks. */
  label?: Range;
}

/**
 * A reference-style link or image (`[text][id]`, `[id][]`, `[id]`, `![alt][id]`): it has no
 * URL of its own but the one of the definition it names.
 */
export interface LinkReference {
  kind: "link" | "image";
  /** The URL of its definition. */
  url: string;
  range: Range;
  /** The link text or alt as written, between `[` and `]`. */
  label: Range;
}

export interface Placeholder extends Located<string> {
  where: "frontmatter" | "body";
}

/** An HTML comment such as `<!-- skillc-disable no-secrets -->`. */
export interface Comment extends Located<string> {}

export interface SkillDocument {
  /** Absolute path of the file. */
  path: string;
  /** The decoded text, BOM removed. */
  text: string;
  /** Offset -> line/column for `text`. */
  lines: LineIndex;
  kind: SkillKind;
  /** The skill's name: its frontmatter `name`, else its folder's name. */
  name: string;
  /** An integration skill's service; absent for plain skills and templates. */
  integration?: Integration;
  /** False when the body could not be parsed (binary, too large, too deep): only `problems` apply. */
  readable: boolean;
  frontmatter?: Frontmatter;
  sections: Section[];
  requiredHooks?: HookGroup;
  optionalHooks?: HookGroup;
  hooks: Hook[];
  credentials?: Table<CredentialColumn>;
  rateLimits?: Table<RateLimitColumn>;
  dataMapping?: Table<DataMappingColumn>;
  /** Inline links, images and definitions (the targets `links` checks and `skillc build` rewrites). */
  links: Link[];
  /** Links and images that use a definition; their URL is in `links` once, at the definition. */
  linkReferences: LinkReference[];
  placeholders: Placeholder[];
  comments: Comment[];
  /** Quoted text and User Communication items: what the agent says to the user. */
  userFacing: Located<string>[];
  /** The Markdown tree, for rules that need more than the model. */
  tree: Root;
  /** Problems found while reading or parsing (they become diagnostics of the named rule). */
  problems: ParseProblem[];
}

export interface ParseProblem {
  ruleId: "frontmatter" | "limits" | "encoding";
  messageId: string;
  data?: Record<string, string | number>;
  range: Range;
}
