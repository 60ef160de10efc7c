import { describe, expect, it } from "vitest";
import { at, hits, hook, type HookParts, idHits, integrationSkill, lintFixture, spans, withEol } from "../helpers/fixtures.js";

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

  describe("message ids", () => {
    it.each([
      ["missing", withSetup({ trigger: null }), "### Setup"],
      ["empty", withSetup({ trigger: "**Trigger:**" }), "**Trigger:**"],
      ["tooFew", withSetup({ behavior: "**Behavior:** call the server and record the result." }), "**Behavior:**"],
      ["duplicate", ["## Required Hooks", hook("Setup"), hook("Sync"), hook("Error Handling"), hook("sync")].join("\n\n"), "### sync"],
    ])("%s", async (messageId, hooks, needle) => {
      const text = integrationSkill({ hooks });
      expect(idHits(await lintFixture(text), RULE)).toEqual([{ messageId, ...at(text, needle) }]);
    });

    it("a project's integration schema: one id per failing keyword, each naming its hook", async () => {
      const str = (more: object) => ({ type: "string", ...more });
      const schema = {
        type: "object",
        properties: {
          hooks: {
            type: "object",
            additionalProperties: false,
            properties: {
              setup: {
                type: "object",
                minProperties: 9,
                properties: {
                  trigger: str({ maxLength: 5 }),
                  behavior: { type: "array", maxItems: 1, items: str({ pattern: "^Call", "x-expected": "a call" }) },
                  errorHandling: { type: "array", items: { type: "object", properties: { case: str({ minLength: 50 }), response: { enum: ["ok"] } } } },
                  userCommunication: { type: "object", minProperties: 3, properties: { success: { const: "yes" }, failure: str({ pattern: "^Sorry" }) } },
                },
              },
              sync: { type: "object", properties: { trigger: { type: "number" } } },
              error_handling: { type: "object", properties: { trigger: str({ pattern: "\\S" }) } },
            },
          },
        },
      };
      const text = integrationSkill({
        hooks: ["## Required Hooks", hook("Setup"), hook("Sync"), hook("Error Handling", { trigger: "**Trigger:**" })].join("\n\n"),
        optionalHooks: `## Optional Hooks\n\n${hook("Status")}`,
      });
      const diagnostics = await lintFixture(text, { files: { "x.schema.json": JSON.stringify(schema) }, config: { schemas: { integration: "x.schema.json" } } });
      const item = at(text, "- Server unreachable");
      expect(idHits(diagnostics, RULE)).toEqual([
        { messageId: "invalidHook", ...at(text, "### Setup") },
        { messageId: "tooLong", ...at(text, "**Trigger:** The user") },
        { messageId: "tooMany", ...at(text, "**Behavior:**") },
        { messageId: "badFormat", ...at(text, "2. Record") },
        { messageId: "tooShort", ...item },
        { messageId: "notOneOf", ...item },
        { messageId: "invalid", ...at(text, "**User Communication:**") },
        { messageId: "unexpectedValue", ...at(text, "- Success") },
        { messageId: "noMatch", ...at(text, "- Failure") },
        { messageId: "wrongType", ...at(text, "**Trigger:** The user", 1) },
        { messageId: "empty", ...at(text, "**Trigger:**\n") },
        { messageId: "emptyValue", ...at(text, "**Trigger:**\n") },
        { messageId: "unknownKey", ...at(text, "### Status") },
      ]);
      // Issues inside a hook name it; issues of a hook as a whole are about the hook already.
      for (const d of diagnostics.filter((m) => m.ruleId === RULE)) {
        if (d.messageId === "invalidHook" || d.messageId === "unknownKey") expect(d.message).not.toContain("in hook");
        else expect(d.message).toMatch(/ in hook `(setup|sync|error_handling)`/);
      }
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
