import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSecrets, SHORTEST_TOKEN } from "../../src/rules/no-secrets.js";
import { SECRET_KINDS } from "../../src/rules/secret-kinds.js";
import { at, hits, integrationSkill, lintFixture, lintText, plainSkill, spans, withEol } from "../helpers/fixtures.js";
import { propertyRuns } from "../helpers/runs.js";

const RULE = "no-secrets";
// Assembled at run time, so this test file itself holds no token-shaped literal.
const GITHUB = ["ghp", "_", "Vq3xT8mK2pR7wL9nB4cZ", "6yH1jF5dS0aG2eQ7"].join("");
const SLACK = ["xoxb", "-482917365012-5810394726183-", "Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6"].join("");
const TRELLO_TOKEN = ["ATTA", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84".repeat(2)].join("");
const TRELLO_KEY = "3f9a1c2e7b6d4058a1e9c3b7d2f60a84";
const ANTHROPIC = ["sk-ant-api03-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2E-k8Tq3", "AA"].join("");
const OPENAI = ["sk-proj-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6"].join("");
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
      ["AWS's documented example key id", plainSkill("aws_access_key_id = AKIAIOSFODNN7EXAMPLE")],
      ["a Stripe test key placeholder", plainSkill("Set `STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx` for local runs.")],
      ["placeholders in angle brackets and variables", plainSkill("token: <token>\n\napi_key: ${API_KEY}\n\npassword: $(DB_PASS)")],
      ["a templated password in a URL", plainSkill("Connect to `https://{USER}:{PASS}@db.example.com` or `postgres://$(PGUSER):$(PGPASSWORD)@$(PGHOST)/db`.")],
      ["a stand-in password in a URL", plainSkill("`https://user:password@example.com` and `postgresql://test:test@localhost:5432/app`")],
      ["high-entropy values under names that are not secrets", plainSkill("public_key = \"9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit\"\n\ncsrf-token=Mj2qykJO5rELyHgezQ69nzUX0i3OH67V7\n\nprimaryKey=ugttVPckSl_Tl3oB1tCIO5oROj-eNF")],
      ["a C# enum member under a password-like name", plainSkill("```csharp\nPasswordAuth = PostgreSqlFlexibleServerPasswordAuthEnum.Enabled,\n```")],
      ["an environment lookup in code", plainSkill("```ts\nconst environmentKey = process.env.ANTHROPIC_ENVIRONMENT_KEY!;\n```")],
      ["a private key block with a placeholder body", plainSkill("```\n-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n```")],
      ["a near miss of a token prefix", plainSkill("Use `xghp_Vq3xT8mK2pR7wL9nB4cZ6yH1jF5dS0aG2eQ7` and `cfat_tooshort`.")],
      ["a token-shaped string whose parts do not decode", plainSkill("`eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJl`")],
      ["prose after a colon", plainSkill('The user pastes the token: "Trello now shows a long token. Please paste it here"')],
      // False alarms once raised on public skills
      ["a test status named pass", plainSkill("```py\ndim_pass = aspect_ratio <= 2.0 and 320 <= min(width, height)\n```")],
      ["storage keys and object ids under a bare key", plainSkill("```py\nartifact = ln.Artifact.get(key=\"scrna/validated.h5ad\")\n```\n\n```ts\nkey: '3a6f4d22-8388-41c7-9f6a-6e4ea9154c32',\n\"SlotKey\": \"GetNewestEmail_1\",\n```")],
      ["example passwords made of words", plainSkill("```cs\npassword: \"P@ssw0rd123!\",\n\"demoPassword\": \"ReviewDemo2025!\",\nADMIN_PASSWORD = 'admin123'\n```")],
      ["a templated token path", plainSkill("```sh\naz devops security permission show --token \"repoV2/{project}/{repository-id}\"\n```")],
      ["a constructor call under a key name", plainSkill("```swift\nlet privateKey = Curve25519.KeyAgreement.PrivateKey()\n```")],
      ["a stand-in in inline code", plainSkill("Run `curl -u username:token https://api.example.com` with yours.")],
      ["-u outside curl", plainSkill("```bat\nC:\\cygwin64\\bin\\cygpath.exe -u \"C:\\Users\\John Doe\\Documents\"\n```")],
      ["a variable after a password name", plainSkill("```py\nlogin_params = {'login_or_email': user_email, 'password': auth_token}\n```")],
      ["a made-up key counting up in pairs", plainSkill("Example: AIzaSyA1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q")],
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

  /** The five shapes a skill writes a value in. */
  const SHAPES: [string, (v: string) => string][] = [
    ["a fenced block", (v) => `\`\`\`text\n${v}\n\`\`\``],
    ["an env line", (v) => `\`\`\`sh\nexport VALUE=${v}\n\`\`\``],
    ["a table cell", (v) => `| Setting | Value |\n|---|---|\n| value | ${v} |`],
    ["inline code", (v) => `Set \`${v}\` first.`],
    ["prose", (v) => `The value is ${v} here.`],
  ];

  describe("every kind in the catalog: its example is found in each shape, at the value, named by its kind", () => {
    it.each(SECRET_KINDS.flatMap((k) => SHAPES.map(([shape, make]) => [k.id, shape, k, make] as const)))("%s in %s", async (_, __, kind, make) => {
      const text = plainSkill(make(kind.example));
      const found = (await lintText(text)).filter((d) => d.ruleId === RULE);
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toContain(`literal ${kind.kind} `);
      // The finding starts at the example, or at the secret inside it (a URL's or a connection string's).
      const start = at(text, kind.example);
      expect(found[0]!.line).toBe(start.line);
      expect(found[0]!.column).toBeGreaterThanOrEqual(start.column);
      expect(found[0]!.column).toBeLessThan(start.column + kind.example.length);
    });
  });

  it("the docs page lists every kind of the catalog with its example", () => {
    const page = readFileSync(new URL("../../docs/rules/no-secrets.md", import.meta.url), "utf8");
    for (const k of SECRET_KINDS) expect(page, k.id).toContain(`| \`${k.id}\` | ${k.kind} | \`${k.example}\` |`);
  });

  describe("a value given to a secret-like name, in each way of assigning: at the value", () => {
    const V = "Zx9qL2mN8vB4kR7tY1wE5uI3oP6a";
    it.each([
      ["Go :=", `ghToken := "${V}"`, "token"],
      ["Go var with a type", `var apiToken string = "${V}"`, "token"],
      ["Make ?=", `SERVICE_TOKEN ?= "${V}"`, "token"],
      ["Make ::=", `SERVICE_TOKEN ::= "${V}"`, "token"],
      ["PHP or Perl =>", `  "serviceToken" => "${V}"`, "token"],
      ["PHP .=", `$serviceToken .= "${V}"`, "token"],
      ["setProperty", `System.setProperty("SERVICE_TOKEN", "${V}")`, "token"],
      ["an XML element", `<serviceToken>\n    ${V}\n</serviceToken>`, "token"],
      ["an XML key and value", `<add key="ClearTextPassword" value="${V}" />`, "password"],
      ["a CLI flag", `tool login --token ${V}`, "token"],
      ["an Authorization header", `curl -H "Authorization: Bearer ${V}" https://api.example.com`, "Authorization header credential"],
      ["a value holding ~ ^ # :", `client_secret: "Zx9q~L2m^N8v#B4k:R7tY1wE5u"`, "secret"],
      ["a password", `db_password = "thisIsDog11"`, "password"],
    ])("%s", async (_, line, kind) => {
      const text = plainSkill(`\`\`\`\n${line}\n\`\`\``);
      const value = /"(Zx9q~[^"]+)"/.exec(line)?.[1] ?? (line.includes(V) ? V : "thisIsDog11");
      const found = (await lintFixture(text)).filter((d) => d.ruleId === RULE);
      expect(hits(found, RULE)).toEqual([at(text, value)]);
      expect(found[0]!.message).toContain(`literal ${kind} `);
    });

    it("a curl -u user:password: at the password", async () => {
      const text = plainSkill("```sh\ncurl --user kevin:'pRf7vG2h1L8nQkW9' https://api.example.com\n```");
      expect(hits(await lintFixture(text), RULE)).toEqual([at(text, "pRf7vG2h1L8nQkW9")]);
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

/**
 * The shortest string `source` matches: literals, escapes and classes count one, groups and
 * alternatives their shortest, lookarounds nothing, a quantifier its minimum. Enough for the
 * patterns of ./secret-kinds.ts, which use nothing else.
 */
function shortestMatch(source: string): number {
  let i = 0;
  const alternatives = (): number => {
    const lengths = [sequence()];
    while (source[i] === "|") {
      i++;
      lengths.push(sequence());
    }
    return Math.min(...lengths);
  };
  const sequence = (): number => {
    let total = 0;
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      let atom: number;
      const c = source[i]!;
      if (c === "(") {
        const look = /^\(\?<?[=!]/.test(source.slice(i));
        i += look ? (source[i + 2] === "<" ? 4 : 3) : source.startsWith("(?:", i) ? 3 : 1;
        const inner = alternatives();
        i++; // )
        atom = look ? 0 : inner;
      } else if (c === "[") {
        i++;
        while (source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
        i++;
        atom = 1;
      } else {
        i += c === "\\" ? 2 : 1;
        atom = 1;
      }
      const q = /^(?:\{(\d+)(?:,\d*)?\}|[?*+])/.exec(source.slice(i));
      if (q) {
        i += q[0].length;
        atom *= q[1] !== undefined ? Number(q[1]) : q[0] === "+" ? 1 : 0;
      }
      total += atom;
    }
    return total;
  };
  return alternatives();
}

describe("no-secrets' token-run shortcut", () => {
  it("measures patterns right", () => {
    expect(shortestMatch(String.raw`(?<![\w.])ab(?:c|de){2,3}f?\d{4}(?=x)`)).toBe(8);
    expect(shortestMatch(String.raw`a|b[xy]{3}`)).toBe(1);
  });

  it.each(SECRET_KINDS.filter((k) => !k.spaced).map((k) => [k.id, k.pattern.source] as const))("%s matches nothing shorter than a token run", (_, source) => {
    expect(shortestMatch(source)).toBeGreaterThanOrEqual(SHORTEST_TOKEN);
  });

  it("finds what a scan of the whole text finds", () => {
    // Pieces of every format's example, cut anywhere, between characters tokens are and are not made of.
    const pieces = SECRET_KINDS.flatMap((k) => [k.example, k.example.slice(0, 12), k.example.slice(-25), k.example.replace(/[=:]/, ' $& "')]);
    const glue = fc.constantFrom(" ", "\n", "#", "-", ".", "`", '"', "'", "|", "=", ":", "@", "/", "!", "(", ",", "é", "\t", "://", "https://u:Pq8rT2vX9@", "x", "9");
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), glue, fc.string({ maxLength: 6 })), { maxLength: 24 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(findSecrets(t)).toEqual(findSecrets(t, { wholeText: true }));
      }),
      propertyRuns(400),
    );
  });
});
