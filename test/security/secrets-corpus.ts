/**
 * A labelled accuracy set for no-secrets: Markdown snippets placed into the body of a plain skill.
 *
 * Positives hold a credential in the real format of its issuer; every value is FAKE, drawn at
 * run time from a seeded generator, so this file holds no token-shaped literal and no real key.
 * Negatives are what skills really contain that looks token-like but is not a credential:
 * placeholders, hashes, ids, paths, data URIs, documented example keys.
 *
 * Placement varies (paragraph, list item, blockquote, heading, table cell, inline code, fenced
 * code, link target, HTML comment): a secret is a secret wherever it is written.
 */

export interface SecretCase {
  id: string;
  /** Markdown placed as the body of a plain skill (after its title). */
  text: string;
  /** Why the case is labelled the way it is. */
  note: string;
  /** Positives: the credential itself, which no output may ever show. */
  secret?: string;
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const B62 = UPPER + LOWER + DIGITS;
const B64 = `${B62}+/`;
const B64URL = `${B62}-_`;
const HEX = "0123456789abcdef";
const AWS_ID = `${UPPER}234567`;

/** A deterministic fake value: mulberry32 seeded by `seed`, `length` characters of `alphabet`. */
function fake(seed: number, length: number, alphabet = B62): string {
  let state = seed >>> 0;
  let out = "";
  while (out.length < length) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out += alphabet[Math.floor(r * alphabet.length)];
  }
  return out;
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const lines64 = (body: string) => body.match(/.{1,64}/g)!.join("\n");
const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;
const table = (rows: [string, string][]) => `| Name | Value |\n|------|-------|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join("\n")}`;

// --- fake credentials, each in its issuer's format -------------------------------------------
const GHP = `ghp_${fake(1, 36)}`;
const GHP_2 = `ghp_${fake(2, 36)}`;
const GHO = `gho_${fake(3, 36)}`;
const GHS = `ghs_${fake(4, 36)}`;
const GITHUB_PAT = `github_pat_11${fake(5, 20, UPPER + DIGITS)}_${fake(6, 59)}`;
const NPM = `npm_${fake(7, 36)}`;
const NPM_2 = `npm_${fake(8, 36)}`;
const SLACK_BOT = `xoxb-${fake(9, 12, DIGITS)}-${fake(10, 13, DIGITS)}-${fake(11, 24)}`;
const SLACK_USER = `xoxp-${fake(12, 12, DIGITS)}-${fake(13, 12, DIGITS)}-${fake(14, 13, DIGITS)}-${fake(15, 32, HEX)}`;
const SLACK_HOOK_SECRET = fake(16, 24);
const SLACK_HOOK = `https://hooks.slack.com/services/T${fake(17, 8, UPPER + DIGITS)}/B${fake(18, 10, UPPER + DIGITS)}/${SLACK_HOOK_SECRET}`;
const OPENAI_PROJ = `sk-proj-${fake(19, 74, B64URL)}T3BlbkFJ${fake(20, 74, B64URL)}`;
const OPENAI_PROJ_SHORT = `sk-proj-${fake(21, 48, B64URL)}`;
const OPENAI_LEGACY = `sk-${fake(22, 20)}T3BlbkFJ${fake(23, 20)}`;
const ANTHROPIC = `sk-ant-api03-${fake(24, 93, B64URL)}AA`;
const ANTHROPIC_2 = `sk-ant-api03-${fake(25, 93, B64URL)}AA`;
const ANTHROPIC_ADMIN = `sk-ant-admin01-${fake(26, 93, B64URL)}AA`;
const AWS_KEY_ID = `AKIA${fake(27, 16, AWS_ID)}`;
const AWS_SECRET = fake(28, 40, B64);
const AWS_SECRET_2 = fake(29, 40, B64);
const GOOGLE_API = `AIza${fake(30, 35, B64URL)}`;
const GOOGLE_API_2 = `AIza${fake(31, 35, B64URL)}`;
const GOOGLE_OAUTH_SECRET = `GOCSPX-${fake(32, 28, B64URL)}`;
const STRIPE_LIVE = `sk_live_${fake(33, 99)}`;
const STRIPE_RESTRICTED = `rk_live_${fake(34, 99)}`;
const TRELLO_KEY = fake(35, 32, HEX);
const TRELLO_KEY_2 = fake(36, 32, HEX);
const TRELLO_TOKEN_HEX = fake(37, 64, HEX);
const TRELLO_ATTA = `ATTA${fake(38, 64, HEX)}${fake(39, 8, HEX.toUpperCase())}`;
const TRELLO_ATTA_2 = `ATTA${fake(40, 64, HEX)}${fake(41, 8, HEX.toUpperCase())}`;
const JWT_HEADER = b64url({ alg: "HS256", typ: "JWT" });
const JWT = `${JWT_HEADER}.${b64url({ sub: fake(42, 12, DIGITS), name: "Dana Demo", iat: 1718000000 })}.${fake(43, 43, B64URL)}`;
const JWT_2 = `${b64url({ alg: "RS256", typ: "JWT", kid: fake(44, 8) })}.${b64url({ iss: "https://auth.example.com", scope: "boards:write", exp: 1900000000 })}.${fake(45, 86, B64URL)}`;
const RSA_BODY = `MIIEpAIBAAKCAQEA${fake(46, 16 + 64 * 5, B64)}`;
const OPENSSH_BODY = `b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${fake(47, 58 + 64 * 3, B64)}`;
const EC_BODY = `MHcCAQEEI${fake(48, 55 + 64, B64)}`;
const PKCS8_BODY = `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${fake(49, 32 + 64 * 4, B64)}`;
const URL_PASSWORD = fake(50, 16);
const URL_PASSWORD_2 = fake(51, 14);
const URL_PASSWORD_3 = fake(52, 18);
const URL_PASSWORD_4 = fake(53, 20);
const GENERIC_API_KEY = fake(54, 32);
const GENERIC_TOKEN = fake(55, 40);
const GENERIC_PASSWORD = fake(56, 24);
const SHORT_PASSWORD = fake(57, 16);
const GENERIC_SECRET = fake(58, 64, B64URL);
const SENDGRID = `SG.${fake(59, 22, B64URL)}.${fake(60, 43, B64URL)}`;
const LINEAR = `lin_api_${fake(61, 40)}`;

const pem = (label: string, body: string) => `-----BEGIN ${label}-----\n${lines64(body)}\n-----END ${label}-----`;
/** The first line of a PEM body: no 8 characters of it may ever be shown. */
const firstLine = (body: string) => body.slice(0, 64);

export const POSITIVES: SecretCase[] = [
  // GitHub
  { id: "github-classic-paragraph", text: `Authenticate the GitHub MCP server with ${GHP} before syncing.`, secret: GHP, note: "classic personal access token (ghp_ + 36) in prose" },
  { id: "github-classic-export", text: fence("sh", `export GITHUB_PERSONAL_ACCESS_TOKEN=${GHP_2}\nnpx -y @modelcontextprotocol/server-github`), secret: GHP_2, note: "classic token exported in a shell block" },
  { id: "github-oauth-table", text: table([["GitHub OAuth token", GHO], ["Scope", "repo"]]), secret: GHO, note: "OAuth token (gho_) in a table cell" },
  { id: "github-app-clone-url", text: `Clone with \`git clone https://x-access-token:${GHS}@github.com/acme/tasks.git\`.`, secret: GHS, note: "app installation token (ghs_) as the password of a clone URL, in inline code" },
  { id: "github-fine-grained", text: `- Token: ${GITHUB_PAT}`, secret: GITHUB_PAT, note: "fine-grained personal access token (github_pat_11…) in a list item" },
  // npm
  { id: "npm-npmrc", text: fence("ini", `//registry.npmjs.org/:_authToken=${NPM}`), secret: NPM, note: "npm automation token in an .npmrc block" },
  { id: "npm-paragraph", text: `Publish with the npm token ${NPM_2} from the release account.`, secret: NPM_2, note: "npm token in prose" },
  // Slack
  { id: "slack-bot", text: `> Bot token: ${SLACK_BOT}`, secret: SLACK_BOT, note: "Slack bot token (xoxb-) in a blockquote" },
  { id: "slack-user-yaml", text: fence("yaml", `slack:\n  user_token: ${SLACK_USER}`), secret: SLACK_USER, note: "Slack user token (xoxp-) in YAML" },
  { id: "slack-webhook", text: `Post the summary to ${SLACK_HOOK}`, secret: SLACK_HOOK_SECRET, note: "Slack incoming webhook URL: the URL is the credential" },
  // OpenAI
  { id: "openai-project-json", text: fence("json", `{\n  "provider": "openai",\n  "apiKey": "${OPENAI_PROJ}"\n}`), secret: OPENAI_PROJ, note: "OpenAI project key (sk-proj-…T3BlbkFJ…) in JSON" },
  { id: "openai-project-short", text: `The OpenAI fallback uses ${OPENAI_PROJ_SHORT}.`, secret: OPENAI_PROJ_SHORT, note: "OpenAI project key without the T3BlbkFJ marker, in prose" },
  { id: "openai-legacy", text: table([["OPENAI_API_KEY", OPENAI_LEGACY]]), secret: OPENAI_LEGACY, note: "legacy OpenAI key (sk- + 20 + T3BlbkFJ + 20) in a table cell" },
  // Anthropic
  { id: "anthropic-paragraph", text: `Use the Anthropic key ${ANTHROPIC} for summarising cards.`, secret: ANTHROPIC, note: "Anthropic API key (sk-ant-api03-) in prose" },
  { id: "anthropic-env", text: fence("dotenv", `ANTHROPIC_API_KEY=${ANTHROPIC_2}`), secret: ANTHROPIC_2, note: "Anthropic API key in a .env block" },
  { id: "anthropic-admin", text: `<!-- admin key for usage reports: ${ANTHROPIC_ADMIN} -->`, secret: ANTHROPIC_ADMIN, note: "Anthropic admin key inside an HTML comment: hidden when rendered, still leaked" },
  // AWS
  { id: "aws-key-id", text: `Access key ID: ${AWS_KEY_ID}`, secret: AWS_KEY_ID, note: "AWS access key id (AKIA + 16)" },
  { id: "aws-credentials-file", text: fence("ini", `[default]\naws_secret_access_key = ${AWS_SECRET}\nregion = eu-west-1`), secret: AWS_SECRET, note: "AWS secret access key (40 chars) in a credentials file" },
  { id: "aws-secret-yaml", text: fence("yaml", `env:\n  AWS_SECRET_ACCESS_KEY: "${AWS_SECRET_2}"`), secret: AWS_SECRET_2, note: "AWS secret access key in a YAML env map" },
  // Google
  { id: "google-api-key-url", text: `Geocode with https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=${GOOGLE_API}`, secret: GOOGLE_API, note: "Google API key (AIza + 35) in a query string" },
  { id: "google-api-key-paragraph", text: `The Maps embed loads with ${GOOGLE_API_2} as its browser key.`, secret: GOOGLE_API_2, note: "Google API key (AIza + 35) in prose, no assignment" },
  {
    id: "gcp-service-account",
    text: fence(
      "json",
      JSON.stringify(
        {
          type: "service_account",
          project_id: "acme-tasks-prod",
          private_key_id: fake(62, 40, HEX),
          private_key: `${pem("PRIVATE KEY", PKCS8_BODY)}\n`,
          client_email: "sync@acme-tasks-prod.iam.gserviceaccount.com",
        },
        null,
        2,
      ),
    ),
    secret: firstLine(PKCS8_BODY),
    note: "GCP service account key JSON: a PKCS#8 private key with \\n escapes",
  },
  { id: "google-oauth-client-secret", text: fence("yaml", `client_id: 123456789012-abc.apps.googleusercontent.com\nclient_secret: ${GOOGLE_OAUTH_SECRET}`), secret: GOOGLE_OAUTH_SECRET, note: "Google OAuth client secret (GOCSPX-)" },
  // Stripe
  { id: "stripe-live-paragraph", text: `Charge cards with ${STRIPE_LIVE} in production.`, secret: STRIPE_LIVE, note: "Stripe live secret key (sk_live_) in prose" },
  { id: "stripe-restricted-env", text: fence("sh", `STRIPE_KEY=${STRIPE_RESTRICTED} node sync.js`), secret: STRIPE_RESTRICTED, note: "Stripe restricted key (rk_live_) in a command" },
  // Trello
  { id: "trello-key-env", text: fence("dotenv", `TRELLO_API_KEY=${TRELLO_KEY}`), secret: TRELLO_KEY, note: "Trello API key: 32 hex assigned to a key name" },
  { id: "trello-token-json", text: fence("json", `{ "key": "${TRELLO_KEY_2}", "token": "${TRELLO_TOKEN_HEX}" }`), secret: TRELLO_TOKEN_HEX, note: "Trello key and legacy 64-hex token assigned in JSON" },
  { id: "trello-atta-paragraph", text: `Your Trello token is ${TRELLO_ATTA}.`, secret: TRELLO_ATTA, note: "Trello token (ATTA + 64 hex + 8 hex)" },
  { id: "trello-atta-url", text: `Fetch [the boards](https://api.trello.com/1/members/me/boards?key=${TRELLO_KEY}&token=${TRELLO_ATTA_2}).`, secret: TRELLO_ATTA_2, note: "Trello key and token in a link target's query string" },
  // JWTs
  { id: "jwt-bearer", text: fence("http", `GET /v1/tasks HTTP/1.1\nAuthorization: Bearer ${JWT}`), secret: JWT, note: "JWT bearer token in an HTTP request" },
  { id: "jwt-assigned", text: `access_token: ${JWT_2}`, secret: JWT_2, note: "JWT assigned to access_token in prose" },
  // Private keys
  { id: "private-key-rsa", text: fence("", pem("RSA PRIVATE KEY", RSA_BODY)), secret: firstLine(RSA_BODY), note: "PKCS#1 RSA private key block" },
  { id: "private-key-openssh", text: fence("text", pem("OPENSSH PRIVATE KEY", OPENSSH_BODY)), secret: firstLine(OPENSSH_BODY), note: "OpenSSH private key block" },
  { id: "private-key-ec", text: pem("EC PRIVATE KEY", EC_BODY).replace(/\n/g, "\n\n"), secret: firstLine(EC_BODY), note: "EC private key block pasted as plain paragraphs" },
  // Passwords in URLs
  { id: "url-password-https", text: `Mirror to https://deploy:${URL_PASSWORD}@git.acme.dev/tasks.git nightly.`, secret: URL_PASSWORD, note: "basic-auth password in an https URL" },
  { id: "url-password-postgres", text: fence("sh", `psql postgres://sync_app:${URL_PASSWORD_2}@db.acme.internal:5432/tasks`), secret: URL_PASSWORD_2, note: "database password in a postgres connection URL" },
  { id: "url-password-mongodb", text: `| MONGO_URL | mongodb+srv://admin:${URL_PASSWORD_3}@cluster0.ab1cd.mongodb.net/tasks |\n|---|---|\n| region | eu |`, secret: URL_PASSWORD_3, note: "password in a mongodb+srv URL in a table" },
  { id: "url-password-redis", text: `Cache: \`redis://default:${URL_PASSWORD_4}@redis-12345.c1.eu-west-1.ec2.cloud.redislabs.com:12345\``, secret: URL_PASSWORD_4, note: "password in a redis URL in inline code" },
  // Long high-entropy values assigned to secret-like names
  { id: "generic-api-key-env", text: fence("sh", `API_KEY=${GENERIC_API_KEY}`), secret: GENERIC_API_KEY, note: "high-entropy API_KEY assignment" },
  { id: "generic-token-json", text: fence("json", `{\n  "service": "demo",\n  "token": "${GENERIC_TOKEN}"\n}`), secret: GENERIC_TOKEN, note: "high-entropy token in JSON" },
  { id: "generic-password-yaml", text: fence("yaml", `database:\n  user: sync\n  password: ${GENERIC_PASSWORD}`), secret: GENERIC_PASSWORD, note: "high-entropy password in YAML" },
  { id: "generic-password-short", text: `DB_PASSWORD="${SHORT_PASSWORD}"`, secret: SHORT_PASSWORD, note: "16-character random password assigned to a password name" },
  { id: "generic-secret-heading", text: `## Webhook signing secret = ${GENERIC_SECRET}`, secret: GENERIC_SECRET, note: "high-entropy signing secret in a heading" },
  // Other issuers in secretlint's preset
  { id: "sendgrid", text: `Mail goes out through SendGrid with ${SENDGRID}.`, secret: SENDGRID, note: "SendGrid API key (SG.x.y)" },
  { id: "linear", text: `* Linear: \`${LINEAR}\``, secret: LINEAR, note: "Linear personal API key (lin_api_) in inline code in a list" },
];

const SHA_1 = "3f786850e387550fdab836ed7e6dc881de23001b";
const SHA_2 = "9fceb02d0ae598e95dc970b74767f19372d61af8";
const PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export const NEGATIVES: SecretCase[] = [
  // Placeholders
  { id: "placeholder-brackets", text: fence("sh", "API_KEY=[API_KEY]\nTRELLO_TOKEN=[TRELLO_TOKEN]"), note: "bracketed placeholders" },
  { id: "placeholder-env-reference", text: fence("dotenv", "TRELLO_API_KEY=${TRELLO_API_KEY}\nTRELLO_TOKEN=${TRELLO_TOKEN}"), note: "environment variable references" },
  { id: "placeholder-opencode-env", text: fence("json", '{\n  "environment": {\n    "TRELLO_API_KEY": "{env:TRELLO_API_KEY}",\n    "TRELLO_TOKEN": "{env:TRELLO_TOKEN}"\n  }\n}'), note: "opencode {env:NAME} references" },
  { id: "placeholder-vscode-input", text: fence("json", '{ "env": { "TRELLO_TOKEN": "${input:trello-token}", "TRELLO_API_KEY": "${input:trello-api-key}" } }'), note: "VS Code ${input:…} prompts" },
  { id: "placeholder-stars", text: "The token is shown once, then masked as `token: ********************************`.\n\npassword: ************************", note: "asterisk masks" },
  { id: "placeholder-angle", text: "Send `Authorization: Bearer <your-token>` with every call.", note: "angle-bracket placeholder" },
  { id: "placeholder-your-key-here", text: fence("python", 'client = Client(api_key="YOUR_API_KEY_HERE")'), note: "YOUR_API_KEY_HERE" },
  { id: "placeholder-xxx-token", text: `A classic token looks like \`ghp_${"x".repeat(36)}\`.`, note: "GitHub token shape with x filler" },
  { id: "placeholder-xxx-assigned", text: fence("dotenv", `TRELLO_API_KEY=${"x".repeat(32)}\nANTHROPIC_API_KEY=sk-ant-api03-${"x".repeat(95)}`), note: "x-filled values" },
  { id: "placeholder-ellipsis", text: "Anthropic keys start with `sk-ant-api03-…` and Trello tokens with `ATTA…`.", note: "prefixes only" },
  { id: "placeholder-slack", text: "Set `SLACK_BOT_TOKEN` to your bot token (it starts with `xoxb-`), e.g. `xoxb-your-bot-token`.", note: "Slack prefix with a placeholder body" },
  // Hashes and ids in URLs
  { id: "url-line-anchor", text: "See [the parser](https://github.com/acme/tasks/blob/main/src/parse/index.ts#L10-L20).", note: "line-range anchor" },
  { id: "url-blob-sha", text: `Pinned at https://github.com/anthropics/skills/blob/${SHA_1}/skills/pdf/SKILL.md for reproducibility.`, note: "blob URL with a commit SHA" },
  { id: "url-commit-table", text: table([["fix", `[${SHA_2.slice(0, 7)}](https://github.com/acme/tasks/commit/${SHA_2})`]]), note: "commit link in a table" },
  { id: "url-trello-board", text: "Boards live at https://trello.com/b/nC8QJJoZ/roadmap and cards at https://trello.com/c/Ab12Cd34/17-ship-it.", note: "Trello short links" },
  { id: "url-api-ids", text: "`GET https://api.trello.com/1/boards/5f1e2d3c4b5a69788796a5b4/cards` lists the cards of a board.", note: "24-hex Trello object id in an API path" },
  { id: "url-plain", text: "Create the key at https://trello.com/power-ups/admin and read https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/.", note: "URLs without credentials" },
  { id: "url-token-endpoint", text: fence("yaml", "token_url: https://oauth2.googleapis.com/token\nauthorize_url: https://accounts.google.com/o/oauth2/v2/auth"), note: "OAuth endpoints assigned to token-named keys" },
  { id: "url-password-reference", text: fence("sh", "psql postgres://sync_app:${DB_PASSWORD}@db.acme.internal:5432/tasks\ngit clone https://deploy:<password>@git.acme.dev/tasks.git"), note: "connection URLs whose password is a reference or placeholder" },
  { id: "url-localhost-user", text: "The dev server runs at http://localhost:3000/callback?state=af0ifjsldkj.", note: "localhost callback with a state value" },
  // Identifiers
  { id: "uuid-example", text: fence("json", '{ "id": "123e4567-e89b-12d3-a456-426614174000", "idempotency_key": "4b0c3d1e-9f7a-4e2b-8c6d-5a1f0e9b7c3d" }'), note: "UUIDs, one under a key-named field" },
  { id: "trello-object-ids", text: table([["idBoard", "5f1e2d3c4b5a69788796a5b4"], ["idList", "60d5ecb8a8f1c2b3d4e5f6a7"]]), note: "24-hex Trello object ids" },
  { id: "slack-ids", text: "Post to channel `C024BE91L` as user `U012AB3CD` in workspace `T061EG9R6`.", note: "Slack object ids" },
  { id: "aws-arn", text: "Assume `arn:aws:iam::123456789012:role/skill-runner` in account 123456789012.", note: "AWS ARN and account id" },
  { id: "aws-documented-example", text: fence("ini", "[example]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"), note: "AWS's documented example credentials" },
  // Hashes
  { id: "commit-sha-prose", text: `Fixed in commit ${SHA_2}; the regression came from ${SHA_1}.`, note: "40-hex commit SHAs in prose" },
  { id: "commit-sha-code", text: fence("sh", `git checkout ${SHA_1}\ngit log --oneline ${SHA_2.slice(0, 12)}..HEAD`), note: "commit SHAs in git commands" },
  { id: "commit-sha-ref", text: fence("yaml", `- uses: actions/checkout@${SHA_1} # v4.1.1\n  with:\n    ref: ${SHA_2}`), note: "pinned action SHA and ref" },
  { id: "sha256-checksum", text: table([["skill.zip", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"]]), note: "SHA-256 checksum" },
  { id: "docker-digest", text: "Run `docker pull node@sha256:0b5c6d5e1f4a3b2c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c`.", note: "image digest" },
  { id: "npm-integrity", text: fence("json", '"node_modules/zod": {\n  "version": "3.23.8",\n  "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n  "integrity": "sha512-XBx9AXhXktjUqnepgTiE5flcKIYWi/rme0Eaj+5Y0lftuGBq+jyRu/md4WnuxqgP1ubdpNCsYEYPxrzVHD8d6g=="\n}'), note: "package-lock integrity string" },
  { id: "base64-image", text: `![dot](data:image/png;base64,${PNG_1PX})`, note: "small base64 data URI image" },
  { id: "base64-hello", text: fence("sh", 'echo "SGVsbG8sIFdvcmxkIQ==" | base64 -d'), note: "base64 of a greeting" },
  { id: "jwt-header-only", text: "A JWT header such as `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9` only names the algorithm (HS256).", note: "a JWT header without payload or signature" },
  { id: "public-key", text: fence("text", "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEmTl1Ql7fUjUhL1c5Yl9cM2c1xq8W\nk3HnG1Wq4rJtY0bQZ7mVbqzS9Hn2YfXyX4uK1pL8cR7dT6eW2sA9vN3oIg==\n-----END PUBLIC KEY-----"), note: "a public key block is not a secret" },
  { id: "ssh-public-key", text: "Add `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl dev@acme` to the deploy keys.", note: "SSH public key" },
  // Names, packages, paths, versions
  { id: "npm-package-names", text: "Install `@delorenj/mcp-server-trello@1.3.0` or `@modelcontextprotocol/server-github`.", note: "npm package names" },
  { id: "env-var-names", text: "The skill reads TRELLO_API_KEY, TRELLO_TOKEN, GITHUB_PERSONAL_ACCESS_TOKEN and AWS_SECRET_ACCESS_KEY from the environment.", note: "variable names alone" },
  { id: "env-var-name-table", text: table([["TRELLO_API_KEY", "Manual"], ["TRELLO_TOKEN", "Generated"]]), note: "variable names in a table" },
  { id: "camel-case-words", text: "Call `ThisIsAVeryLongCamelCaseIdentifierName` and `OAuth2AuthorizationCodeFlowWithPKCE` from `TrelloBoardSynchronizationServiceV2`.", note: "long CamelCase identifiers" },
  { id: "file-paths", text: "Read `src/components/TaskList2/TaskListItem.tsx`, `~/.config/opencode/opencode.json` and `C:\\Users\\dev\\AppData\\Roaming\\Claude\\claude_desktop_config.json`.", note: "file paths" },
  { id: "key-file-path", text: fence("yaml", "ssh_key_path: /home/dev/.ssh/id_ed25519\ncredentials_file: ./config/service-account-2024.json"), note: "paths assigned to key-named fields" },
  { id: "gcp-secret-resource", text: "secret_name: projects/acme-tasks-123/secrets/trello-token/versions/latest", note: "Secret Manager resource name, not the secret" },
  { id: "semver", text: "Requires skillc 1.12.0-beta.4+build.20240611 or later and Node 20.11.1.", note: "semantic versions" },
  { id: "css-colors", text: table([["accent", "#1a2b3c"], ["muted", "rgb(120, 130, 140)"], ["brand", "#ff6600cc"]]), note: "CSS colours" },
  { id: "token-counts", text: fence("yaml", "max_tokens: 4096\ntoken_limit: 200000\npassword_min_length: 12\nkey: a1b2c3d4"), note: "numbers and short values under secret-like names" },
  { id: "key-names", text: "primary_key: board_id_and_card_id_and_list_position", note: "a long identifier without digits under a key name" },
  { id: "mcp-config-env-refs", text: fence("json", '{\n  "mcpServers": {\n    "trello": {\n      "command": "npx",\n      "args": ["-y", "@delorenj/mcp-server-trello"],\n      "env": { "TRELLO_API_KEY": "${TRELLO_API_KEY}", "TRELLO_TOKEN": "${TRELLO_TOKEN}" }\n    }\n  }\n}'), note: "an MCP server config with only references" },
];
