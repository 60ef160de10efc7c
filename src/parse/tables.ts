/** The Credentials, Rate Limits and Data Mapping tables, read by column name. */
import type { Table as MdTable, TableCell } from "mdast";
import { toString } from "mdast-util-to-string";
import { rangeOf } from "../model/positions.js";
import { TABLE_KEYS, TABLES, type ColumnKey, type TableKey } from "../model/tables.js";
import type { Range, Table, TableCell as ModelCell } from "../model/types.js";
import { hasPlaceholder } from "./inline.js";
import { inlineMarkdown } from "./markdown.js";
import { findSection, type SectionSpan } from "./sections.js";
import { normalizeTitle } from "./walk.js";

/** Normalised header text -> column key, per table. */
const COLUMN_KEYS = Object.fromEntries(
  TABLE_KEYS.map((key) => [key, new Map<string, string>(TABLES[key].columns.map((c) => [normalizeTitle(c.header), c.key]))]),
) as { [K in TableKey]: Map<string, ColumnKey<K>> };

/** Each column's normaliser, per table. */
const NORMALIZERS = Object.fromEntries(
  TABLE_KEYS.map((key) => [key, new Map<string, (value: string) => string>(TABLES[key].columns.flatMap((c) => ("normalize" in c && c.normalize ? [[c.key, c.normalize]] : [])))]),
) as Record<TableKey, Map<string, (value: string) => string>>;

/** Normalised section titles, per table. */
const SECTION_TITLES = Object.fromEntries(TABLE_KEYS.map((key) => [key, TABLES[key].titles.map(normalizeTitle)])) as Record<TableKey, string[]>;

/** A cell's text, not the pipe and padding before it: where its diagnostics point. */
function contentRange(cell: TableCell): Range {
  const first = cell.children[0];
  const last = cell.children.at(-1);
  return first && last ? { start: rangeOf(first).start, end: rangeOf(last).end } : rangeOf(cell);
}

export function extractTable<K extends TableKey>(spans: SectionSpan[], which: K): Table<ColumnKey<K>> | undefined {
  type Col = ColumnKey<K>;
  const span = findSection(spans, SECTION_TITLES[which]);
  if (!span) return undefined;
  const node = span.content.find((n): n is MdTable => n.type === "table");
  const table: Table<Col> = { heading: span.section.range, columns: [], rows: [] };
  if (!node) return table;
  table.range = rangeOf(node);
  const [header, ...body] = node.children;
  if (header) table.header = rangeOf(header);
  const map: Map<string, Col> = COLUMN_KEYS[which];
  const keys: (Col | undefined)[] = [];
  for (const cell of header?.children ?? []) {
    const text = toString(cell).trim();
    table.columns.push({ value: text, range: contentRange(cell) });
    keys.push(map.get(normalizeTitle(text)));
  }
  for (const row of body) {
    const cells: Partial<Record<Col, ModelCell>> = {};
    row.children.forEach((cell, i) => {
      const key = keys[i];
      if (!key) return;
      const text = toString(cell).trim();
      // A cell that is one link (`[Power-Ups admin](https://…)`) stands for its URL.
      const links = cell.children.filter((c) => c.type === "link");
      const isLink = links.length === 1 && toString(links[0]!).trim() === text;
      const value = isLink ? links[0]!.url : text;
      const markdown = isLink ? value : inlineMarkdown(cell.children).trim();
      const normalize = NORMALIZERS[which].get(key);
      cells[key] = { value, markdown, normalized: normalize ? normalize(value) : value, range: contentRange(cell), placeholder: hasPlaceholder(text) };
    });
    table.rows.push({ range: rangeOf(row), cells });
  }
  return table;
}
