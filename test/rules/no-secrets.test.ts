import { describe, expect, it } from "vitest";
import { at, hits, integrationSkill, lintFixture, plainSkill, spans, withEol } from "../helpers/fixtures.js";

const RULE = "no-secrets";
// Assembled at run time, so this test file itself holds no token-shaped literal.
const GITHUB = ["ghp", "_", "1234567890abcdefghij", "ABCDEFGHIJ123456"].join("");
const SLACK = ["xoxb", "-123456789012-1234567890123-", "abcdefghijABCDEFGHIJklmn"].join("");
const TRELLO_TOKEN = ["ATTA", "0123456789abcdef".repeat(4)].join("");
const TRELLO_KEY = "0123456789abcdef".repeat(2);
const ANTHROPIC = ["sk-ant-api03-", "abcdefghijklmnopqrstuvwxyz0123456789"].join("");
const OPENAI = ["sk-proj-", "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"].join("");
const AWS_SECRET = ["wJalrXUtnFEMI/K7MDENG/", "bPxRfiCYzQ8sT3vKx2Lq9w"].join("");
const HIGH_ENTROPY = "Zx9qL2mN8vB4kR7tY1wE5uI3oP6a";

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["the complete integration skill", integrationSkill()],
      ["an environment variable reference", plainSkill("Set `TRELLO_API_KEY=${TRELLO_API_KEY}` before you start.")],
      ["obvious example values", plainSkill("api_key: your-api-key-here-1234567\n\ntoken: [token-value]\n\npassword: xxxxxxxxxxxxxxxxxxxxxxxx1")],
      ["a long identifier without digits", plainSkill("secret_name: some_long_identifier_name_here")],
      ["a git commit hash with no secret-like name", plainSkill("Fixed in commit 3f786850e387550fdab836ed7e6dc881de23001b.")],
      ["AWS's documented example key", plainSkill("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
    ])("%s", async (_, text) => {
      expect(await lintFixture(text)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it.each([
      ["a GitHub token", `Use ${GITHUB} to log in.`, GITHUB],
      ["a Slack token", `Slack: ${SLACK}`, SLACK],
      ["a Trello token", `Token ${TRELLO_TOKEN} here.`, TRELLO_TOKEN],
      ["a Trello key", `trello key = ${TRELLO_KEY}`, TRELLO_KEY],
      ["an Anthropic key", `Key: ${ANTHROPIC}`, ANTHROPIC],
      ["an OpenAI key", `Key: ${OPENAI}`, OPENAI],
      ["an AWS secret access key", `aws_secret_access_key = ${AWS_SECRET}`, AWS_SECRET],
      ["a high-entropy value assigned to a secret-like name", `api_key: "${HIGH_ENTROPY}"`, HIGH_ENTROPY],
      ["a password in a URL", "Connect to https://admin:s3cretPassw0rd@db.example.com/app.", "s3cretPassw0rd"],
    ])("%s: at the secret", async (_, body, secret) => {
      const text = plainSkill(body);
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, secret)]);
    });

    it("a secret inside a code block is still a secret", async () => {
      const text = plainSkill(`\`\`\`sh\nexport GITHUB_TOKEN=${GITHUB}\n\`\`\``);
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, GITHUB)]);
    });

    it("a secret in the frontmatter", async () => {
      const text = plainSkill("Text.", `name: demo-sync\ndescription: Uses ${GITHUB}`);
      expect(hits(await lintFixture(text), RULE)).toEqual([{ line: 3, column: 19 }]);
    });

    describe("in decoded frontmatter strings", () => {
      // `\x67` is `g`: the raw text holds no `ghp_`, the YAML value does.
      const escaped = `\\x67${GITHUB.slice(1)}`;

      it("a GitHub token spelled with a YAML escape in metadata: at the value", async () => {
        const text = plainSkill("Text.", `name: demo-sync\ndescription: Does one thing\nmetadata:\n  token: "${escaped}"`);
        expect(hits(await lintFixture(text), RULE)).toEqual([at(text, `"${escaped}"`)]);
      });

      it("a token spelled with escapes in a key: at the key", async () => {
        const text = plainSkill("Text.", `name: demo-sync\ndescription: Does one thing\nmetadata:\n  "${escaped}": x`);
        expect(hits(await lintFixture(text), RULE)).toEqual([at(text, `"${escaped}"`)]);
      });

      it("a high-entropy value with an escape, under a secret-like key: at the value", async () => {
        const value = `\\x${HIGH_ENTROPY.charCodeAt(0).toString(16)}${HIGH_ENTROPY.slice(1)}`;
        const text = plainSkill("Text.", `name: demo-sync\ndescription: Does one thing\nmetadata:\n  api_key: "${value}"`);
        expect(hits(await lintFixture(text), RULE)).toEqual([at(text, `"${value}"`)]);
      });

      it("a token in a list, in a sequence of maps: at the item", async () => {
        const text = plainSkill("Text.", `name: demo-sync\ndescription: Does one thing\nmetadata:\n  tokens:\n    - plain\n    - "${escaped}"`);
        expect(hits(await lintFixture(text), RULE)).toEqual([at(text, `"${escaped}"`)]);
      });

      it("a token the raw text shows too is reported once, at the token", async () => {
        const text = plainSkill("Text.", `name: demo-sync\ndescription: Does one thing\nmetadata:\n  token: "${GITHUB}"\n  api_key: "${HIGH_ENTROPY}"`);
        expect(hits(await lintFixture(text), RULE)).toEqual([at(text, GITHUB), at(text, HIGH_ENTROPY)]);
      });
    });

    it("a credentials table cell holding a real token", async () => {
      const text = integrationSkill({ extra: `## Example\n\n| Name | Value |\n|---|---|\n| token | ${TRELLO_TOKEN} |` });
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, TRELLO_TOKEN)]);
    });

    it("two secrets: one diagnostic each, in order", async () => {
      const text = plainSkill(`First ${GITHUB}.\n\nThen ${SLACK}.`);
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, GITHUB), at(text, SLACK)]);
    });
  });

  it.each([
    ["CRLF", { crlf: true }],
    ["BOM", { bom: true }],
    ["CRLF and BOM", { crlf: true, bom: true }],
  ])("a %s file has the same ranges as the LF file", async (_, eol) => {
    const text = plainSkill(`First ${GITHUB}.\n\nThen api_key: "${HIGH_ENTROPY}"`);
    const lf = spans(await lintFixture(text));
    expect(lf.filter((d) => d[0] === RULE)).toHaveLength(2);
    expect(spans(await lintFixture(withEol(text, eol)))).toEqual(lf);
  });
});
