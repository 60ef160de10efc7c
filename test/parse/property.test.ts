/**
 * Property tests: for arbitrary text, Markdown-ish lines and mutations of a real skill, parsing and
 * linting never throw, every diagnostic lies inside the file (1-based, within its lines), and
 * turning a rule off removes exactly its diagnostics.
 *
 * `npm test` runs a fifth of each property's cases and `npm run test:slow` all of them
 * (helpers/runs.ts); `npm run fuzz` runs a long campaign (SKILLC_FUZZ_RUNS, default 20,000 per
 * property) from SKILLC_FUZZ_SEED, and fast-check prints the seed, the path and the shrunk input
 * of any failure, so it can be replayed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinter, parseSkill, resolveConfig, rules } from "../../src/index.js";
import { REPO } from "../helpers/cli.js";
import { propertyRuns } from "../helpers/runs.js";


const root = mkdtempSync(join(tmpdir(), "skillc-prop-"));
writeFileSync(join(root, "README.md"), "x");
const linter = createLinter(resolveConfig({}, root));
const path = join(root, "skills/prop/SKILL.md");

async function check(text: string | Uint8Array, template = false): Promise<void> {
  const doc = parseSkill(path, text, { template });
  const result = await linter.lintDocument(doc);
  const lines = doc.lines.lineCount;
  for (const m of result.messages) {
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.line).toBeLessThanOrEqual(lines);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(m.endLine).toBeGreaterThanOrEqual(m.line);
  }
}

const pieces = fc.constantFrom(
  "---", "name: prop", "description: d", "integration:", "  service: x", "  mcp_server: y", "triggers:", "  - \"a b\"",
  "## Required Hooks", "## Optional Hooks", "### setup", "### sync", "### error", "**Trigger:** t", "**Behavior:**", "1. step",
  "**Error Handling:**", "- a: b", "**User Communication:**", "- Success: \"ok then\"", "- Failure: \"no way\"",
  "## Credentials", "## Rate Limits", "## Data Mapping", "| Credential | Source | User Obtains From |", "|---|---|---|",
  "| KEY | Manual | https://x.y |", "| a | 0 | |", "[link](nowhere.md)", "<!-- skillc-disable -->", "<!-- skillc-enable -->",
  "```", "> quote", "- [N]", "   - nested", "\t\ttab", "", "\r", "\uFEFF", "&amp; [x]", "key: ghp_" + "a".repeat(36),
);

const example = readFileSync(join(REPO, "test/parse/fixtures/integration.md"), "utf8");

describe("parser and linter properties", () => {
  it("never throw on arbitrary strings", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), (s) => check(s)), propertyRuns(300));
  });

  it("never throw on arbitrary bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), (b) => check(b)), propertyRuns(200));
  });

  it("never throw on Markdown-shaped documents, as skills or templates", async () => {
    const doc = fc.array(pieces, { maxLength: 60 }).map((lines) => lines.join("\n"));
    await fc.assert(fc.asyncProperty(doc, fc.boolean(), (text, template) => check(text, template)), propertyRuns(300));
  });

  it("turning a rule off removes exactly its diagnostics", async () => {
    const doc = fc.array(pieces, { maxLength: 60 }).map((lines) => lines.join("\n"));
    const ruleId = fc.constantFrom(...rules.map((r) => r.id));
    await fc.assert(
      fc.asyncProperty(doc, ruleId, async (text, id) => {
        const all = await linter.lintDocument(parseSkill(path, text));
        const off = createLinter(resolveConfig({ rules: { [id]: "off" } }, root));
        const without = await off.lintDocument(parseSkill(path, text));
        expect(without.messages).toEqual(all.messages.filter((m) => m.ruleId !== id));
      }),
      propertyRuns(150),
    );
  });

  it("never throw on a real skill with lines deleted or swapped, sections swapped, bytes inserted, deep nesting, CRLF or BOM", async () => {
    const lines = example.split("\n");
    const sections = example.split(/^(?=## )/m);
    const mutation = fc.record({
      drop: fc.array(fc.nat({ max: lines.length - 1 }), { maxLength: 10 }),
      swap: fc.array(fc.tuple(fc.nat({ max: lines.length - 1 }), fc.nat({ max: lines.length - 1 })), { maxLength: 5 }),
      swapSections: fc.array(fc.tuple(fc.nat({ max: sections.length - 1 }), fc.nat({ max: sections.length - 1 })), { maxLength: 3 }),
      // A line pushed under up to 150 levels of lists or quotes (the nesting limit is 100).
      nest: fc.option(fc.tuple(fc.nat({ max: lines.length - 1 }), fc.nat({ max: 150 }), fc.constantFrom("- ", "> ", "1. ")), { nil: undefined }),
      // In a quarter of the cases only: a file that is no longer UTF-8 stops at the encoding check.
      bytes: fc.oneof(
        { arbitrary: fc.constant([] as [number, Uint8Array][]), weight: 3 },
        { arbitrary: fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 3 }), weight: 1 },
      ),
      crlf: fc.boolean(),
      bom: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ drop, swap, swapSections, nest, bytes, crlf, bom }) => {
        const parts = [...sections];
        for (const [a, b] of swapSections) [parts[a], parts[b]] = [parts[b]!, parts[a]!];
        const copy = parts.join("").split("\n");
        for (const [a, b] of swap) if (a < copy.length && b < copy.length) [copy[a], copy[b]] = [copy[b]!, copy[a]!];
        if (nest && nest[0] < copy.length) copy[nest[0]] = nest[2].repeat(nest[1]) + copy[nest[0]];
        const kept = copy.filter((_, i) => !drop.includes(i));
        let data: string | Uint8Array = (bom ? "\uFEFF" : "") + kept.join(crlf ? "\r\n" : "\n");
        if (bytes.length > 0) {
          // Raw bytes spliced into the UTF-8 file: invalid sequences, NULs, control characters.
          let buf = Buffer.from(data, "utf8");
          for (const [at, insert] of bytes) {
            const i = at % (buf.length + 1);
            buf = Buffer.concat([buf.subarray(0, i), insert, buf.subarray(i)]);
          }
          data = new Uint8Array(buf);
        }
        await check(data);
      }),
      propertyRuns(200),
    );
  });
});
