/** The table descriptor says what integration.schema.json validates: the same columns, keys and section titles. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normalizeDirection, TABLE_KEYS, TABLES } from "../../src/model/tables.js";
import { REPO } from "../helpers/cli.js";

interface Node {
  title?: string;
  const?: unknown;
  enum?: string[];
  required?: string[];
  properties?: Record<string, Node>;
  items?: Node;
}

const schema = JSON.parse(readFileSync(join(REPO, "schemas/integration.schema.json"), "utf8")) as Node;

describe.each(TABLE_KEYS)("the %s table", (key) => {
  const spec = TABLES[key];
  const node = schema.properties![key]!;

  it("has the schema's columns, in order", () => {
    expect(spec.columns.map((c) => c.header)).toEqual(node.properties!.columns!.const);
    expect(spec.columns.map((c) => c.key)).toEqual(node.properties!.rows!.items!.required);
  });

  it("is titled in the schema after its first section title", () => {
    expect(node.title).toBe(`\`## ${spec.titles[0]}\` table`);
  });
});

describe("normalizeDirection", () => {
  it.each([
    ["External → Local", "external -> local"],
    ["local <- external", "external -> local"],
    ["Local→External", "local -> external"],
    ["↔", "bidirectional"],
    ["sideways", "sideways"],
  ])("%s -> %s", (input, output) => {
    expect(normalizeDirection(input)).toBe(output);
  });

  it("gives only values the schema allows, for the arrows the docs accept", () => {
    const allowed = schema.properties!.dataMapping!.properties!.rows!.items!.properties!.syncDirection!.enum!;
    for (const v of ["Bidirectional", "external → local", "local → external", "External <- Local"]) expect(allowed).toContain(normalizeDirection(v));
  });
});
