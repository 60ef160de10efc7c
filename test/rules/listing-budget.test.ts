import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, resolveConfig } from "../../src/index.js";
import { at, withProject } from "../helpers/fixtures.js";

const RULE = "listing-budget";

const skillText = (name: string, description: string, extra = "") => `---\nname: ${name}\ndescription: ${description}\n${extra}---\n\n# ${name}\n\nText.\n`;

/** Lint a project of skills (path -> text) with the rule on; diagnostics of the rule by path. */
async function lintProject(files: Record<string, string>, config: Record<string, unknown> = {}) {
  return withProject(files, async (root) => {
    const results = await lint({ paths: Object.keys(files).map((f) => join(root, f)), cwd: root, config: resolveConfig({ rules: { [RULE]: "warn" }, ...config }, root) });
    return Object.fromEntries(
      results.map((r) => [r.filePath.slice(root.length + 1), r.messages.filter((m) => m.ruleId === RULE).map((m) => ({ line: m.line, column: m.column, message: m.message }))]),
    );
  });
}

/** `count` skills under `dir`, each with a description of `size` characters. */
function skills(dir: string, count: number, size: number, extra = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`${dir}/s-${i}/SKILL.md`] = skillText(`s-${i}`, `${"x".repeat(size - 1)}${i % 10}`, extra);
  return files;
}

describe(RULE, () => {
  it("skills within every budget", async () => {
    const found = await lintProject(skills("skills", 5, 500));
    expect(Object.values(found).flat()).toEqual([]);
  });

  it("over Claude Code's 8,000 characters: once, at the longest description", async () => {
    const files = { ...skills("skills", 10, 900), "skills/long/SKILL.md": skillText("long", "y".repeat(1000)) };
    const found = await lintProject(files, { agents: ["claude"] });
    expect(Object.values(found).flat()).toHaveLength(1);
    const text = files["skills/long/SKILL.md"];
    expect(found["skills/long/SKILL.md"]).toEqual([
      {
        ...at(text, "yyy"),
        message:
          "Skills' names and descriptions take 10,088 characters; Claude Code lists at most 8,000 and shortens the rest, expected 8,000 or fewer (this description is the longest, 1,000 characters)",
      },
    ]);
  });

  it("once per agent over its budget", async () => {
    const found = await lintProject(skills("skills", 45, 1000), { agents: ["claude", "codex", "gemini"] });
    const messages = Object.values(found).flat().map((d) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => m.includes("Claude Code lists at most 8,000"))).toBe(true);
    expect(messages.some((m) => m.includes("OpenAI Codex lists at most 40,000"))).toBe(true);
  });

  it("a skill in another agent's folder does not count for Claude Code, nor a copy of the same name", async () => {
    const files = { ...skills("skills", 6, 1000), ...skills(".claude/skills", 6, 1000), ...skills(".cursor/skills", 6, 1000) };
    expect(Object.values(await lintProject(files, { agents: ["claude"] })).flat()).toEqual([]);
  });

  it("skills the model cannot invoke are not listed by Claude Code", async () => {
    const files = skills("skills", 10, 1000, "disable-model-invocation: true\n");
    expect(Object.values(await lintProject(files, { agents: ["claude"] })).flat()).toEqual([]);
  });

  it("when_to_use counts for Claude Code, each entry capped at 1,536 characters", async () => {
    const files = skills("skills", 6, 1000, `when_to_use: ${"w".repeat(1000)}\n`);
    const found = Object.values(await lintProject(files, { agents: ["claude"] })).flat();
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("take 9,263 characters; Claude Code lists at most 8,000");
  });

  it("a CRLF file with a BOM: at the description", async () => {
    const files = skills("skills", 10, 900);
    files["skills/s-0/SKILL.md"] = `\uFEFF${skillText("s-0", "z".repeat(950)).replace(/\n/g, "\r\n")}`;
    const found = await lintProject(files, { agents: ["claude"] });
    expect(found["skills/s-0/SKILL.md"]!.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 3, column: 14 }]);
  });
});
