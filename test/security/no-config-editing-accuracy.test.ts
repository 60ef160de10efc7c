/**
 * Measures no-config-editing on a labelled set (./config-editing-corpus.ts): recall on
 * user-facing requests to edit a config file or run a command, false positive rate on
 * user-facing text that only mentions config or describes the agent's work, and on
 * agent-facing instructions. Each case is a complete integration skill that links the protocol.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accuracyTests, type Outcome } from "./accuracy.js";
import { createLinter, parseSkill, resolveConfig, type LintResult } from "../../src/index.js";
import { hook, integrationSkill, PROTOCOL, SKILL_PATH } from "../helpers/fixtures.js";
import { NEGATIVES, POSITIVES, type ConfigCase } from "./config-editing-corpus.js";

const RULE = "no-config-editing";
const MIN_RECALL = 0.9;
const MAX_FPR = 0;

/** Required hooks whose setup hook's User Communication says `success` and `failure`. */
const saying = (success: string, failure: string) =>
  ["## Required Hooks", hook("Setup", { userCommunication: `**User Communication:**\n- Success: ${success}\n- Failure: ${failure}` }), hook("Sync"), hook("Error Handling")].join("\n\n");

/** The case placed into a complete integration skill. */
function skillFor(c: ConfigCase): string {
  switch (c.where ?? "tell") {
    case "tell":
      return integrationSkill({ extra: `## Messages\n\nTell the user: "${c.text}"` });
    case "success":
      return integrationSkill({ hooks: saying(`"${c.text}"`, '"I could not reach Trello."') });
    case "failure":
      return integrationSkill({ hooks: saying('"Connected to Trello."', c.text) });
    case "table":
      return integrationSkill({ extra: `## Messages\n\n| Step | Message |\n|---|---|\n| 1 | \u201c${c.text}\u201d |` });
    case "agent":
      return integrationSkill({ extra: `## Agent Notes\n\n${c.text}` });
  }
}


let root: string;
const outcomes = new Map<string, Outcome>();
const outcome = (c: ConfigCase) => outcomes.get(c.id)!;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "skillc-config-editing-"));
  mkdirSync(dirname(join(root, PROTOCOL)), { recursive: true });
  writeFileSync(join(root, PROTOCOL), "# Integration framework\n");
  const linter = createLinter(resolveConfig({}, root));
  const path = join(root, SKILL_PATH);
  for (const c of [...POSITIVES, ...NEGATIVES]) {
    const result = await linter.lintDocument(parseSkill(path, skillFor(c)));
    outcomes.set(c.id, { c, result, flagged: result.messages.some((m) => m.ruleId === RULE) });
  }
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("no-config-editing accuracy", () => {
  it("has a labelled set of at least 20 positives and 20 negatives with unique ids", () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(20);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(20);
    expect(NEGATIVES.some((c) => c.where === "agent")).toBe(true);
    const ids = [...POSITIVES, ...NEGATIVES].map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every case is an otherwise clean integration skill, so only the measured rule can fire", () => {
    const others = [...outcomes.values()].flatMap((o) => o.result.messages.filter((m) => m.ruleId !== RULE).map((m) => `${o.c.id}: ${m.ruleId} ${m.message}`));
    expect(others).toEqual([]);
  });

  accuracyTests(RULE, { positives: POSITIVES, negatives: NEGATIVES }, outcome, { minRecall: MIN_RECALL, maxFpr: MAX_FPR });
});
