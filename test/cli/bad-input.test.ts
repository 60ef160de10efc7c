/** PRODUCT.md's bad input: each file gets a diagnostic or a one-line error, and the other files are still linted. */
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLAIN_SKILL, project } from "../helpers/cli.js";
import { run } from "../helpers/run.js";

const skill = (name: string, body = "# Body\n") => `---\nname: ${name}\ndescription: A skill used to test bad input.\n---\n\n${body}`;

const bomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
  "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
  "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
  "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
  "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
  "g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
].join("\n");

const cases: Record<string, { content: string | Uint8Array; rule: string; line: number }> = {
  binary: { content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), rule: "encoding", line: 3 },
  latin1: { content: Buffer.from(skill("latin1", "Caf\u00e9\n"), "latin1"), rule: "encoding", line: 6 },
  empty: { content: "", rule: "frontmatter", line: 1 },
  unclosed: { content: "---\nname: unclosed\ndescription: never closed\n\n# Title\n", rule: "frontmatter", line: 1 },
  "alias-bomb": { content: `---\nname: alias-bomb\ndescription: x\n${bomb}\n---\n# T\n`, rule: "limits", line: 1 },
  "yaml-error": { content: "---\nname: yaml-error\ndescription: [unclosed\n---\n# T\n", rule: "frontmatter", line: 3 },
  "deep-lists": {
    // 300 levels of indentation: remark's time grows faster than linearly here (400 levels take seconds).
    content: skill("deep-lists", Array.from({ length: 300 }, (_, i) => `${" ".repeat(i * 2)}- item`).join("\n")),
    rule: "limits",
    line: 106, // the 101st level: 200 spaces of indentation plus its own list marker
  },
  "deep-markers": { content: skill("deep-markers", `${"- ".repeat(3000)}x\n`), rule: "limits", line: 6 },
  huge: { content: skill("huge", "Some words in a paragraph.\n\n".repeat(400_000)), rule: "limits", line: 1 },
};

describe("bad input never crashes skillc", () => {
  it("reports each bad file and still lints the good one", async () => {
    const files: Record<string, string | Uint8Array> = { "skills/good/SKILL.md": skill("good", "# Good\n\n[broken](missing.md)\n") };
    for (const [name, c] of Object.entries(cases)) files[`skills/${name}/SKILL.md`] = c.content;
    files["skills/proto/SKILL.md"] = "---\nname: proto\ndescription: x\n__proto__:\n  polluted: true\nconstructor: 1\n---\n# T\n";
    const root = project(files);
    const r = await run(["lint", "--format", "json"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    const byName = new Map(results.map((x) => [x.filePath.split("/").at(-2)!, x.messages]));
    for (const [name, c] of Object.entries(cases)) {
      expect(byName.get(name), name).toContainEqual(expect.objectContaining({ ruleId: c.rule, line: c.line }));
    }
    // __proto__ is an unknown key like any other; nothing is polluted.
    expect(byName.get("proto")!.map((m) => m.ruleId)).toEqual(["unknown-frontmatter-key", "unknown-frontmatter-key"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // The good file was linted too.
    expect(byName.get("good")).toEqual([expect.objectContaining({ ruleId: "links", line: 8 })]);
  });

  it("survives a symlink loop and a symlinked folder during discovery", async () => {
    const root = project({ "skills/notes/SKILL.md": PLAIN_SKILL.replace("name: notes", "name: notes") });
    mkdirSync(join(root, "loop"));
    symlinkSync(join(root, "loop"), join(root, "loop/again"));
    symlinkSync(join(root, "skills"), join(root, "skills-link"));
    const r = await run(["lint"], { cwd: root });
    expect(r).toMatchObject({ code: 0, stderr: "" });
  });
});

describe("the paragraph limit", () => {
  it("reports a huge paragraph (or single line) instead of parsing it for seconds, but not a huge code block", async () => {
    const markup = "word [x](y.md) `c` ".repeat(3000); // 57,000 characters on one line
    const root = project({
      "skills/long-line/SKILL.md": skill("long-line", `${markup}\n`),
      "skills/long-code/SKILL.md": skill("long-code", `\`\`\`text\n${"x".repeat(80)}\n`.repeat(1) + `${"x".repeat(79)}\n`.repeat(1000) + "```\n"),
    });
    const r = JSON.parse((await run(["lint", "--format", "json"], { cwd: root })).stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    const byName = new Map(r.map((x) => [x.filePath.split("/").at(-2)!, x.messages]));
    expect(byName.get("long-line")).toEqual([expect.objectContaining({ ruleId: "limits", line: 6 })]);
    expect(byName.get("long-code")).toEqual([]);
  });
});
