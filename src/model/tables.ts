/**
 * The three tables of an integration skill (Credentials, Rate Limits, Data Mapping) in one
 * description: the sections they sit under, their columns and how a cell's value is read.
 * Parsing, the schema instance, the rules, the manifest and the protocol pages all read it.
 */

export interface TableColumn<Key extends string = string> {
  /** The column's key in the model and the schema instance (`userObtainsFrom`). */
  key: Key;
  /** The header as a skill writes it (`User Obtains From`); matched ignoring case, backticks and spacing. */
  header: string;
  /** The header in generated protocol pages. */
  docsHeader: string;
  /** How generated pages show a cell: as code, or as an autolink when it is an https URL. */
  docsCell?: "code" | "link";
  /** The spelling the schema validates and generated output shows (`External → Local` -> `external -> local`). */
  normalize?: (value: string) => string;
}

export interface TableSpec<Key extends string = string> {
  /** The section titles the table sits under, as written in the template (matched like headers). */
  titles: readonly string[];
  /** The section's title in generated protocol pages. */
  docsTitle: string;
  /** The columns, in the order a skill writes them. */
  columns: readonly TableColumn<Key>[];
}

/** `External → Local`, `local <- external`, `↔` -> the schema's spelling. */
export function normalizeDirection(value: string): string {
  const v = value.toLowerCase().replace(/[→⟶]/g, "->").replace(/[←⟵]/g, "<-").replace(/[↔⟷]|<->/g, "bidirectional").replace(/\s+/g, " ").trim();
  const back = /^(\w+) ?<- ?(\w+)$/.exec(v);
  if (back) return `${back[2]} -> ${back[1]}`;
  return v.replace(/ ?-> ?/, " -> ");
}

export const TABLES = {
  credentials: {
    titles: ["Credentials", "Credential Requirements"],
    docsTitle: "Credentials",
    columns: [
      { key: "credential", header: "Credential", docsHeader: "Credential", docsCell: "code" },
      { key: "source", header: "Source", docsHeader: "Source" },
      { key: "userObtainsFrom", header: "User Obtains From", docsHeader: "Where the user gets it", docsCell: "link" },
    ],
  },
  rateLimits: {
    titles: ["Rate Limits"],
    docsTitle: "Rate limits",
    columns: [
      { key: "limit", header: "Limit", docsHeader: "Limit" },
      { key: "value", header: "Value", docsHeader: "Value" },
      { key: "handling", header: "Handling", docsHeader: "Handling" },
    ],
  },
  dataMapping: {
    titles: ["Data Mapping"],
    docsTitle: "Data mapping",
    columns: [
      { key: "externalField", header: "External Field", docsHeader: "External field" },
      { key: "localField", header: "Local Field", docsHeader: "Local field" },
      { key: "syncDirection", header: "Sync Direction", docsHeader: "Direction", normalize: normalizeDirection },
    ],
  },
} as const satisfies Record<string, TableSpec>;

/** `credentials`, `rateLimits`, `dataMapping`: the tables' keys in the model, in document order. */
export type TableKey = keyof typeof TABLES;
export const TABLE_KEYS = Object.keys(TABLES) as TableKey[];

/** The column keys of one table (`"limit" | "value" | "handling"`). */
export type ColumnKey<T extends TableKey> = (typeof TABLES)[T]["columns"][number]["key"];

