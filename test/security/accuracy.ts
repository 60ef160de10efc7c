/** Shared by the accuracy tests: measure a rule's recall and false positive rate on a labelled set. */
import { describe, expect, it } from "vitest";
import type { LintResult } from "../../src/index.js";

export interface Outcome {
  c: { id: string; note: string };
  result: LintResult;
  flagged: boolean;
}

export function describeCase(rule: string, o: Outcome, expected: string): string {
  const got = o.flagged ? o.result.messages.filter((m) => m.ruleId === rule).map((m) => `${m.line}:${m.column} ${m.message}`).join(" | ") : "no finding";
  return `${o.c.id} (${o.c.note}): expected ${expected}, got ${got}`;
}

/** The recall / false-positive test, then one test per case so a failure names it. */
export function accuracyTests<C extends { id: string; note: string }>(
  rule: string,
  sets: { positives: readonly C[]; negatives: readonly C[] },
  outcome: (c: C) => Outcome,
  limits: { minRecall: number; maxFpr: number },
): void {
  const { positives, negatives } = sets;
  it(`recall >= ${limits.minRecall} and false positive rate <= ${limits.maxFpr}`, () => {
    const missed = positives.map(outcome).filter((o) => !o.flagged);
    const falseAlarms = negatives.map(outcome).filter((o) => o.flagged);
    const recall = (positives.length - missed.length) / positives.length;
    const fpr = falseAlarms.length / negatives.length;
    console.log(
      [
        `${rule}: recall ${recall.toFixed(3)} (${positives.length - missed.length}/${positives.length}), ` +
          `false positive rate ${fpr.toFixed(3)} (${falseAlarms.length}/${negatives.length})`,
        ...missed.map((o) => `  missed  ${describeCase(rule, o, "a finding")}`),
        ...falseAlarms.map((o) => `  flagged ${describeCase(rule, o, "no finding")}`),
      ].join("\n"),
    );
    expect(recall, `missed: ${missed.map((o) => o.c.id).join(", ")}`).toBeGreaterThanOrEqual(limits.minRecall);
    expect(fpr, `flagged: ${falseAlarms.map((o) => o.c.id).join(", ")}`).toBeLessThanOrEqual(limits.maxFpr);
  });

  describe("each positive is flagged", () => {
    it.each(positives.map((c) => [c.id, c] as const))("%s", (_, c) => {
      expect(outcome(c).flagged, describeCase(rule, outcome(c), "a finding")).toBe(true);
    });
  });

  describe("no negative is flagged", () => {
    it.each(negatives.map((c) => [c.id, c] as const))("%s", (_, c) => {
      expect(outcome(c).flagged, describeCase(rule, outcome(c), "no finding")).toBe(false);
    });
  });
}
