/**
 * no-secrets: a literal credential written into a skill leaks to every agent and repository
 * that reads it. Token formats come from secretlint's recommended preset (loaded only when a
 * file holds a token-shaped string); skillc adds what it misses: Trello keys and tokens,
 * Anthropic and OpenAI keys, and long high-entropy values assigned to secret-like names.
 * Reported values are always masked.
 */
import { defineRule } from "./define.js";

interface Finding {
  start: number;
  end: number;
  kind: string;
  value: string;
}

/** Cheap gate: a run of 16+ token characters with a letter and a digit, a PEM block, or a password in a URL. */
const CANDIDATE = /(?=[A-Za-z0-9+/=_-]{0,200}\d)(?=[A-Za-z0-9+/=_-]{0,200}[A-Za-z])[A-Za-z0-9+/=_-]{16,}|-----BEGIN|:\/\/[^\s/:@]+:[^\s/@]+@/;

const OWN: { kind: string; re: RegExp; group?: number }[] = [
  { kind: "Trello token", re: /\bATTA[0-9A-Fa-f]{60,}\b/g },
  {
    kind: "Trello key or token",
    re: /\b(?:trello[\w-]*|api[_-]?key|key|token)["']?\s*[:=]\s*["'`]?([0-9a-f]{32}|[0-9a-f]{64})\b/gi,
    group: 1,
  },
  // secretlint scans AWS key ids only when asked (enableIDScanRule); a key id next to its secret is how keys leak.
  { kind: "AWS access key id", re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { kind: "Anthropic API key", re: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/g },
  { kind: "OpenAI API key", re: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}|\bsk-proj-[A-Za-z0-9_-]{40,}/g },
  {
    kind: "high-entropy secret",
    re: /\b[A-Za-z0-9_]*(?:key|token|secret|password|passwd|pwd|credential)[A-Za-z0-9_]*["']?\s*[:=]\s*["'`]?([A-Za-z0-9+/_.=-]{20,})/gi,
    group: 1,
  },
];

const SECRETLINT_NAMES: Record<string, string> = {
  aws: "AWS credential",
  gcp: "Google Cloud credential",
  github: "GitHub token",
  npm: "npm token",
  slack: "Slack token",
  "privatekey": "private key",
  "basicauth": "password in a URL",
  openai: "OpenAI API key",
  anthropic: "Anthropic API key",
  linear: "Linear API key",
  "1password": "1Password secret",
  sendgrid: "SendGrid API key",
  shopify: "Shopify token",
  "database-connection-string": "database password",
};

export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}

function looksLikePlaceholder(value: string): boolean {
  return /your|example|sample|dummy|placeholder|xxxx|\*\*\*|\$\{|\{\{|<|\[/i.test(value);
}

function ownFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const { kind, re, group } of OWN) {
    for (const m of text.matchAll(re)) {
      const value = group ? m[group]! : m[0];
      const start = m.index + m[0].lastIndexOf(value);
      if (looksLikePlaceholder(value)) continue;
      if (kind === "high-entropy secret") {
        // A real secret mixes letters and digits and is not a plain word, path or hash name.
        if (!/\d/.test(value) || !/[A-Za-z]/.test(value) || entropy(value) < 3.5 || /^[a-z]+(?:[-_.][a-z]+)*$/i.test(value)) continue;
      }
      out.push({ start, end: start + value.length, kind, value });
    }
  }
  return out;
}

type SecretlintModule = typeof import("@secretlint/core");
let secretlint: Promise<{ core: SecretlintModule; preset: unknown }> | undefined;

async function secretlintFindings(text: string, path: string): Promise<Finding[]> {
  secretlint ??= Promise.all([import("@secretlint/core"), import("@secretlint/secretlint-rule-preset-recommend")]).then(
    ([core, preset]) => ({ core, preset: preset.creator }),
  );
  const { core, preset } = await secretlint;
  const result = await core.lintSource({
    source: { filePath: path, content: text, contentType: "text" },
    options: {
      config: { rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: preset as never }] },
      maskSecrets: true,
    },
  });
  return result.messages.map((m) => {
    const id = m.ruleId.replace(/^.*secretlint-rule-/, "");
    return { start: m.range[0], end: m.range[1], kind: SECRETLINT_NAMES[id] ?? `${id} secret`, value: text.slice(m.range[0], m.range[1]) };
  });
}

/** `ghp_abcd…` -> `ghp_****`: enough to find it, never enough to use it. */
export function mask(value: string): string {
  return `${value.slice(0, Math.min(4, Math.floor(value.length / 4)))}${"*".repeat(8)}`;
}

export default defineRule({
  id: "no-secrets",
  meta: {
    description: "A literal credential value (token or key patterns, long high-entropy strings) anywhere in the file",
    defaultSeverity: "error",
    scope: "all",
    messages: {
      secret: "Unexpected literal {{kind}} `{{masked}}`: never write a credential into a skill, reference an environment variable such as `${NAME}` instead",
    },
  },
  async check(ctx) {
    const { text, path } = ctx.doc;
    if (!CANDIDATE.test(text)) return;
    const findings = [...(await secretlintFindings(text, path)), ...ownFindings(text)].sort((a, b) => a.start - b.start);
    let lastEnd = -1;
    for (const f of findings) {
      if (f.start < lastEnd) continue; // Two detectors, one secret.
      lastEnd = f.end;
      const start = ctx.doc.lines.point(f.start);
      ctx.report({ messageId: "secret", data: { kind: f.kind, masked: mask(f.value) }, at: { start, end: ctx.doc.lines.point(f.end) } });
    }
  },
});
