import { describe, expect, it } from "vitest";
import { at, hits, hook, integrationSkill, lintFixture, plainSkill, PROTOCOL_LINK, spans, withEol } from "../helpers/fixtures.js";

const RULE = "no-config-editing";
/** Required hooks whose setup hook says `success` and `failure`. */
const saying = (success: string, failure: string) =>
  ["## Required Hooks", hook("Setup", { userCommunication: `**User Communication:**\n- Success: ${success}\n- Failure: ${failure}` }), hook("Sync"), hook("Error Handling")].join("\n\n");

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      ["messages that say what the agent does", integrationSkill({ hooks: saying('"I saved your key and connected Demo."', '"I could not reach Demo, so I will retry in a minute."') })],
      ["config talk addressed to the agent, not quoted", integrationSkill({ extra: "## Notes\n\nThe agent edits `~/.claude.json` and runs `npx demo-mcp` itself." })],
      ["the agent describing its own work", integrationSkill({ extra: 'Say "I\'ll add the server to opencode.json for you."' })],
      ["a quoted single word", integrationSkill({ extra: 'Mark the task "done".' })],
      ["a command inside a code span of a quote", integrationSkill({ extra: 'Say "Connected to Demo." and never `"run npm install"`.' })],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });

    it("a plain skill that does not link the protocol is not checked", async () => {
      expect(hits(await lintFixture(plainSkill('Tell the user: "Please edit your settings.json file."')), RULE)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a quoted request to edit a config file: at the opening quote", async () => {
      const text = integrationSkill({ extra: 'Tell the user: "Please edit your settings.json file to add the token."' });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, '"Please edit')]);
    });

    it("a quoted Success message asking to open a dotfile: at the opening quote", async () => {
      const text = integrationSkill({ hooks: saying('"Almost there. Open ~/.claude.json and add the key."', '"Demo is unreachable."') });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, '"Almost there')]);
    });

    it("an unquoted Failure item asking to run a command: at the item", async () => {
      const text = integrationSkill({ hooks: saying('"Connected to Demo."', "Run `npm install -g demo-mcp` and try again.") });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "- Failure: Run")]);
    });

    it("`in your terminal`", async () => {
      const text = integrationSkill({ extra: 'Then say "Start the server in your terminal and come back."' });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, '"Start the server')]);
    });

    it("curly quotes in a table cell", async () => {
      const text = integrationSkill({ extra: "## Messages\n\n| Step | Message |\n|---|---|\n| 1 | “Type claude mcp add demo now.” |" });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "“Type")]);
    });

    it("a plain skill that links the protocol is checked", async () => {
      const text = plainSkill(`Follows the [framework](${PROTOCOL_LINK}).\n\nSay "Please edit your config file and add the server."`);
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, '"Please edit')]);
    });

    it("a template is checked", async () => {
      const text = integrationSkill({
        intro: "# [Service Name] Sync\n\nFollows the [integration framework](../docs/protocols/integration-framework.md).",
        extra: 'Say "Paste this into your .env file."',
      });
      expect(hits(await lintFixture(text, { path: "templates/INTEGRATION_TEMPLATE.md" }), RULE)).toEqual([at(text, '"Paste this')]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const text = integrationSkill({
      hooks: saying('"Open ~/.claude.json now."', "Run `npm install -g demo-mcp`."),
      extra: 'Say "Please edit your settings.json\nfile to add the token."',
    });
    const lf = spans(await lintFixture(text));
    expect(lf.filter((d) => d[0] === RULE)).toHaveLength(3);
    expect(spans(await lintFixture(withEol(text, eol)))).toEqual(lf);
  });
});
