/** Hostile long lines: the detectors stay right on them (timing is `npm run bench:hostile`'s job, not a test's). */
import { describe, expect, it } from "vitest";
import { createLinter, parseSkill, resolveConfig } from "../../src/index.js";

const head = "---\nname: hostile\ndescription: A hostile skill. Use when measuring.\n---\n\n# Hostile\n\n";
const TOKEN = `ghp_${"A1b2C3d4E5".repeat(3)}abcdef`;

async function lint(text: string) {
  const config = resolveConfig({}, "/tmp/skillc-linear");
  return (await createLinter(config).lintDocument(parseSkill("/tmp/skillc-linear/hostile/SKILL.md", text))).messages;
}

describe("long hostile lines", () => {
  it("a line longer than the limit inside fenced code is a limits diagnostic at its line", async () => {
    const messages = await lint(`${head}\`\`\`\n${"sk-".repeat(20_000)}\n\`\`\`\n`);
    expect(messages).toMatchObject([{ ruleId: "limits", line: 9, column: 1 }]);
  });

  it("a long code block of short lines is fine", async () => {
    const messages = await lint(`${head}\`\`\`\n${"const a = 1;\n".repeat(6_000)}\`\`\`\n`);
    expect(messages.filter((m) => m.ruleId === "limits")).toEqual([]);
  });

  it.each([
    ["sk-", "sk-"],
    ["eyJ-", "eyJ-"],
    ["pass", "pass"],
    ["key-", "key-"],
    ["<!--", "<!--"],
    ["glpat-", "glpat-"],
    ["hf_", "hf_"],
    ["s.a1B2", "s.a1B2"],
    ["key=", "key="],
    ["<aToken>", "<aToken>"],
    ["a://b:c@", "a://b:c@"],
    ["eyJabcdefgh.", "eyJabcdefgh."],
    ["-----BEGIN PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----"],
  ])("a token after a 60,000-character run of `%s` is still found, masked", async (_, unit) => {
    const messages = await lint(`${head}\`\`\`\n${unit.repeat(60_000 / unit.length)} ${TOKEN}\n\`\`\`\n`);
    const secrets = messages.filter((m) => m.ruleId === "no-secrets");
    expect(secrets).toHaveLength(1);
    expect(secrets[0]!.message).toContain("`ghp_********`");
  });

  it("a paragraph with more inline markers than the limit is a limits diagnostic at its first line; one under it is parsed", async () => {
    const over = await lint(`${head}intro\n\n${"*a_".repeat(1_001)}\n`);
    expect(over).toMatchObject([{ ruleId: "limits", messageId: "marks", line: 10, column: 1 }]);
    expect(over[0]!.message).toContain("2002 inline markers");
    const under = await lint(`${head}${"*a_ ".repeat(999)}\n`);
    expect(under.filter((m) => m.ruleId === "limits")).toEqual([]);
  });
});
