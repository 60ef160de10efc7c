/**
 * Property tests: for arbitrary text, Markdown-ish lines and mutations of a real skill, parsing and
 * linting never throw, and every diagnostic lies inside the file (1-based, within its lines).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLinter, parseSkill, resolveConfig } from "../../src/index.js";
import { REPO } from "../helpers/cli.js";

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
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 400 }), (s) => check(s)), { numRuns: 300 });
  });

  it("never throw on arbitrary bytes", async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), (b) => check(b)), { numRuns: 200 });
  });

  it("never throw on Markdown-shaped documents, as skills or templates", async () => {
    const doc = fc.array(pieces, { maxLength: 60 }).map((lines) => lines.join("\n"));
    await fc.assert(fc.asyncProperty(doc, fc.boolean(), (text, template) => check(text, template)), { numRuns: 300 });
  });

  it("never throw on a real skill with lines deleted, swapped, or line endings changed", async () => {
    const lines = example.split("\n");
    const mutation = fc.record({
      drop: fc.array(fc.nat({ max: lines.length - 1 }), { maxLength: 10 }),
      swap: fc.array(fc.tuple(fc.nat({ max: lines.length - 1 }), fc.nat({ max: lines.length - 1 })), { maxLength: 5 }),
      crlf: fc.boolean(),
      bom: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ drop, swap, crlf, bom }) => {
        const copy = [...lines];
        for (const [a, b] of swap) [copy[a], copy[b]] = [copy[b]!, copy[a]!];
        const kept = copy.filter((_, i) => !drop.includes(i));
        const text = (bom ? "\uFEFF" : "") + kept.join(crlf ? "\r\n" : "\n");
        await check(text);
      }),
      { numRuns: 200 },
    );
  });
});
