#!/usr/bin/env node
/**
 * npm run bench:secrets: no-secrets' recall and false alarms on the labelled test cases that
 * gitleaks and secretlint publish, each case written into a SKILL.md in the shapes a skill holds
 * a value in (a fenced block, an env line, a table cell, inline code, prose).
 *
 * The cases are read from local snapshots of the two repositories at the commits pinned in
 * bench/secrets/pins.json (bring them with the search tool's fetch, or set SKILLC_GITLEAKS_GIT and
 * SKILLC_SECRETLINT_GIT to their git directories) and cached in bench/secrets/cases.json, which
 * is not committed: it is the scanners' own test data.
 *
 *   node bench/secrets.mjs [--dist DIR] [--json OUT] [--compare BEFORE.json] [--misses]
 *
 * --dist measures another build of skillc (the rule before a change, say); --json keeps the
 * figures; --compare prints them beside an earlier run's.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gitleaksCases, secretlintCases } from "./secrets/extract.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const { values: opts } = parseArgs({
  options: { dist: { type: "string" }, json: { type: "string" }, compare: { type: "string" }, misses: { type: "boolean" }, refresh: { type: "boolean" } },
});

/** @typedef {import("./secrets/extract.mjs").Case} Case */

/** @returns {Case[]} */
function loadCases() {
  const cache = join(here, "secrets/cases.json");
  if (existsSync(cache) && !opts.refresh) return JSON.parse(readFileSync(cache, "utf8"));
  /** @type {{ repo: string, commit: string, env: string, gitDir: string }[]} */
  const pins = JSON.parse(readFileSync(join(here, "secrets/pins.json"), "utf8"));
  /** @type {Case[]} */
  const cases = [];
  for (const pin of pins) {
    const gitDir = process.env[pin.env] ?? pin.gitDir;
    if (!existsSync(gitDir)) throw new Error(`no snapshot of ${pin.repo} at ${gitDir}: fetch github:${pin.repo}, or set ${pin.env}`);
    const { cases: found, skipped } = pin.repo === "gitleaks/gitleaks" ? gitleaksCases({ ...pin, gitDir }) : secretlintCases({ ...pin, gitDir });
    process.stderr.write(`${pin.repo}@${pin.commit.slice(0, 12)}: ${found.length} cases (${skipped.length} statements or snapshots skipped)\n`);
    cases.push(...found);
  }
  // A line one scanner's rule leaves alone but another's reports is not a non-secret.
  const secretTexts = new Set(cases.filter((c) => c.label === "secret").map((c) => c.text));
  const kept = cases.filter((c) => c.label === "secret" || !secretTexts.has(c.text));
  writeFileSync(cache, `${JSON.stringify(kept, null, 1)}\n`);
  return kept;
}

/** The skill shapes a case is written in; a multi-line case fits only a fenced block. */
const SHAPES = {
  fenced: (/** @type {string} */ t) => `\`\`\`text\n${t}\n\`\`\``,
  env: (/** @type {string} */ t) => (/^[^\s"'=:`]+$/.test(t) ? `\`\`\`sh\nexport VALUE=${t}\n\`\`\`` : undefined),
  table: (/** @type {string} */ t) => `| Setting | Value |\n|---|---|\n| value | ${t.replaceAll("|", "\\|")} |`,
  inline: (/** @type {string} */ t) => (t.includes("`") ? `Set \`\` ${t} \`\` first.` : `Set \`${t}\` first.`),
  prose: (/** @type {string} */ t) => `The value is ${t} here.`,
};

const dist = resolve(opts.dist ?? join(here, "../dist"));
const { createLinter, parseSkill, resolveConfig } = await import(pathToFileURL(join(dist, "index.js")).href);
const config = resolveConfig({}, "/tmp/skillc-bench-secrets");
const linter = createLinter(config);
const head = "---\nname: bench-secrets\ndescription: A skill made from a labelled secret case. Use when measuring.\n---\n\n# Case\n\n";

const cases = loadCases();
/** @type {Map<string, { tp: number, fn: number, fp: number, tn: number }>} */
const families = new Map();
/** @type {string[]} */
const misses = [];
const start = performance.now();
let files = 0;
for (const c of cases) {
  const multiLine = c.text.includes("\n");
  for (const [shape, make] of Object.entries(SHAPES)) {
    if (multiLine && shape !== "fenced") continue;
    const body = make(c.text);
    if (body === undefined) continue;
    files++;
    const doc = parseSkill("/tmp/skillc-bench-secrets/bench-secrets/SKILL.md", `${head}${body}\n`, { limits: config.limits });
    const found = (await linter.lintDocument(doc)).messages.filter((/** @type {{ ruleId: string }} */ m) => m.ruleId === "no-secrets");
    const key = `${c.source} ${c.family}`;
    const f = families.get(key) ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
    families.set(key, f);
    if (c.label === "secret") found.length > 0 ? f.tp++ : (f.fn++, misses.push(`miss  ${c.id} [${shape}] ${JSON.stringify(c.text).slice(0, 160)}`));
    else
      found.length > 0
        ? (f.fp++, misses.push(`alarm ${c.id} [${shape}] ${JSON.stringify(c.text).slice(0, 160)} -> ${found.map((/** @type {{ message: string }} */ m) => m.message.replace(/:.*/, "")).join("; ")}`))
        : f.tn++;
  }
}
const ms = performance.now() - start;

const total = { tp: 0, fn: 0, fp: 0, tn: 0 };
for (const f of families.values()) for (const k of /** @type {const} */ (["tp", "fn", "fp", "tn"])) total[k] += f[k];
const figures = { dist, files, ms: Math.round(ms), total, families: Object.fromEntries([...families].sort()) };
if (opts.json) writeFileSync(opts.json, `${JSON.stringify(figures, null, 1)}\n`);
if (opts.misses) console.error(misses.join("\n"));

/** @param {{ tp: number, fn: number, fp: number, tn: number } | undefined} f */
const cell = (f) => {
  if (!f) return "– | –";
  const pos = f.tp + f.fn;
  const neg = f.fp + f.tn;
  return `${pos ? `${f.tp}/${pos}` : "–"} | ${neg ? `${f.fp}/${neg}` : "–"}`;
};
/** @param {{ tp: number, fn: number, fp: number, tn: number }} f */
const summary = (f) => `recall ${((f.tp / (f.tp + f.fn)) * 100).toFixed(1)}% (${f.tp}/${f.tp + f.fn}), false alarms ${((f.fp / (f.fp + f.tn)) * 100).toFixed(1)}% (${f.fp}/${f.fp + f.tn})`;

const before = opts.compare ? JSON.parse(readFileSync(opts.compare, "utf8")) : undefined;
const lines = [];
if (before) {
  lines.push("| family | found before | false alarms before | found after | false alarms after |", "|---|---:|---:|---:|---:|");
  for (const [key, f] of Object.entries(figures.families)) lines.push(`| ${key} | ${cell(before.families[key])} | ${cell(f)} |`);
  lines.push(`| **all** | ${cell(before.total)} | ${cell(figures.total)} |`, "", `before: ${summary(before.total)}`);
} else {
  lines.push("| family | found | false alarms |", "|---|---:|---:|");
  for (const [key, f] of Object.entries(figures.families)) lines.push(`| ${key} | ${cell(f)} |`);
  lines.push(`| **all** | ${cell(figures.total)} |`, "");
}
lines.push(`${before ? "after: " : ""}${summary(figures.total)}; ${files} skill files from ${cases.length} cases, linted in ${(ms / 1000).toFixed(1)} s`);
console.log(lines.join("\n"));
