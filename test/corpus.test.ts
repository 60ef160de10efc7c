/**
 * Real public skills (../shared/corpus, present in CI, absent from a user's clone): none may
 * crash skillc, and none may get an integration-rule or a no-secrets diagnostic.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { lint, resolveConfig, rules } from "../src/index.js";
import { REPO } from "./helpers/cli.js";

const CORPUS = join(REPO, "../shared/corpus");
const present = existsSync(CORPUS);
if (!present) console.warn(`note: ${CORPUS} is absent (a user's clone), so the corpus tests are skipped; CI always has it`);

/** Rules that must never fire on a plain skill. */
const FORBIDDEN = new Set([...rules.filter((r) => r.meta.scope === "integration").map((r) => r.id), "no-secrets", "no-config-editing"]);

describe.skipIf(!present)("the public skills corpus", () => {
  const skills = present
    ? readdirSync(CORPUS, { recursive: true, encoding: "utf8" }).filter((p) => p.endsWith("SKILL.md")).map((p) => join(CORPUS, p))
    : [];

  it("has skills to lint", () => {
    expect(skills.length).toBeGreaterThan(10);
  });

  // Precision: the recommended preset (the default) finds exactly the corpus's two real
  // specification violations, and nothing else, however many rules it grows.
  it("gives exactly its two real spec violations under the recommended preset", async () => {
    const results = await lint({ paths: skills, cwd: CORPUS, config: resolveConfig({ extends: "skillc:recommended" }, CORPUS) });
    const found = results.flatMap((r) => r.messages.map((m) => `${relative(CORPUS, r.filePath)}:${m.line}:${m.column} ${m.ruleId}`));
    expect(found).toEqual(["anthropics-skills/claude-api/SKILL.md:3:14 frontmatter", "anthropics-skills/template/SKILL.md:2:7 name-directory"]);
  });

  it.each(skills)("lints %s without crashing or integration-rule diagnostics", async (file) => {
    const results = await lint({ paths: [file], cwd: CORPUS, config: resolveConfig({}, CORPUS) });
    expect(results).toHaveLength(1);
    const forbidden = results[0]!.messages.filter((m) => FORBIDDEN.has(m.ruleId));
    expect(forbidden).toEqual([]);
  });
});
