/** Every rule has a broken example in examples/broken, and each reports exactly its expected.json. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint, resolveConfig, ruleIds, rules } from "../src/index.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const brokenDir = join(repoRoot, "examples", "broken");
const folders = readdirSync(brokenDir)
  .filter((name) => statSync(join(brokenDir, name)).isDirectory())
  .sort();

interface Expected {
  ruleId: string;
  line: number;
  column: number;
  severity: 1 | 2;
}

describe("examples/broken", () => {
  it("has a folder for every rule in the registry, and no other", () => {
    expect(folders).toEqual([...ruleIds].sort());
  });

  it.each(folders)("%s reports exactly its expected.json", async (folder) => {
    const skill = join("examples", "broken", folder, "SKILL.md");
    const expectedFile = join(brokenDir, folder, "expected.json");
    expect(existsSync(join(repoRoot, skill)), `${skill} exists`).toBe(true);
    const expected = JSON.parse(readFileSync(expectedFile, "utf8")) as Expected[];
    // A project rule's example needs its other files: every other SKILL.md under the folder, linted with it.
    const others = readdirSync(join(brokenDir, folder), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith("SKILL.md") && f !== "SKILL.md")
      .map((f) => join("examples", "broken", folder, f));
    // The files are named explicitly, so the project's `ignores` (examples/broken/**) do not apply.
    // The folder's own rule is on, whichever preset holds it (a `strict` rule is off by default).
    const rule = rules.find((r) => r.id === folder);
    const config = rule ? resolveConfig({ rules: { [folder]: rule.meta.defaultSeverity } }, repoRoot) : undefined;
    const results = await lint({ paths: [skill, ...others], cwd: repoRoot, ...(config ? { config } : {}) });
    expect(results).toHaveLength(1 + others.length);
    const actual = results.find((r) => r.filePath === join(repoRoot, skill))!.messages.map(({ ruleId, line, column, severity }) => ({ ruleId, line, column, severity }));
    expect(actual).toEqual(expected);
    // Each example shows its own rule.
    expect(expected.map((d) => d.ruleId)).toContain(folder);
  });
});
