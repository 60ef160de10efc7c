/**
 * The token formats no-secrets knows by their shape alone: data, one entry per kind of
 * credential, with the name a finding shows, the pattern, and a made-up example that the rule's
 * tests and docs use. Written from each issuer's documented format.
 *
 * Every pattern starts with a literal prefix (or a short fixed anchor) and has only bounded
 * quantifiers, so that matching is linear in the line: a match can start only at a prefix, and
 * each start scans at most a few hundred characters. Whether the character before a match is
 * part of a longer word is checked by the rule, not here.
 */

export interface SecretKind {
  /** Stable kebab-case id. */
  id: string;
  /** What a finding calls it: `GitHub token`. */
  kind: string;
  /** Global regex; group 1, when present, is the secret inside a longer match. */
  pattern: RegExp;
  /** A made-up value of this kind, assembled from parts so that no scanner reads this file as holding one. */
  example: string;
  /** Characters at the start that are fixed by the format, left out of the placeholder checks (`AAAA…` of a Twitter token). */
  fixed?: number;
  /** Text every match holds, for a pattern that starts with a class: a file without it is skipped at once. */
  holds?: string;
  /**
   * A match may hold characters no token is made of (spaces, quotes): the pattern runs over the
   * whole text. Every other pattern matches only characters of the rule's TOKEN_CHARS, and only
   * their runs are searched.
   */
  spaced?: true;
}

const E = (...parts: string[]): string => parts.join("");

/** Ends a token: no further token character follows. */
const END = String.raw`(?![A-Za-z0-9_-])`;
const re = (source: string, flags = "g"): RegExp => new RegExp(source, flags);

export const SECRET_KINDS: readonly SecretKind[] = [
  // --- source hosting and package registries
  { id: "github-token", kind: "GitHub token", pattern: re(String.raw`gh[pousr]_[A-Za-z0-9]{36,251}${END}`), example: E("ghp", "_", "Vq3xT8mK2pR7wL9nB4cZ6yH1jF5dS0aG2eQ7") },
  { id: "github-fine-grained-token", kind: "GitHub token", pattern: re(String.raw`github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`), example: E("github", "_pat_", "11AQ7ZK3Y0mR8tW2pL5nVx", "_", "qT4bN8cJ2hF6sD1gK9wE3rY7uI5oP0aZ2xC4vB6nM8lK1jH3gF5dS7aQ9wE") },
  { id: "github-installation-token", kind: "GitHub token", pattern: re(String.raw`ghs_[0-9]{1,12}_eyJ[\w-]{10,400}\.eyJ[\w-]{10,1000}\.[\w-]{10,400}`), example: E("ghs", "_48213_", "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiI0ODIxMyJ9.", "Xq2mT7pL9wR4nB8cZ1yH6jF3") },
  { id: "gitlab-token", kind: "GitLab token", pattern: re(String.raw`gl(?:pat|rt|dt|ptt|ft|imt|oas|soat|agent|cbt|ffct|wt)-[\w-]{20,64}(?:\.[0-9a-z]{2}\.[0-9a-z]{7,9})?${END}`), example: E("glpat", "-", "Zx8Kq2Lm9Vb4Nr7Tw1Yc") },
  { id: "npm-token", kind: "npm token", pattern: re(String.raw`npm_[A-Za-z0-9]{36}${END}`), example: E("npm", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8") },
  { id: "pypi-token", kind: "PyPI token", pattern: re(String.raw`pypi-AgEIcHlwaS5vcmc[\w-]{40,300}${END}`), example: E("pypi", "-AgEIcHlwaS5vcmc", "CJd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm") },
  { id: "rubygems-token", kind: "RubyGems token", pattern: re(String.raw`rubygems_[a-f0-9]{48}${END}`), example: E("rubygems", "_", "3f9a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1f3a5b7c9") },
  { id: "nuget-key", kind: "NuGet API key", pattern: re(String.raw`oy2[a-z0-9]{43}${END}`), example: E("oy2", "kq8rt2vx9lq4mz7bn1wc5yh3jf6gs0pa2ek8tq3lm7b") },
  { id: "clojars-token", kind: "Clojars token", pattern: re(String.raw`CLOJARS_[a-z0-9]{60}${END}`), example: E("CLOJARS", "_", "kq8rt2vx9lq4mz7bn1wc5yh3jf6gs0pa2ek8tq3lm7bx4nc6vd8sf1ga3hj5") },
  { id: "docker-token", kind: "Docker Hub token", pattern: re(String.raw`dckr_(?:pat|oat)_[\w-]{27,60}${END}`), example: E("dckr", "_pat_", "Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0") },
  { id: "artifactory-key", kind: "JFrog Artifactory key", pattern: re(String.raw`(?:AKCp[A-Za-z0-9]{69}|cmVmd[A-Za-z0-9]{59})${END}`), example: E("AKCpJJ", "0qWiTGVsDq1ytfYqBavGZSBASjGX0OeXwi5CJScG0604SYJMT23BsUHbPXNGzed7NyF") },
  // --- chat and collaboration
  { id: "slack-token", kind: "Slack token", pattern: re(String.raw`xox[abposer]-(?:\d-)?(?:[0-9]{6,15}-){1,3}[A-Za-z0-9]{8,64}(?![\w#-])|xoxe(?:\.xox[bp])?-1-[A-Za-z0-9-]{60,300}${END}`), example: E("xoxb", "-", "482917365012-", "5810394726183-", "Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6") },
  { id: "slack-app-token", kind: "Slack app token", pattern: re(String.raw`xapp-\d-[A-Z0-9]{9,12}-\d{10,16}-[a-z0-9]{40,80}${END}`), example: E("xapp", "-1-A07QK8R2M4T-", "7390482615302-", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5") },
  { id: "slack-webhook", kind: "Slack webhook", pattern: re(String.raw`(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/(?:[A-Za-z0-9]{8,12}/[A-Za-z0-9]{8,12}/[A-Za-z0-9]{16,40}|[A-Za-z0-9+/]{40,80})${END}`), example: E("https://hooks.slack", ".com/services/", "T07QK8R2M/B07LP3X9W4N/", "Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6") },
  { id: "discord-webhook", kind: "Discord webhook", pattern: re(String.raw`https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[\w-]{60,80}`), example: E("https://discord", ".com/api/webhooks/", "1184720936150238471/", "Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8R_t2Vx9Lq") },
  { id: "teams-webhook", kind: "Microsoft Teams webhook", pattern: re(String.raw`https://[a-z0-9-]{1,40}\.webhook\.office\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]{36}`), example: E("https://contoso", ".webhook.office.com/webhookb2/", "3f9a1c2e-7b6d-4058-a1e9-c3b7d2f60a84@", "b5c7d9e1-f3a5-4b7c-9d1e-3f5a7b9c1d3e/IncomingWebhook/", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84/", "c7d9e1f3-a5b7-4c9d-1e3f-5a7b9c1d3e5f") },
  { id: "telegram-bot-token", kind: "Telegram bot token", pattern: re(String.raw`(?<![0-9])[0-9]{5,16}:A[A-Za-z0-9_-]{34}${END}`), example: E("406392", "9072:AAfNP3LGu5voRvy6n7wNWFnkMfvA2eAIcFH"), holds: ":A" },
  { id: "linear-key", kind: "Linear API key", pattern: re(String.raw`lin_(?:api|oauth)_[A-Za-z0-9]{40}${END}`), example: E("lin", "_api_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3L") },
  { id: "notion-token", kind: "Notion token", pattern: re(String.raw`(?:ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})${END}`), example: E("ntn", "_", "48291736501", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek") },
  { id: "atlassian-token", kind: "Atlassian API token", pattern: re(String.raw`ATATT3[A-Za-z0-9_=-]{150,250}${END}`), example: E("ATATT3", "xFfGF0", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5".repeat(3), "=9F3A1C2E") },
  { id: "trello-token", kind: "Trello token", pattern: re(String.raw`ATTA[0-9A-Fa-f]{60,72}${END}`), example: E("ATTA", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5") },
  { id: "airtable-token", kind: "Airtable token", pattern: re(String.raw`pat[A-Za-z0-9]{14}\.[a-f0-9]{64}${END}`), example: E("pat", "Kd8Rt2Vx9Lq4Mz", ".", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5") },
  { id: "frameio-token", kind: "Frame.io token", pattern: re(String.raw`fio-u-[\w=-]{64}${END}`), example: E("fio", "-u-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8R") },
  { id: "figma-token", kind: "Figma token", pattern: re(String.raw`fig[dou]_[\w-]{40,64}${END}`), example: E("figd", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm") },
  // --- AI services
  // A full-length project key (150 characters and more) always carries the T3BlbkFJ marker; a shorter one may not.
  { id: "openai-key", kind: "OpenAI API key", pattern: re(String.raw`sk-(?:(?:proj|svcacct|admin)-)?[\w-]{16,180}T3BlbkFJ[\w-]{16,180}${END}|sk-(?:proj|svcacct|admin)-[\w-]{40,99}${END}`), example: E("sk-proj-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa", "T3Blbk", "FJ", "Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt") },
  { id: "anthropic-key", kind: "Anthropic API key", pattern: re(String.raw`sk-ant-(?:api|admin|sid)\d{2}-[\w-]{80,100}AA${END}`), example: E("sk-ant", "-api03-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2E-k8Tq3", "AA") },
  { id: "huggingface-token", kind: "Hugging Face token", pattern: re(String.raw`(?:hf_|api_org_)[A-Za-z]{34}${END}`), example: E("hf", "_", "KdRtVxLqMzBnWcYhJfGsPaEkTqLmBxNcVd") },
  { id: "groq-key", kind: "Groq API key", pattern: re(String.raw`gsk_[A-Za-z0-9]{52}${END}`), example: E("gsk_pm", "RRAII0fwUho4rCAoVynIGxFm0yYvDV7ddL6hWbB8QQf7oJqZ8B") },
  { id: "perplexity-key", kind: "Perplexity API key", pattern: re(String.raw`pplx-[A-Za-z0-9]{48}${END}`), example: E("pplx", "-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6") },
  { id: "bedrock-key", kind: "Amazon Bedrock API key", pattern: re(String.raw`(?:ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{100,300}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%&.]{0,1200})`), example: E("ABSK", "QmVkcm9ja0FQSUtleS", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6") },
  // --- cloud
  { id: "aws-access-key-id", kind: "AWS access key id", pattern: re(String.raw`(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}${END}`), example: E("AKIA", "Q7ZK3Y4MR2TWXP5N") },
  { id: "google-api-key", kind: "Google API key", pattern: re(String.raw`AIza[\w-]{35}${END}`), example: E("AIzaSy", "ULyga4KkMbNNYgICOvndP36tz6nsMRCf2") },
  { id: "google-oauth-secret", kind: "Google OAuth client secret", pattern: re(String.raw`GOCSPX-[\w-]{28}${END}`), example: E("GOCSPX", "-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6G") },
  { id: "azure-client-secret", kind: "Azure client secret", pattern: re(String.raw`(?<![\w~.-])[\w~.-]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])`), example: E("Kd8", "7Q~", "Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8T"), holds: "Q~" },
  { id: "azure-storage-key", kind: "Azure storage account key", pattern: re(String.raw`AccountKey=([A-Za-z0-9+/]{86}==)`, "dgi"), example: E("DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf==") },
  { id: "digitalocean-token", kind: "DigitalOcean token", pattern: re(String.raw`do[opr]_v1_[a-f0-9]{64}${END}`), example: E("dop", "_v1_", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5") },
  { id: "alibaba-key-id", kind: "Alibaba Cloud access key id", pattern: re(String.raw`LTAI[A-Za-z0-9]{17,21}${END}`), example: E("LTAI", "5Kd8Rt2Vx9Lq4Mz7Bn1W") },
  { id: "vault-token", kind: "HashiCorp Vault token", pattern: re(String.raw`hv[sbr]\.[\w-]{90,400}${END}`), example: E("hvs", ".", "CAESIKd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek") },
  { id: "terraform-token", kind: "Terraform Cloud token", pattern: re(String.raw`[a-z0-9]{14}\.atlasv1\.[\w=-]{60,70}${END}`), example: E("kd8rt2vx9lq4mz", ".atlas", "v1.", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2V"), holds: ".atlasv1." },
  { id: "doppler-token", kind: "Doppler token", pattern: re(String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44}${END}`), example: E("dp", ".pt.", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx") },
  { id: "vault-legacy-token", kind: "HashiCorp Vault token", pattern: re(String.raw`(?<![\w.])s\.(?=[A-Za-z0-9]{0,23}\d)(?=[A-Za-z0-9]{0,23}[A-Z])(?=[A-Za-z0-9]{0,23}[a-z])[A-Za-z0-9]{24}(?![\w.])`), example: E("s", ".", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3"), holds: "s." },
  { id: "pulumi-token", kind: "Pulumi token", pattern: re(String.raw`pul-[a-f0-9]{40}${END}`), example: E("pul", "-", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1") },
  { id: "databricks-token", kind: "Databricks token", pattern: re(String.raw`dapi[a-fA-F0-9]{32}(?:-\d)?${END}`), example: E("dapi", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84") },
  { id: "cloudflare-token", kind: "Cloudflare API token", pattern: re(String.raw`cf(?:at|ut|k)_[A-Za-z0-9]{48}${END}`), example: E("cfat", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6") },
  { id: "vercel-token", kind: "Vercel token", pattern: re(String.raw`vc[pikar]_[A-Za-z0-9]{24,60}${END}`), example: E("vcp", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2E") },
  { id: "netlify-token", kind: "Netlify token", pattern: re(String.raw`nf[pc]_[A-Za-z0-9]{36,40}${END}`), example: E("nfp", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq") },
  { id: "flyio-token", kind: "Fly.io token", pattern: re(String.raw`(?:fo1_[\w-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,1000}={0,3})${END}`), example: E("fo1", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7B") },
  { id: "heroku-key", kind: "Heroku API key", pattern: re(String.raw`HRKU-[\w-]{58,64}${END}`), example: E("HRKU", "-", "AAKd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3H") },
  { id: "planetscale-token", kind: "PlanetScale token", pattern: re(String.raw`pscale_(?:tkn|pw|oauth)_[\w=.-]{32,64}${END}`), example: E("pscale", "_tkn_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek") },
  { id: "tailscale-key", kind: "Tailscale key", pattern: re(String.raw`tskey-[a-z]{1,12}-[A-Za-z0-9]{6,20}-[A-Za-z0-9]{16,64}${END}`), example: E("tskey", "-auth-", "kQ7ZK3Y4MR2T-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6G") },
  { id: "onepassword-token", kind: "1Password token", pattern: re(String.raw`ops_eyJ[A-Za-z0-9+/]{200,1500}={0,3}`), example: E("ops", "_eyJ", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3".repeat(3)) },
  { id: "onepassword-secret-key", kind: "1Password secret key", pattern: re(String.raw`A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}${END}`), example: E("A3", "-Q7ZK3Y-", "4MR2TW-XP5NK-8RT2V-X9LQ4-MZ7BN") },
  { id: "age-secret-key", kind: "age secret key", pattern: re(String.raw`AGE-SECRET-KEY-1[0-9A-Z]{58}${END}`), example: E("AGE-SE", "CRET-KEY-1B6TIFW5L7F78EI518RNH9WYQTXMQ7A1IVXZ0P0XNXSNV2VQN5WYLZQKJ02") },
  // --- payments, commerce, mail
  { id: "stripe-key", kind: "Stripe key", pattern: re(String.raw`(?:sk|rk)_(?:live|test|prod)_[0-9A-Za-z]{20,247}${END}`), example: E("sk", "_live_", "51Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek") },
  { id: "stripe-webhook-secret", kind: "Stripe webhook secret", pattern: re(String.raw`whsec_[A-Za-z0-9]{32,64}${END}`), example: E("whsec", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2E") },
  { id: "square-token", kind: "Square token", pattern: re(String.raw`(?:EAAA[\w-]{60}|sq0atp-[\w-]{22}|sq0csp-[\w-]{43})${END}`), example: E("sq0", "atp-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Y") },
  { id: "shopify-token", kind: "Shopify token", pattern: re(String.raw`shp(?:at|ca|pa|ss)_[A-Za-z0-9]{32,40}${END}`), example: E("shpat", "_", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84") },
  { id: "flutterwave-key", kind: "Flutterwave secret key", pattern: re(String.raw`FLWSECK(?:_TEST)?-(?:[a-h0-9]{32}-X|[a-h0-9]{12})${END}`), example: E("FLWSECK", "-", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84-X") },
  { id: "shippo-token", kind: "Shippo token", pattern: re(String.raw`shippo_(?:live|test)_[a-fA-F0-9]{40}${END}`), example: E("shippo", "_live_", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1") },
  { id: "duffel-token", kind: "Duffel token", pattern: re(String.raw`duffel_(?:test|live)_[\w=-]{43}${END}`), example: E("duffel", "_live_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7B") },
  { id: "easypost-key", kind: "EasyPost API key", pattern: re(String.raw`EZ[AT]K[A-Za-z0-9]{54}${END}`), example: E("EZAKpf", "qhp4txgvqE8fpiVEVNP6VROEkF7wbPnqU2TGqLnQh9W1KqASCoac") },
  { id: "sendgrid-key", kind: "SendGrid API key", pattern: re(String.raw`SG\.[\w-]{22}\.[\w-]{43}${END}`), example: E("SG.pfq", "hp4txgvqE8fpiVEVNP6.ROEkF7wbPnqU2TGqLnQh9W1KqASCoacQksrVI1Qhjxb") },
  { id: "sendinblue-key", kind: "Brevo (Sendinblue) API key", pattern: re(String.raw`xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}${END}`), example: E("xkeysib", "-", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5-", "Kd8Rt2Vx9Lq4Mz7B") },
  { id: "mailgun-key", kind: "Mailgun API key", pattern: re(String.raw`key-[a-f0-9]{32}${END}`), example: E("key", "-", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84") },
  { id: "mailchimp-key", kind: "Mailchimp API key", pattern: re(String.raw`(?<![A-Za-z0-9])[a-f0-9]{32}-us[0-9]{1,2}${END}`), example: E("9f3a1c2e7b6d4058a1e9c3b7d2f60a84", "-us14"), holds: "-us" },
  { id: "postman-key", kind: "Postman API key", pattern: re(String.raw`PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}${END}`), example: E("PMAK", "-", "9f3a1c2e7b6d4058a1e9c3b7-", "d2f60a84b5c7d9e1f3a5b7c9d1e3f5a7b9") },
  { id: "twilio-key", kind: "Twilio API key", pattern: re(String.raw`SK[0-9a-fA-F]{32}${END}`), example: E("SK", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84") },
  // --- observability and developer tools
  { id: "sentry-token", kind: "Sentry token", pattern: re(String.raw`(?:sntrys_eyJ[A-Za-z0-9+/=_-]{80,600}|sntryu_[a-f0-9]{64})${END}`), example: E("sntryu", "_", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5") },
  { id: "sentry-dsn", kind: "Sentry DSN", pattern: re(String.raw`https://([a-f0-9]{32})@o?[0-9]{1,12}\.ingest\.(?:[a-z]{2}\.)?sentry\.io`, "dg"), example: E("https://", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84", "@o482917.ingest.sentry.io/4506183047") },
  { id: "grafana-token", kind: "Grafana token", pattern: re(String.raw`(?:glc_[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|eyJrIjoi[A-Za-z0-9]{70,400}={0,2})${END}`), example: E("glsa", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa", "_9f3a1c2e") },
  { id: "newrelic-key", kind: "New Relic key", pattern: re(String.raw`(?:NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[\w-]{32}|NRAA-[a-f0-9]{27})${END}`), example: E("NRAK", "-", "Q7ZK3Y4MR2TWXP5NK8RT2VX9LQ4") },
  { id: "dynatrace-token", kind: "Dynatrace token", pattern: re(String.raw`dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}${END}`), example: E("dt0c01", ".FF4YNULDMZCY530SOYAP1DPK.AKUEN4IRN2T7BFKQD4746KOFHL55B0MEQINHD3RR8H3CYKPMCJI2TWK6GZIVPSSQ") },
  { id: "sourcegraph-token", kind: "Sourcegraph token", pattern: re(String.raw`sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}${END}|sgp_[a-fA-F0-9]{40}${END}`), example: E("sgp", "_", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1") },
  { id: "prefect-key", kind: "Prefect API key", pattern: re(String.raw`pnu_[A-Za-z0-9]{36}${END}`), example: E("pnu", "_", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8") },
  { id: "readme-key", kind: "ReadMe API key", pattern: re(String.raw`rdme_[a-z0-9]{70}${END}`), example: E("rdme", "_", "kd8rt2vx9lq4mz7bn1wc5yh3jf6gs0pa2ek8tq3lm7bx4nc6vd8sf1ga3hj5kq8rt2vx9l") },
  { id: "infracost-key", kind: "Infracost API key", pattern: re(String.raw`ico-[A-Za-z0-9]{32}${END}`), example: E("ico", "-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa") },
  { id: "harness-key", kind: "Harness API key", pattern: re(String.raw`(?:pat|sat)\.[A-Za-z0-9_-]{22}\.[a-z0-9]{24}\.[a-z0-9]{20}${END}`), example: E("pat", ".Kd8Rt2Vx9Lq4Mz7Bn1Wc5Y.", "kd8rt2vx9lq4mz7bn1wc5yh3.", "jf6gs0pa2ek8tq3lm7bx") },
  { id: "octopus-key", kind: "Octopus Deploy API key", pattern: re(String.raw`API-[A-Z0-9]{26}${END}`), example: E("API", "-", "Q7ZK3Y4MR2TWXP5NK8RT2VX9LQ") },
  { id: "openshift-token", kind: "OpenShift token", pattern: re(String.raw`sha256~[\w-]{43}${END}`), example: E("sha256", "~", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7B") },
  { id: "scalingo-token", kind: "Scalingo token", pattern: re(String.raw`tk-us-[\w-]{48}${END}`), example: E("tk", "-us-", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6") },
  { id: "settlemint-token", kind: "SettleMint token", pattern: re(String.raw`sm_(?:pat|aat|sat)_[a-zA-Z0-9]{16}${END}`), example: E("sm", "_pat_", "Kd8Rt2Vx9Lq4Mz7B") },
  { id: "intra42-secret", kind: "42 Intra client secret", pattern: re(String.raw`s-s4t2(?:ud|af)-[a-f0-9]{64}${END}`), example: E("s-s4t2", "ud-", "9f3a1c2e7b6d4058a1e9c3b7d2f60a84b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5") },
  { id: "authress-key", kind: "Authress access key", pattern: re(String.raw`(?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_-][a-z0-9-]{10,32}\.[a-z0-9+/_=-]{30,120}${END}`), example: E("sc", "_kd8rt2vx9l.q4mz.", "acc_7bn1wc5yh3.", "jf6gs0pa2ek8tq3lm7bx4nc6vd8sf1ga3hj5") },
  { id: "twitter-bearer-token", kind: "Twitter bearer token", pattern: re(String.raw`A{22}[A-Za-z0-9%]{80,140}${END}`), example: E("A".repeat(22), "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5%3DKq8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3"), fixed: 22, holds: "A".repeat(22) },
  { id: "sidekiq-credentials", kind: "Sidekiq Enterprise credentials", pattern: re(String.raw`BUNDLE_(?:ENTERPRISE|GEMS)__CONTRIBSYS__COM[ \t]{0,8}[:=][ \t]{0,8}["']?([a-f0-9]{8}:[a-f0-9]{8})${END}`, "dg"), spaced: true, example: E("BUNDLE_ENTERPRISE__CONTRIBSYS__COM=", "9f3a1c2e:7b6d4058"), holds: "CONTRIBSYS" },
  { id: "facebook-token", kind: "Facebook access token", pattern: re(String.raw`EAA[A-Z][A-Za-z0-9]{80,300}${END}|(?<![0-9])[0-9]{15,16}\|[\w-]{27}${END}`), example: E("EAAC", "Kd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3") },
  { id: "mapbox-token", kind: "Mapbox secret token", pattern: re(String.raw`sk\.eyJ[A-Za-z0-9]{50,120}\.[\w-]{20,30}${END}`), example: E("sk", ".eyJ", "1IjoiY29udG9zbyIsImEiOiJjbGtkOHJ0MnZ4OWxxNG16N2JuMXdjNXloM2pmNmdzMHBhMiJ9", ".Kd8Rt2Vx9Lq4Mz7Bn1Wc5Y") },
  { id: "dropbox-token", kind: "Dropbox token", pattern: re(String.raw`sl\.[\w=-]{130,160}${END}`), example: E("sl", ".", "BKd8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2Vx9Lq4Mz7Bn1Wc5Yh3Jf6Gs0Pa2Ek8Tq3Lm7Bx4Nc6Vd8Sf1Ga3Hj5Kq8Rt2Vx9Lq4Mz7Bn1W") },
];

/**
 * Values that vendors publish in their own documentation and samples, copied into skills as
 * they are: Google's Firebase sample-app API keys (public by design), the example passwords in
 * Neon's API reference, and the search-only key of Remotion's public Algolia DocSearch index.
 * Kept as the first 24 hex digits of their SHA-256, not as values.
 */
export const PUBLISHED_KEYS: ReadonlySet<string> = new Set([
  "c78d5c26aa72c11a456a603a", "cb4f5d0eae45dff1be81b4aa", "2c83738dad8566c20dc99e9a", "7ebbdbe08fae01da87e0b680",
  "2037abcaffb2b77785da716c", "3f370c9dd8225c63b5c77de1", "e4a5542bb7fd7b67e943c71a", "a19f89ab3555eac10c40741f",
  "0b476bdf9acf2123d547b5ae", "eb540d2b6ee2a0a47c5779bc", "37f8f09bdf12c2f2eae4ead7", "8731261cb72d86267a32a532",
  "49f777db995e8260da7ca9ff", "27a9a42931dff7eb2f8434e2", "dc0fcf046c61640cbd1e8b99", "4c98242dcadc8b29005c6b4a",
  "ea9bb1082cf95663f5faca23", "3a8b61d0f636b007840c0d40", "a6c814bc555ae62c7bd8b58e",
]);
