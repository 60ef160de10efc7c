import { describe, expect, it } from "vitest";
import { at, hits, hook, type HookParts, integrationSkill, lintFixture, spans, withEol } from "../helpers/fixtures.js";

const RULE = "hook-structure";
/** The required hooks with `setup` built from `parts`. */
const withSetup = (parts: HookParts) => ["## Required Hooks", hook("Setup", parts), hook("Sync"), hook("Error Handling")].join("\n\n");

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      ["a bulleted Behavior list and `Behaviour`", integrationSkill({ hooks: withSetup({ behavior: "**Behaviour:**\n- Call the server.\n- Record it." }) })],
      ["a blank line between label and list", integrationSkill({ hooks: withSetup({ errorHandling: "**Error Handling:**\n\n- Timeout: retry once." }) })],
      ["lower-case Success and Failure", integrationSkill({ hooks: withSetup({ userCommunication: '**User Communication:**\n- success: "Connected to Demo."\n- failure: "Demo is unreachable."' }) })],
      ["a complete optional hook", integrationSkill({ optionalHooks: `## Optional Hooks\n\n${hook("Status")}` })],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a hook without Trigger: at the hook's heading", async () => {
      const text = integrationSkill({ hooks: withSetup({ trigger: null }) });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "### Setup")]);
    });

    it("a Trigger label with no text: at the label", async () => {
      const text = integrationSkill({ hooks: withSetup({ trigger: "**Trigger:**" }) });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "**Trigger:**")]);
    });

    it("a Trigger that is not bold is no Trigger: at the hook's heading", async () => {
      const text = integrationSkill({ hooks: withSetup({ trigger: "Trigger: the user asks." }) });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "### Setup")]);
    });

    it("a Behavior label without a list: at the label", async () => {
      const text = integrationSkill({ hooks: withSetup({ behavior: "**Behavior:** call the server and record the result." }) });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "**Behavior:**")]);
    });

    it("an error case without `case: response`: at the item", async () => {
      const text = integrationSkill({ hooks: withSetup({ errorHandling: "**Error Handling:**\n- Retry later" }) });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "- Retry later")]);
    });

    it("User Communication without Failure: at the label", async () => {
      const text = integrationSkill({ hooks: withSetup({ userCommunication: '**User Communication:**\n- Success: "Connected to Demo."' }) });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "**User Communication:**")]);
    });

    it("a hook with only a Trigger: three diagnostics at its heading", async () => {
      const text = integrationSkill({ hooks: withSetup({ behavior: null, errorHandling: null, userCommunication: null }) });
      const heading = at(text, "### Setup");
      expect(hits(await lintFixture(text), RULE)).toEqual([heading, heading, heading]);
    });

    it("a hook defined twice: at the second heading, naming the first's line", async () => {
      const text = integrationSkill({ hooks: ["## Required Hooks", hook("Setup"), hook("Sync"), hook("Error Handling"), hook("sync")].join("\n\n") });
      const diagnostics = (await lintFixture(text)).filter((d) => d.ruleId === RULE);
      expect(diagnostics.map((d) => ({ line: d.line, column: d.column }))).toEqual([at(text, "### sync")]);
      expect(diagnostics[0]!.message).toBe(
        `Hook \`sync\` is defined again here (first at line ${at(text, "### Sync").line}); skillc checks only the first, so merge the two`,
      );
    });

    it("an incomplete optional hook is checked too", async () => {
      const text = integrationSkill({ optionalHooks: `## Optional Hooks\n\n${hook("Status", { errorHandling: null })}` });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "### Status")]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const bad = integrationSkill({ hooks: withSetup({ trigger: "**Trigger:**", errorHandling: "**Error Handling:**\n- Retry later", userCommunication: null }) });
    const lf = spans(await lintFixture(bad));
    expect(lf.filter((d) => d[0] === RULE)).toHaveLength(3);
    expect(spans(await lintFixture(withEol(bad, eol)))).toEqual(lf);
  });
});
