import { describe, expect, it } from "vitest";
import { at, fixFixture, hits, idHits, lintFixture, lintText, plainSkill, SKILL_NAME, spans, withEol } from "../helpers/fixtures.js";

const RULE = "claude-arguments";
const fence = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\``;

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["placeholders meant as placeholders", "Fix issue #$ARGUMENTS, then review PR #$1 at priority $2."],
      ["a placeholder in a command the skill runs", fence("bash", "gh pr view $1 --comments")],
      ["examples of placeholders in a Markdown block", fence("markdown", "Run tests: !`npm test $1`\n\nDeploy $1 to $2.")],
      ["a placeholder in inline code", "Pass the file as `$1`."],
      ["an escaped field", fence("bash", "ls -l | awk '{print \\$5}'")],
      ["a braced shell parameter and a parenthesised awk field", fence("bash", "#!/bin/sh\necho \"${1}\" | awk '{print $(2)}'")],
      ["past the tenth argument", fence("bash", "ls -l | awk '{print $10}'")],
      ["an amount in prose (claude-argument-amounts')", "It costs $0.10 a call, or $1,200 a year."],
      ["a `$1abc`, which is no placeholder", fence("python", 'cur.execute("SELECT $1abc")')],
      ["a shell block that reads no parameters of its own", fence("bash", "name=$1\necho \"$name\"")],
      ["an unlabeled block with a function call", fence("", "setup()\nrun $1")],
    ])("%s", async (_, body) => {
      expect(hits(await lintText(plainSkill(body)), RULE)).toEqual([]);
    });

    it("a file not checked against Claude Code", async () => {
      const text = plainSkill(fence("bash", "ls | awk '{print $1}'"));
      expect(hits(await lintFixture(text, { config: { agents: ["codex"] } }), RULE)).toEqual([]);
    });

    it("a file in another agent's own folder", async () => {
      const text = plainSkill(fence("bash", "ls | awk '{print $1}'"));
      expect(hits(await lintFixture(text, { path: `.cursor/skills/${SKILL_NAME}/SKILL.md` }), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("an awk field, in any block or inline code: at the `$`", async () => {
      const text = plainSkill(`${fence("markdown", "SHA=$(git log --oneline | awk '{print $1}')")}\n\nOr run \`ps aux | awk '{print $2}'\`.`);
      expect(idHits(await lintText(text), RULE)).toEqual([
        { messageId: "awk", ...at(text, "$1}") },
        { messageId: "awk", ...at(text, "$2}") },
      ]);
    });

    it("an awk program over several lines", async () => {
      const text = plainSkill(fence("bash", "awk '\n  NR == 2 { print $4 }\n' /proc/meminfo"));
      expect(idHits(await lintText(text), RULE)).toEqual([{ messageId: "awk", ...at(text, "$4") }]);
    });

    it("a shell script's own parameters: a shebang, a function, `$#`", async () => {
      const text = plainSkill(
        [fence("bash", '#!/bin/bash\necho "Usage: $0 target"\nTARGET="$1"'), fence("sh", 'check() {\n  test -f "$1"\n}'), fence("", 'if [ $# -lt 1 ]; then exit 1; fi\nrun "$2"')].join("\n\n"),
      );
      expect(idHits(await lintText(text), RULE)).toEqual([
        { messageId: "shell", ...at(text, "$0") },
        { messageId: "shell", ...at(text, '$1"') },
        { messageId: "shell", ...at(text, '$1"', 1) },
        { messageId: "shell", ...at(text, '$2"') },
      ]);
    });

    it("a script handed to a shell in single quotes, in any code", async () => {
      const text = plainSkill(`${fence("markdown", "find . -name '*.md' -exec sh -c 'wc -l \"$1\"' _ {} \\;")}\n\nOr \`xargs -n1 bash -c 'echo $0'\`, but not \`ssh -c aes128-ctr 'run $1'\`.`);
      expect(idHits(await lintText(text), RULE)).toEqual([
        { messageId: "shell", ...at(text, "$1") },
        { messageId: "shell", ...at(text, "$0") },
      ]);
    });

    it("a SQL parameter and a replacement group in program code", async () => {
      const text = plainSkill(
        [fence("python", 'await pool.execute("SELECT * FROM users WHERE id = $1", uid)'), fence("js", 'name.replace(/(\\w+) (\\w+)/, "$2 $1")')].join("\n\n"),
      );
      expect(idHits(await lintText(text), RULE)).toEqual([
        { messageId: "sql", ...at(text, "$1") },
        { messageId: "replacement", ...at(text, "$2 ") },
        { messageId: "replacement", ...at(text, '$1"', 1) },
      ]);
    });

    it("a `\\\\$1` is no escape: the backslash is escaped", async () => {
      const text = plainSkill(fence("bash", "ls | awk '{print \\\\$1}'"));
      expect(hits(await lintText(text), RULE)).toEqual([at(text, "$1")]);
    });

    it("names the agent, the argument and the fix in the message", async () => {
      const [d] = (await lintText(plainSkill(fence("bash", "ls | awk '{print $1}'")))).filter((m) => m.ruleId === RULE);
      expect(d?.message).toBe("Unexpected `$1` in an awk program: Claude Code replaces `$1` with the skill's second argument whenever it is invoked with one, expected `$(1)`");
      expect(d?.severity).toBe(1);
    });
  });

  describe("fix", () => {
    it("writes `$(N)` in awk and `${N}` in a shell script; leaves SQL alone", async () => {
      const body = [fence("bash", "#!/bin/sh\nls \"$1\" | awk '{print $5}'"), fence("python", 'db.execute("DELETE FROM t WHERE id = $1")')].join("\n\n");
      const { output, remaining } = await fixFixture(plainSkill(body));
      expect(output).toBe(plainSkill([fence("bash", "#!/bin/sh\nls \"${1}\" | awk '{print $(5)}'"), fence("python", 'db.execute("DELETE FROM t WHERE id = $1")')].join("\n\n")));
      expect(idHits(remaining, RULE).map((h) => h.messageId)).toEqual(["sql"]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const text = plainSkill(`Intro.\n\n${fence("bash", "ls | awk '{print $1}'")}\n\nRun \`awk '{print $2}'\`.`);
    const lf = spans(await lintText(text)).filter((d) => d[0] === RULE);
    expect(lf).toHaveLength(2);
    expect(spans(await lintText(withEol(text, eol))).filter((d) => d[0] === RULE)).toEqual(lf);
  });
});
