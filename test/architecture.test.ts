/**
 * The layout holds: each folder of src/ opens with a header (its index.ts or README.md) whose
 * "May import:" line lists the folders it builds on, and its files import nothing else. So the
 * headers are the layout's documentation and this test keeps them true.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const toPosix = (p: string) => p.split(sep).join("/");

/** Every .ts file under src/, `/`-separated and relative to it. */
const files = (readdirSync(SRC, { recursive: true }) as string[]).map(toPosix).filter((f) => f.endsWith(".ts"));
const folders = [...new Set(files.map((f) => posix.dirname(f)).filter((d) => d !== "."))].sort();

/** The src-relative files a file imports (static imports, re-exports and dynamic `import()`). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)["'](\.{1,2}\/[^"']+)["']/gm)) {
    out.push(posix.normalize(posix.join(posix.dirname(file), m[1]!)).replace(/\.js$/, ".ts"));
  }
  return out;
}

/** The unit a file belongs to, as headers name it: `model/` for a folder's files, `errors.ts` for a file at the top. */
const unitOf = (file: string) => (file.includes("/") ? `${file.split("/")[0]}/` : file);

/** The "May import:" list of a folder's header (its index.ts, else its README.md); undefined for "anything". */
function allowed(folder: string): string[] | undefined {
  const header = ["index.ts", "README.md"].find((name) => existsSync(join(SRC, folder, name)));
  const line = header && /May import: ([^\n]*)/.exec(readFileSync(join(SRC, folder, header), "utf8"))?.[1];
  if (line === undefined) throw new Error(`src/${folder} has no header (index.ts or README.md) with a "May import:" line`);
  if (/^anything\b/.test(line)) return undefined;
  return [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

const imports = files.flatMap((file) => importsOf(file).map((target) => ({ file, target })));

describe("src/ layout", () => {
  it("every folder opens with a header that says what it may import", () => {
    for (const folder of folders) expect(() => allowed(folder), folder).not.toThrow();
  });

  it.each(folders)("%s imports only what its header allows", (folder) => {
    const allow = allowed(folder);
    if (!allow) return;
    const own = `${folder.split("/")[0]}/`;
    const bad = imports
      .filter(({ file }) => posix.dirname(file) === folder)
      .filter(({ target }) => unitOf(target) !== own && !allow.includes(unitOf(target)))
      .map(({ file, target }) => `${file} -> ${target}`);
    expect(bad).toEqual([]);
  });

  it("the headers' layers have no cycle", () => {
    const graph = new Map(folders.filter((f) => !f.includes("/")).map((f) => [`${f}/`, allowed(f) ?? []]));
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (unit: string, path: string[]): void => {
      if (done.has(unit)) return;
      if (visiting.has(unit)) throw new Error(`cycle: ${[...path, unit].join(" -> ")}`);
      visiting.add(unit);
      for (const next of graph.get(unit) ?? []) if (graph.has(next)) visit(next, [...path, unit]);
      visiting.delete(unit);
      done.add(unit);
    };
    // cli/ may import anything: it is the top, so it is not part of a cycle.
    for (const unit of graph.keys()) if (unit !== "cli/") visit(unit, []);
  });

  it("compile/, docs/ and scaffold/ never import each other", () => {
    const peers = ["compile/", "docs/", "scaffold/"];
    const bad = imports.filter(({ file, target }) => peers.includes(unitOf(file)) && peers.includes(unitOf(target)) && unitOf(file) !== unitOf(target));
    expect(bad).toEqual([]);
  });

  it("a rule imports no other rule: only define.ts and shared helpers", () => {
    // The rules are the files the registry imports; every other file of rules/ is a shared helper.
    const ruleFiles = new Set(imports.filter(({ file, target }) => file === "rules/index.ts" && target !== "rules/define.ts").map(({ target }) => target));
    expect(ruleFiles.size).toBeGreaterThan(10);
    const bad = imports.filter(({ file, target }) => ruleFiles.has(file) && ruleFiles.has(target));
    expect(bad).toEqual([]);
  });

  it("only cli/ imports cli/; only cli/, the language server and the library entry import api.ts and lint/", () => {
    const bad = imports.filter(({ file, target }) => {
      const from = unitOf(file);
      if (from === "cli/" || (from === unitOf(target) && from.endsWith("/"))) return false;
      if (target.startsWith("cli/")) return true;
      if (target === "api.ts") return from !== "index.ts";
      // The language server is a front end, as cli/ is: it drives the lint pipeline.
      if (target.startsWith("lint/")) return from !== "index.ts" && from !== "api.ts" && from !== "lsp/";
      return false;
    });
    expect(bad).toEqual([]);
  });

  it("errors.ts imports nothing", () => {
    expect(importsOf("errors.ts")).toEqual([]);
  });

  it("every import names a file that exists", () => {
    expect(imports.filter(({ target }) => !files.includes(target)).map(({ file, target }) => `${file} -> ${target}`)).toEqual([]);
  });
});
