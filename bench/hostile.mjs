#!/usr/bin/env node
/**
 * Hostile lines against each detector: a 500 KB line built to make one regex or scanner
 * backtrack, linted in this process through the built library, in a fenced block and in a
 * paragraph. Prints ms and seconds per MB per case; exits 1 if any case takes over 2 s per MB.
 * A benchmark, not a test: run it with `npm run bench:hostile` on a quiet machine.
 */
import { createLinter, parseSkill, resolveConfig } from "../dist/index.js";

const SIZE = 500 * 1024;
const repeat = (/** @type {string} */ unit) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const CASES = {
  "openai sk- prefix": repeat("sk-"),
  "openai sk-proj-": repeat("sk-proj-"),
  "github ghp_": repeat("ghp_"),
  "slack xoxb-": repeat("xoxb-"),
  "stripe sk_live_": repeat("sk_live_a"),
  "aws AKIA": repeat("AKIA"),
  "jwt eyJ-": repeat("eyJ-"),
  "jwt eyJ.": repeat("eyJabcdefghijkl."),
  "url password": repeat("a://b:c"),
  "trello ATTA": repeat("ATTA"),
  "name = value (key)": repeat("key"),
  "name-key-": repeat("key-"),
  "password gate": repeat("pass"),
  "aws secret name": repeat("aws_secret_key "),
  "token characters": repeat("aB3"),
  "placeholder [": repeat("[a"),
  "quotes": repeat('"a '),
  "comment <!--": repeat("<!--"),
  "disable directive": `<!-- skillc-disable ${repeat("a ")} -->`,
  "config editing": repeat("edit the config "),
  "backticks": repeat("`a"),
  "gitlab glpat-": repeat("glpat-"),
  "hugging face hf_": repeat("hf_"),
  "slack xapp-1-": repeat("xapp-1-"),
  "vault s.": repeat("s.a1B2"),
  "twitter AAAA": repeat("A"),
  "telegram digits:A": repeat("1234567890:A"),
  "azure Q~": repeat("abc1Q~"),
  "name key=": repeat("key="),
  "name token: ": repeat("token: "),
  "xml <aToken>": repeat("<aToken>"),
  "flag --token ": repeat("--token "),
  "curl -u a:": repeat(" -u a:"),
  "url a:b@": repeat("a://b:c@"),
  "private key block": repeat("-----BEGIN PRIVATE KEY-----"),
  "jwt eyJa.eyJa.": repeat("eyJabcdefgh.eyJabcdefgh."),
  "hex run": repeat("0123456789abcdef"),
};

// The default limits: a line this long is a `limits` diagnostic rather than parsed, but every
// rule that reads the raw text (no-secrets, disable comments, the limit scanners) still runs on it.
const config = resolveConfig({}, process.cwd());

// Inline constructs the parser resolves per paragraph: ten paragraphs of 49,000 characters each,
// the most the paragraph limit lets through (one 500 KB paragraph would never reach the parser).
const PARAGRAPHS = { "emphasis *a_": "*a_", "strikethrough ~a": "~a", "inline comments <!--": "a <!--", "link openers [a](": "[a](" };
const linter = createLinter(config);
const head = "---\nname: hostile\ndescription: A hostile skill. Use when measuring.\n---\n\n# Hostile\n\n";
let worst = 0;
const rows = [];
for (const [name, line] of Object.entries(CASES)) {
  for (const where of ["paragraph", "fenced"]) {
    const text = where === "fenced" ? `${head}\`\`\`\n${line}\n\`\`\`\n` : `${head}${line}\n`;
    const start = performance.now();
    const doc = parseSkill("/tmp/hostile/SKILL.md", text, { limits: config.limits });
    await linter.lintDocument(doc);
    const ms = performance.now() - start;
    const perMb = ms / 1000 / (Buffer.byteLength(text) / 1024 / 1024);
    worst = Math.max(worst, perMb);
    rows.push(`| ${name} | ${where} | ${ms.toFixed(0)} | ${perMb.toFixed(2)} |`);
    process.stderr.write(`${name} ${where}: ${ms.toFixed(0)} ms\n`);
  }
}
for (const [name, unit] of Object.entries(PARAGRAPHS)) {
  const paragraph = unit.repeat(Math.ceil(49_000 / unit.length)).slice(0, 49_000);
  const text = `${head}${Array(10).fill(paragraph).join("\n\n")}\n`;
  const start = performance.now();
  await linter.lintDocument(parseSkill("/tmp/hostile/SKILL.md", text, { limits: config.limits }));
  const ms = performance.now() - start;
  const perMb = ms / 1000 / (Buffer.byteLength(text) / 1024 / 1024);
  worst = Math.max(worst, perMb);
  rows.push(`| ${name} | 10 paragraphs | ${ms.toFixed(0)} | ${perMb.toFixed(2)} |`);
  process.stderr.write(`${name} 10 paragraphs: ${ms.toFixed(0)} ms\n`);
}
console.log(["| case | where | ms | s per MB |", "|---|---|---:|---:|", ...rows].join("\n"));
console.log(`\nworst: ${worst.toFixed(2)} s per MB (limit 2)`);
process.exitCode = worst > 2 ? 1 : 0;
