/**
 * Meta-tests for docs/rules: every rule has a page and every page a rule, each page has the
 * fixed structure, and each page's Incorrect example really triggers its rule while its
 * Correct example does not (as remark-lint generates rule tests from its docs' examples).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { lint, resolveConfig, rules, type Diagnostic } from "../src/index.js";

const DOCS = fileURLToPath(new URL("../docs/rules/", import.meta.url));
const PROTOCOL = "docs/protocols/integration-framework.md";

/** The sections every rule page has, in this order (`###` ones inside `## Examples`). */
const HEADINGS = [
  "## Rule details",
  "## Why",
  "## Examples",
  "### Incorrect",
  "### Correct",
  "## Options",
  "## How to disable",
  "## Default severity",
] as const;

interface Example {
  /** `Incorrect` or `Correct`: the `###` heading the block is under. */
  kind: string;
  /** The words of the info string after `markdown`. */
  info: string[];
  text: string;
  /** 1-based line of the opening fence in the docs page. */
  line: number;
}

interface Page {
  id: string;
  text: string;
  /** Headings outside code blocks, as written (`## Why`). */
  headings: string[];
  examples: Example[];
  /** Code blocks per `###` or `##` section title, examples or not. */
  blocksUnder: Map<string, number>;
  /** Other files of the examples' project (`markdown skillc-file path=…` blocks): a page the example links. */
  files: Record<string, string>;
}

/** Read a page: headings outside fences, and every fenced block with its section. */
function readPage(id: string): Page {
  const text = readFileSync(join(DOCS, `${id}.md`), "utf8");
  const headings: string[] = [];
  const examples: Example[] = [];
  const blocksUnder = new Map<string, number>();
  const files: Record<string, string> = {};
  let section = "";
  let fence: { char: string; size: number; info: string; start: number; body: string[] } | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.size) {
        blocksUnder.set(section, (blocksUnder.get(section) ?? 0) + 1);
        const words = fence.info.split(/\s+/).filter(Boolean);
        if (words[0] === "markdown" && words[1]?.startsWith("skillc-example")) {
          examples.push({ kind: section, info: words.slice(1), text: `${fence.body.join("\n")}\n`, line: fence.start });
        }
        const file = words[1] === "skillc-file" ? words.find((w) => w.startsWith("path="))?.slice("path=".length) : undefined;
        if (file) files[file] = `${fence.body.join("\n")}\n`;
        fence = undefined;
      } else fence.body.push(line);
      return;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open) {
      fence = { char: open[1]![0]!, size: open[1]!.length, info: open[2]!.trim(), start: index + 1, body: [] };
      return;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*$/.exec(line);
    if (heading) {
      headings.push(`${heading[1]} ${heading[2]}`);
      section = heading[2]!;
    }
  });
  return { id, text, headings, examples, blocksUnder, files };
}

/** The frontmatter's `name`, read as the docs test's contract says: with a regex. */
function nameOf(example: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(example)?.[1] ?? "";
  const name = /^name:\s*["']?([^"'\s#]+)["']?\s*$/m.exec(frontmatter)?.[1];
  if (!name) throw new Error(`example has no frontmatter name:\n${example}`);
  return name;
}

/**
 * Examples a Markdown page cannot hold (`skillc-example-skip`) are generated from the
 * block's text by the rule's generator; a skip block without one fails the test.
 */
const GENERATORS: Record<string, (text: string) => Uint8Array> = {
  // The page shows the text; the file is that text in Latin-1, where `é` is the byte 0xE9.
  encoding: (text) => {
    expect(text, "the Latin-1 example needs a non-ASCII character").toMatch(/[\u0080-\u00ff]/);
    return Buffer.from(text, "latin1");
  },
  // The page shows one line and "⋮ N more lines like the one above"; the file has them all.
  "body-length": (text) => {
    const file = text.replace(/^(.*)\n⋮ (\d+) more lines like the one above$/m, (_, line: string, n: string) => Array(Number(n) + 1).fill(line).join("\n"));
    expect(file, "the example needs an elided run of lines").not.toBe(text);
    return Buffer.from(file, "utf8");
  },
};

/** Lint one example in a fresh project that has the protocol doc and the page's other files. */
async function lintExample(id: string, example: Example, files: Record<string, string> = {}): Promise<Diagnostic[]> {
  const root = mkdtempSync(join(tmpdir(), "skillc-rule-docs-"));
  try {
    for (const [rel, content] of Object.entries({ [PROTOCOL]: "# Integration framework\n\nHow every integration hook behaves.\n", ...files })) {
      mkdirSync(join(root, dirname(rel)), { recursive: true });
      writeFileSync(join(root, rel), content);
    }
    const path = example.info.find((w) => w.startsWith("path="))?.slice("path=".length) ?? `skills/${nameOf(example.text)}/SKILL.md`;
    const file = join(root, path);
    // A project rule's example is the same text saved at more places (`also=`), linted together.
    const copies = example.info.filter((w) => w.startsWith("also=")).map((w) => join(root, w.slice("also=".length)));
    for (const f of [file, ...copies]) mkdirSync(dirname(f), { recursive: true });
    if (example.info[0] === "skillc-example-skip") {
      const generate = GENERATORS[id];
      if (!generate) throw new Error(`${id}.md:${example.line}: a skillc-example-skip block needs a generator in rule-docs.test.ts`);
      writeFileSync(file, generate(example.text));
    } else for (const f of [file, ...copies]) writeFileSync(f, example.text);
    // The page's own rule is on, whichever preset holds it.
    const rule = rules.find((r) => r.id === id)!;
    const results = await lint({ paths: [file, ...copies], cwd: root, config: resolveConfig({ rules: { [id]: rule.meta.defaultSeverity } }, root) });
    expect(results).toHaveLength(1 + copies.length);
    return results.find((r) => r.filePath === file)!.messages;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Diagnostics as `line:column rule-id message`, for failure output. */
function show(messages: readonly Diagnostic[]): string {
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).join("\n") || "(no diagnostics)";
}

const ids = rules.map((r) => r.id).sort();
const pageIds = readdirSync(DOCS)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => f.slice(0, -3))
  .sort();

describe("rule docs", () => {
  it("has a page for every rule and a rule for every page", () => {
    for (const id of ids) expect(existsSync(join(DOCS, `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
    expect(pageIds).toEqual(ids);
  });

  it("lists every rule in the project README with its preset, level and whether it fixes", () => {
    const readme = readFileSync(join(DOCS, "../../README.md"), "utf8");
    const rows = readme.split("\n").filter((l) => /^\| `[a-z-]+` \| (recommended|strict) \|/.test(l));
    expect(rows.map((r) => /`([^`]+)`/.exec(r)![1]).sort()).toEqual(ids);
    for (const rule of rules) {
      const cells = rows.find((r) => r.startsWith(`| \`${rule.id}\` |`))!.split("|").map((c) => c.trim());
      expect(cells.slice(2, 5), rule.id).toEqual([rule.meta.preset, rule.meta.defaultSeverity, "fixable" in rule.meta && rule.meta.fixable ? "yes" : ""]);
    }
  });

  it("lists every rule in docs/rules/README.md with its default severity, preset and scope", () => {
    const readme = readFileSync(join(DOCS, "README.md"), "utf8");
    const rows = readme.split("\n").filter((l) => /^\|\s*\[`[^`]+`\]\([^)]+\.md\)/.test(l));
    expect(rows.map((r) => /\[`([^`]+)`\]/.exec(r)![1]).sort()).toEqual(ids);
    for (const rule of rules) {
      const row = rows.find((r) => r.includes(`[\`${rule.id}\`](${rule.id}.md)`));
      expect(row, rule.id).toBeDefined();
      const cells = row!.split("|").map((c) => c.trim());
      expect(cells[2], `${rule.id} severity`).toBe(`\`${rule.meta.defaultSeverity}\``);
      expect(cells[3], `${rule.id} preset`).toBe(`${rule.meta.preset}${"fixable" in rule.meta && rule.meta.fixable ? ", fixable" : ""}`);
      expect(cells[4], `${rule.id} scope`).toMatch(new RegExp(`^${rule.meta.scope}\\b`));
    }
  });
});

describe.each(ids)("docs/rules/%s.md", (id) => {
  const rule = rules.find((r) => r.id === id)!;
  const page = existsSync(join(DOCS, `${id}.md`)) ? readPage(id) : undefined;

  it("has the title, a summary and the required headings in order", () => {
    expect(page, "page exists").toBeDefined();
    const lines = page!.text.split("\n");
    expect(lines[0]).toBe(`# ${id}`);
    const summary = lines.slice(1).find((l) => l.trim() !== "");
    expect(summary, "one-line summary after the title").toMatch(/^[^#`|>-]/);
    const wanted = page!.headings.filter((h) => (HEADINGS as readonly string[]).includes(h));
    expect(wanted).toEqual([...HEADINGS]);
    expect(page!.headings.filter((h) => h.startsWith("# "))).toEqual([`# ${id}`]);
  });

  it("lists every message of the rule, by id, with its text", () => {
    const section = page!.text.split("\n## Messages\n")[1]?.split("\n## ")[0] ?? "";
    const rows = section.split("\n").flatMap((line) => {
      const row = /^\| `(\w+)` \| (.*) \|$/.exec(line);
      return row ? [[row[1]!, row[2]!.replace(/\\\|/g, "|")] as const] : [];
    });
    expect(rows).toEqual(Object.entries(rule.meta.messages));
  });

  it("states the default severity", () => {
    const section = page!.text.split("## Default severity")[1] ?? "";
    expect(section).toContain(`\`${rule.meta.defaultSeverity}\``);
  });

  it("has exactly one example block under Incorrect and one under Correct", () => {
    for (const kind of ["Incorrect", "Correct"]) {
      expect(page!.blocksUnder.get(kind), `${kind} code blocks`).toBe(1);
      expect(page!.examples.filter((e) => e.kind === kind), `${kind} skillc-example blocks`).toHaveLength(1);
    }
    for (const e of page!.examples) expect(["Incorrect", "Correct"], `example at line ${e.line}`).toContain(e.kind);
  });

  it("Incorrect example triggers the rule", async () => {
    const example = page!.examples.find((e) => e.kind === "Incorrect")!;
    const messages = await lintExample(id, example, page!.files);
    expect(messages.map((m) => m.ruleId), show(messages)).toContain(id);
  });

  it("Correct example does not trigger the rule", async () => {
    const example = page!.examples.find((e) => e.kind === "Correct")!;
    const messages = await lintExample(id, example, page!.files);
    expect(messages.map((m) => m.ruleId), show(messages)).not.toContain(id);
  });
});

describe("docs/rules/placeholder.md", () => {
  it("Incorrect example gives warnings, not errors, once it carries the scaffolded marker", async () => {
    const example = readPage("placeholder").examples.find((e) => e.kind === "Incorrect")!;
    const text = example.text.replace(/^(---\r?\n[\s\S]*?\r?\n---\r?\n)/, "$1\n<!-- skillc:scaffolded -->\n");
    expect(text).toContain("skillc:scaffolded");
    const found = (await lintExample("placeholder", { ...example, text })).filter((m) => m.ruleId === "placeholder");
    expect(found.length, show(found)).toBeGreaterThan(0);
    expect(found.map((m) => m.severity)).toEqual(found.map(() => 1));
  });
});
