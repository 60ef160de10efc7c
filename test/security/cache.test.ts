/**
 * A corrupt lint cache of the right version (`--cache`) costs a relint, never an internal error:
 * whatever JSON value stands anywhere in a valid cache file, lint() answers every file and its
 * results can be formatted. (The random cases: a fifth in `npm test`, all in `npm run test:slow`.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatters, lint, resolveConfig, type LintResult, type ResolvedConfig } from "../../src/index.js";
import { propertyRuns } from "../helpers/runs.js";

const CACHE = ".skillccache";
const skill = (name: string, body: string) => `---\nname: ${name}\ndescription: Notes for the cache tests.\n---\n\n# ${name}\n\n${body}\n`;
const FILES: Record<string, string> = {
  "skillc.config.json": "{}\n",
  "skills/clean/SKILL.md": skill("clean", "See [the guide](guide.md)."),
  "skills/clean/guide.md": "# Guide\n",
  "skills/broken/SKILL.md": skill("wrong-name", "See [nothing](missing.md)."),
  "skills/warned/SKILL.md": skill("warned", "Plain text.").replace("description:", "author: x\ndescription:"),
};

let root: string;
let config: ResolvedConfig;
/** The results of a run without a cache, and the valid cache file it left. */
let fresh: LintResult[];
let valid: unknown;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "skillc-cache-"));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  config = resolveConfig({}, root);
  fresh = await lint({ cwd: root, config, cache: CACHE });
  valid = JSON.parse(readFileSync(join(root, CACHE), "utf8"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Lint with `cache` as the cache file's text. */
async function lintWithCache(cache: string): Promise<LintResult[]> {
  writeFileSync(join(root, CACHE), cache);
  return lint({ cwd: root, config, cache: CACHE });
}

/** What a caller can rely on: one well-formed result per file, which every formatter can print. */
function expectUsable(results: LintResult[]): void {
  expect(results.map((r) => r.filePath)).toEqual(fresh.map((r) => r.filePath));
  for (const r of results) {
    expect(r.errorCount).toBe(r.messages.filter((m) => m.severity === 2).length);
    expect(r.warningCount).toBe(r.messages.length - r.errorCount);
  }
  for (const format of Object.values(formatters)) expect(typeof format(results, { cwd: root, color: false, version: "0.0.0" })).toBe("string");
}

type Path = (string | number)[];

/** Every place in a JSON value: the value itself, and each property and element, recursively. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

/** A copy of `value` with `replacement` at `path`. */
function substitute(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = substitute(copy[head!], rest, replacement);
  return copy;
}

/** The path of an entry of the valid cache, below `entries`. */
const entry = (file: string, ...rest: Path): Path => ["entries", `skills/${file}/SKILL.md`, ...rest];

describe("a corrupt lint cache", () => {
  it("is read back when it is valid: the cached run gives the fresh results", async () => {
    expect(fresh.map((r) => r.messages.map((m) => m.ruleId))).toEqual([["name-directory", "links"], [], ["unknown-frontmatter-key"]]);
    expect(await lintWithCache(JSON.stringify(valid))).toEqual(fresh);
  });

  it.each<[string, Path, unknown]>([
    ["deps: null", entry("clean", "deps"), null],
    ["deps: an array", entry("clean", "deps"), ["guide.md"]],
    ["a dep that is not a boolean", entry("clean", "deps", "skills/clean/guide.md"), "yes"],
    ["reads: missing (an older cache)", entry("clean", "reads"), undefined],
    ["reads: an array", entry("clean", "reads"), ["guide.md"]],
    ["a read whose digest is not a string", entry("clean", "reads", "skills/clean/guide.md"), 1],
    ["entries: null", ["entries"], null],
    ["entries: an array", ["entries"], [1, 2]],
    ["an entry that is a string", entry("broken"), "x"],
    ["hash: a number", entry("broken", "hash"), 42],
    ["result: null", entry("broken", "result"), null],
    ["messages: not an array", entry("broken", "result", "messages"), { length: 2 }],
    ["a message that is null", entry("broken", "result", "messages", 0), null],
    ["a message without a line", entry("broken", "result", "messages", 0, "line"), null],
    ["a severity that is not 1 or 2", entry("broken", "result", "messages", 0, "severity"), 3],
    ["an errorCount that is a string", entry("broken", "result", "errorCount"), "2"],
    ["a filePath inside the result", entry("broken", "result", "filePath"), 7],
    ["the whole file: null", [], null],
    ["the whole file: an array", [], []],
  ])("%s: the entry is dropped and the file linted afresh", async (_, path, value) => {
    const results = await lintWithCache(JSON.stringify(substitute(valid, path, value)));
    expectUsable(results);
    expect(results).toEqual(fresh);
    // The next run's cache is whole again.
    expect(await lintWithCache(readFileSync(join(root, CACHE), "utf8"))).toEqual(fresh);
  });

  it("never fails, whatever JSON value stands anywhere in a valid cache file", async () => {
    const paths = pathsOf(valid);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), async (path, value) => {
        expectUsable(await lintWithCache(JSON.stringify(substitute(valid, path, value))));
      }),
      propertyRuns(200),
    );
  });

  it("never fails on a cache file that is any JSON value, or not JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string()), async (text) => {
        expect(await lintWithCache(text)).toEqual(fresh);
      }),
      propertyRuns(100),
    );
  });
});
