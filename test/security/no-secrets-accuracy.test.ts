/**
 * Measures no-secrets on a labelled set (./secrets-corpus.ts): recall on real-format (fake)
 * credentials, false positive rate on token-like text that is not a credential, masking in every
 * output format, and silence on the public skills corpus. The thresholds are what a secret
 * scanner must reach to be trusted in CI, not what the current rule happens to reach.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accuracyTests, type Outcome } from "./accuracy.js";
import { createLinter, formatters, lint, parseSkill, resolveConfig, type FormatName, type LintResult } from "../../src/index.js";
import { REPO } from "../helpers/cli.js";
import { plainSkill, PROTOCOL, SKILL_PATH } from "../helpers/fixtures.js";
import { NEGATIVES, POSITIVES, type SecretCase } from "./secrets-corpus.js";

const RULE = "no-secrets";
const MIN_RECALL = 0.95;
const MAX_FPR = 0;


let root: string;
const outcomes = new Map<string, Outcome>();

async function measure(cases: readonly SecretCase[]): Promise<void> {
  const linter = createLinter(resolveConfig({}, root));
  const path = join(root, SKILL_PATH);
  for (const c of cases) {
    const result = await linter.lintDocument(parseSkill(path, plainSkill(c.text)));
    outcomes.set(c.id, { c, result, flagged: result.messages.some((m) => m.ruleId === RULE) });
  }
}

const outcome = (c: SecretCase) => outcomes.get(c.id)!;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "skillc-secrets-"));
  mkdirSync(dirname(join(root, PROTOCOL)), { recursive: true });
  writeFileSync(join(root, PROTOCOL), "# Integration framework\n");
  await measure([...POSITIVES, ...NEGATIVES]);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("no-secrets accuracy", () => {
  it("has a labelled set of at least 40 positives and 40 negatives with unique ids", () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(40);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(40);
    const ids = [...POSITIVES, ...NEGATIVES].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of POSITIVES) expect(p.secret, p.id).toBeTruthy();
  });

  accuracyTests(RULE, { positives: POSITIVES, negatives: NEGATIVES }, outcome, { minRecall: MIN_RECALL, maxFpr: MAX_FPR });
});

/** Every 8-character window of the secret after its first 4 characters (or the whole secret when shorter). */
function leakWindows(secret: string): string[] {
  const tail = secret.slice(4);
  if (tail.length < 8) return [secret];
  const windows = [secret];
  for (let i = 0; i + 8 <= tail.length; i++) windows.push(tail.slice(i, i + 8));
  return windows;
}

describe("no-secrets never shows the secret", () => {
  const FORMATS = Object.keys(formatters) as FormatName[];

  it.each(POSITIVES.map((c) => [c.id, c] as const))("%s is masked in every format", (_, c) => {
    const { result } = outcome(c);
    for (const format of FORMATS) {
      const output = formatters[format]([result], { cwd: root, color: false, version: "0.0.0" });
      const leaked = leakWindows(c.secret!).filter((w) => output.includes(w));
      expect(leaked, `${format} output of ${c.id} shows part of the secret`).toEqual([]);
    }
  });
});

const CORPUS = join(REPO, "../shared/corpus");
const corpusPresent = existsSync(CORPUS);
if (!corpusPresent) console.log(`note: ${CORPUS} is absent, so no-secrets is not checked on the public skills corpus`);

describe.skipIf(!corpusPresent)("no-secrets on the public skills corpus", () => {
  const skills = corpusPresent
    ? readdirSync(CORPUS, { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith("SKILL.md")).map((p) => join(CORPUS, p))
    : [];

  it.each(skills)("no finding in %s", async (file) => {
    const [result] = await lint({ paths: [file], cwd: CORPUS, config: resolveConfig({}, CORPUS) });
    expect(result!.messages.filter((m) => m.ruleId === RULE)).toEqual([]);
  });
});
