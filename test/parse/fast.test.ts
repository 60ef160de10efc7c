/**
 * The fast path (src/parse/fast.ts) against remark-parse, the reference: wherever it returns a
 * tree, that tree must be remark's, field for field and position for position, with the same
 * link spans. Returning nothing is always allowed (remark-parse then reads the file), but the
 * files skillc is measured on must be covered, or the fast path would be dead code.
 *
 * Run here: every Markdown file of the repository, ../shared/corpus, the benchmark's generated
 * skills and a property over Markdown made of the constructs the fast path covers and their near
 * misses. test/slow/fast-public.test.ts adds the public skills set.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/model/positions.js";
import { fastParseOrReason } from "../../src/parse/fast.js";
import { skillText } from "../../bench/generate.mjs";
import { REPO } from "../helpers/cli.js";
import { checkFast } from "../helpers/fast.js";
import { propertyRuns } from "../helpers/runs.js";

/** Every Markdown file under `dir`, node_modules and dist left out. */
function markdownFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist" || entry === ".git") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) markdownFiles(path, out);
    else if (entry.endsWith(".md")) out.push(path);
  }
  return out;
}

const read = (path: string) => readFileSync(path, "utf8").replace(/^\uFEFF/, "");

describe("the fast path builds remark's mdast", () => {
  const files = [...markdownFiles(join(REPO, "../shared/corpus")), ...["examples", "templates", "docs", "test", ".github"].flatMap((d) => markdownFiles(join(REPO, d)))];

  it.each(files.map((f) => [f.slice(REPO.length + 1), f]))("%s", (_, path) => {
    checkFast(read(path));
  });

  it("covers the examples' skills and the benchmark's generated skills", () => {
    for (const dir of readdirSync(join(REPO, "examples"))) {
      const skill = join(REPO, "examples", dir, "SKILL.md");
      if (dir !== "broken" && existsSync(skill)) expect(checkFast(read(skill)), skill).toBeDefined();
    }
    for (const i of [0, 1, 7, 42]) expect(checkFast(skillText(i))).toBeDefined();
  });

  it("leaves what it does not cover to remark-parse, saying why", () => {
    const reason = (text: string) => fastParseOrReason(text, new LineIndex(text)).reason;
    expect(reason("a\r\nb")).toBe("CR line endings");
    expect(reason("[a]: https://x\n\n[a]")).toBe("reference or footnote definitions");
    expect(reason("a ~b~ c")).toBe("text with ~");
    expect(reason("    indented code")).toBe("block CodeBlock");
    expect(reason("a <research_guide> b")).toBe("inline HTML micromark may not read as HTML");
  });

  it("reads a reference as the text it is when there are no definitions, and leaves near misses to remark-parse", () => {
    for (const text of ["see [notes] here", "[a][b] and [c][] then [d]", "![alt] text", "a footnote call [^1] with no definition", "*[a]* and **[b c]**", "[a]\n[b] [c](https://x.y)", "| [a] | b |\n|---|---|\n| [c][d] | e |"]) {
      expect(checkFast(text), text).toBeDefined();
    }
    // Links for micromark (lezer stops at `[b]`; `[b](…)` is a link); something inside that may
    // pair outside, or be a link of its own; a task checkbox for micromark; a list item's first
    // line micromark reads as text where lezer reads a list; a table row micromark reads as a list.
    for (const text of ["[a [b] c](https://x.y)", "[a][b](https://x.y)", "[x *y] z*", "[see www.x.com]", "[mail a@b.co]", "[at https://x.y]", "[a &amp; b]", "- [x]\n  *em*", "- [\n  *em*", "- [ ]\n  a", "a\n- 10. a\n  \n", "2) [x] 10. a\n   10. a\n", "| a |\n| --- |\n2) |a"]) {
      expect(checkFast(text), text).toBeUndefined();
    }
  });

  // Markdown made of the constructs the fast path covers, their near misses and what it leaves to remark.
  const word = fc.constantFrom("a", "word", "Ab", "x1", "_", "*", "**", "~", "~~", "`", "\\*", "\\", "&amp;", "&", "[", "]", "[x]", "<b>", "</b>", "<a_b>", "<!-- c -->", "https://x.y", "<https://x.y>", "(", ")", ":", "|", "!", "#");
  const inline = fc.oneof(
    { weight: 4, arbitrary: fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" ")) },
    fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join("")),
    fc.constantFrom("*em*", "**strong**", "_u_", "~~del~~", "`code`", "`` a`b ``", "` x `", "[link](https://x.y)", '[l](<a b> "t")', "![alt *e*](i.png)", "[a][b]", "[a]", "[a b][]", "![a]", "[^1]", "[a *b]", "[www.x.y]", "[a [b] c](d)", "[a][b](c)", "a  \nb", "x\\\ny", "**a *b* c**"),
  );
  const paragraph = fc.array(inline, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n"));
  const indent = fc.constantFrom("", " ", "  ", "   ", "    ", "\t");
  const block: fc.Arbitrary<string> = fc.letrec<{ block: string }>((tie) => ({
    block: fc.oneof(
      { weight: 5, arbitrary: paragraph },
      fc.tuple(fc.constantFrom("#", "##", "###", "####### "), inline, fc.constantFrom("", " #", "  ")).map(([h, t, close]) => `${h} ${t}${close}`),
      fc.tuple(paragraph, fc.constantFrom("===", "---", "-")).map(([p, u]) => `${p}\n${u}`),
      fc.tuple(fc.constantFrom("```", "~~~", "````"), fc.constantFrom("", "js", "sh x=1", "a\\b"), indent, fc.array(inline, { maxLength: 3 }), fc.boolean()).map(
        ([fence, info, ind, lines, closed]) => `${ind}${fence}${info}\n${lines.map((l) => `${ind}${l}`).join("\n")}${closed ? `\n${ind}${fence}` : ""}`,
      ),
      fc
        .tuple(fc.constantFrom("-", "*", "+", "1.", "2)", "10."), fc.array(fc.tuple(fc.constantFrom("", "[ ] ", "[x] "), fc.oneof(paragraph, tie("block")), fc.constantFrom("\n", "\n\n")), { minLength: 1, maxLength: 3 }), indent)
        .map(([marker, items, ind]) => items.map(([task, body, gap]) => `${ind}${marker} ${task}${body.replace(/\n/g, `\n${ind}${" ".repeat(marker.length + 1)}`)}${gap}`).join("")),
      fc.array(fc.oneof(paragraph, tie("block")), { minLength: 1, maxLength: 2 }).map((bs) => bs.map((b) => b.replace(/^/gm, "> ")).join("\n>\n")),
      fc.tuple(fc.array(inline, { minLength: 1, maxLength: 3 }), fc.constantFrom("---", ":--", "--:", ":-:"), fc.array(fc.array(inline, { minLength: 1, maxLength: 3 }), { maxLength: 3 })).map(
        ([head, delim, rows]) => [head, head.map(() => delim), ...rows].map((r) => `| ${r.map((c) => c.replace(/\|/g, "\\|").replace(/\n/g, " ")).join(" | ")} |`).join("\n"),
      ),
      fc.constantFrom("---", "***", "<div>\nx\n</div>", "<!-- note -->", "<details>", "  \n", ""),
    ),
  })).block;
  const document = fc
    .tuple(fc.constantFrom("", "---\nname: x\n---\n", "---\n---\n", "---\na: b\n"), fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom("\n", "\n\n", ""))
    .map(([fm, blocks, gap]) => fm + blocks.join(gap === "" ? "\n" : gap));

  it("on generated Markdown, its tree is remark's wherever it builds one", () => {
    let covered = 0;
    let runs = 0;
    fc.assert(
      fc.property(document, (text) => {
        runs++;
        if (checkFast(text)) covered++;
      }),
      propertyRuns(2000),
    );
    // The generator mixes in much the fast path leaves alone (it covers 10-15% of its documents), but not only that.
    expect(covered).toBeGreaterThan(runs / 25);
  });
});
