/**
 * no-secrets: a literal credential written into a skill leaks to every agent and repository
 * that reads it. Known token formats (GitHub, npm, Slack, AWS, Google, Stripe, SendGrid,
 * Shopify, Linear, OpenAI, Anthropic, Trello, JWTs, private key blocks, passwords in URLs)
 * are matched by their documented shapes, plus long high-entropy values assigned to
 * secret-like names. Reported values are always masked.
 *
 * The formats follow secretlint's recommended preset. skillc does not run secretlint itself:
 * its profiler grows with the square of the files linted and cannot be turned off (measured:
 * 6.8 s of 25 s on 1,000 files), and its import alone costs ~65 ms per run.
 */
import { defineRule } from "./define.js";

interface Finding {
  start: number;
  end: number;
  kind: string;
  value: string;
}

/** Cheap gate, in linear time: a PEM block, a password in a URL or assigned, or a run of 16+ token characters with a letter and a digit. */
const GATE = /-----BEGIN|:\/\/[^\s/:@]{1,128}:[^\s/@]{1,128}@|(?:pass(?:word|wd)?|pwd)\w{0,32}["']?\s{0,8}[:=]/i;
const TOKEN_RUN = /[A-Za-z0-9+/=_-]{16,}/g;

function isCandidate(text: string): boolean {
  if (GATE.test(text)) return true;
  // Each maximal run is matched once; looking ahead for a digit from every position would be quadratic.
  for (const m of text.matchAll(TOKEN_RUN)) if (/\d/.test(m[0]) && /[A-Za-z]/.test(m[0])) return true;
  return false;
}

const HIGH_ENTROPY = "high-entropy secret";

/** Token formats; `group` picks the secret out of a longer match. */
const FORMATS: { kind: string; re: RegExp; group?: number }[] = [
  { kind: "GitHub token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})\b/g },
  { kind: "npm token", re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: "Slack token", re: /(?<![A-Za-z0-9-])xox[baprse]-[A-Za-z0-9-]{10,255}/g },
  { kind: "Slack webhook URL", re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{1,32}\/B[A-Z0-9]{1,32}\/[A-Za-z0-9]{16,64}/g },
  // A key id next to its secret is how AWS keys leak; AWS's documented example ends in EXAMPLE and is skipped.
  { kind: "AWS access key id", re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { kind: "AWS secret access key", re: /aws_?secret_?(?:access_?)?key["']?\s{0,8}[:=]\s{0,8}["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi, group: 1 },
  { kind: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { kind: "private key", re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: "Stripe key", re: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,255}\b/g },
  { kind: "SendGrid API key", re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { kind: "Shopify token", re: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g },
  { kind: "Linear API key", re: /\blin_api_[A-Za-z0-9]{40}\b/g },
  { kind: "Anthropic API key", re: /(?<![A-Za-z0-9_-])sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,255}/g },
  { kind: "OpenAI API key", re: /(?<![A-Za-z0-9_-])sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,160}T3BlbkFJ[A-Za-z0-9_-]{16,160}|(?<![A-Za-z0-9_-])sk-proj-[A-Za-z0-9_-]{40,255}/g },
  { kind: "JSON Web Token", re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,300}\.eyJ[A-Za-z0-9_-]{10,2048}\.[A-Za-z0-9_-]{10,1024}/g },
  { kind: "password in a URL", re: /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s/:@]{1,128}:([^\s/@]{3,128})@[^\s/]{1,255}/gi, group: 1 },
  { kind: "Trello token", re: /\bATTA[0-9A-Fa-f]{60,255}\b/g },
  { kind: "Trello key or token", re: /\b(?:trello[\w-]{0,32}|api[_-]?key|key|token)["']?\s{0,8}[:=]\s{0,8}["'`]?([0-9a-f]{32}|[0-9a-f]{64})\b/gi, group: 1 },
  {
    kind: HIGH_ENTROPY,
    re: /\b([A-Za-z0-9_]{0,48}(?:key|token|secret|password|passwd|pwd|credential)[A-Za-z0-9_]{0,48})["']?\s{0,8}[:=]\s{0,8}["'`]?([A-Za-z0-9+/_.=-]{12,255})/gi,
    group: 2,
  },
];

/** Names that hold a secret's path, name or id, never the secret itself (`ssh_key_path`, `secret_name`). */
const REFERENCE_NAME = /(?:_|^)(?:path|file|filename|name|url|uri|id|dir|env|var|ref|arn|type|length|size|count)$/i;
/** Values that are identifiers or locations rather than secrets. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A path or resource name (`projects/x/secrets/y`): lower-case segments, unlike base64, which mixes case. */
const PATH = /^(?:\/|\.{1,2}\/|~\/)|^(?:[a-z0-9._-]+\/){2,}[a-z0-9._-]*$/;

/** A high-entropy value assigned to a secret-like name: long enough for its kind, mixed, and not an identifier. */
function isHighEntropySecret(name: string, value: string): boolean {
  if (REFERENCE_NAME.test(name) || UUID.test(value) || PATH.test(value)) return false;
  // Passwords are often shorter than keys and tokens, and need not hold a digit.
  const password = /pass(?:word|wd)?|pwd/i.test(name);
  if (value.length < (password ? 12 : 20) || !/[A-Za-z]/.test(value)) return false;
  if (!/\d/.test(value) && !(password && /[a-z]/.test(value) && /[A-Z]/.test(value))) return false;
  // Plain words (`some-setting-name`, `CamelCaseName`) are not secrets; random mixed case is.
  return entropy(value) >= 3.5 && !/^[a-z]+(?:[-_.][a-z]+)*$/.test(value) && !/^(?:[A-Z][a-z]+)+$/.test(value);
}

/** Shannon entropy in bits per character. */
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

export function findSecrets(text: string): Finding[] {
  const out: Finding[] = [];
  for (const { kind, re, group } of FORMATS) {
    for (const m of text.matchAll(re)) {
      const value = group ? m[group]! : m[0];
      const start = m.index + m[0].lastIndexOf(value);
      if (looksLikePlaceholder(value)) continue;
      if (kind === HIGH_ENTROPY && !isHighEntropySecret(m[1]!, value)) continue;
      out.push({ start, end: start + value.length, kind, value });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** `ghp_abcd…` -> `ghp_********`: enough to find it, never enough to use it. */
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
  check(ctx) {
    const { text } = ctx.doc;
    if (!isCandidate(text) && !/\\[xuU]/.test(ctx.doc.frontmatter ? text.slice(0, ctx.doc.frontmatter.range.end.offset) : "")) return;
    let lastEnd = -1;
    const raw = new Set<string>();
    for (const f of findSecrets(text)) {
      if (f.start < lastEnd) continue; // Two formats, one secret.
      lastEnd = f.end;
      raw.add(f.value);
      ctx.report({ messageId: "secret", data: { kind: f.kind, masked: mask(f.value) }, at: { start: ctx.doc.lines.point(f.start), end: ctx.doc.lines.point(f.end) } });
    }
    // A YAML escape (`"\x67hp_…"`) hides a token from the raw text: decoded values are scanned too, at the value's place.
    const fm = ctx.doc.frontmatter;
    const visit = (value: unknown, path: (string | number)[]): void => {
      if (path.length > 16) return;
      if (typeof value === "string") {
        for (const f of findSecrets(value)) {
          if (raw.has(f.value)) continue;
          raw.add(f.value);
          const at = fm?.rangeOf(path) ?? fm?.range;
          if (at) ctx.report({ messageId: "secret", data: { kind: f.kind, masked: mask(f.value) }, at });
        }
      } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
      else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    };
    visit(fm?.data, []);
  },
});
