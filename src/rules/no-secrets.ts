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
import type { Frontmatter, Range } from "../model/types.js";
import { defineRule } from "./define.js";

interface Finding {
  start: number;
  end: number;
  kind: string;
  value: string;
}

/*
 * Every pattern here stays linear on any line. A backtracking regex goes quadratic when a match
 * can start at many positions of one run of characters and each start scans to the run's end:
 * `sk-sk-sk-…` made the OpenAI pattern rescan 500 KB from each of its 170,000 `sk-` (156 s).
 * So a quantifier over a run is either bounded, or its match starts only where a run starts.
 */

/**
 * Where a token may start: not inside a run of `\w` or `-`, but allowed after one lone dash so
 * that `${KEY:-sk-…}` is still read. In `sk-sk-sk-…` only the first `sk-` is a start.
 */
const TOKEN_START = String.raw`(?<![\w-]-|\w)`;

/**
 * Cheap gate: a run of 16+ token characters with a letter and a digit, a PEM block, a password
 * in a URL or assigned. The run is looked at from its first character only (each lookahead
 * scans it once), not from every character in it.
 */
const CANDIDATE = /(?<![\w+/=-])(?=[\w+/=-]*\d)(?=[\w+/=-]*[A-Za-z])[\w+/=-]{16,}|-----BEGIN|:\/\/[^\s/:@]+:[^\s/@]+@|(?:pass(?:word|wd)?|pwd)\w{0,64}["']?\s*[:=]/i;

const HIGH_ENTROPY = "high-entropy secret";

/** Token formats; `group` picks the secret out of a longer match (those regexes have the `d` flag, for its position). */
const FORMATS: { kind: string; re: RegExp; group?: number }[] = [
  { kind: "GitHub token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})\b/g },
  { kind: "npm token", re: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: "Slack token", re: /\bxox[baprse]-[A-Za-z0-9-]{10,}/g },
  { kind: "Slack webhook URL", re: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g },
  // A key id next to its secret is how AWS keys leak; AWS's documented example ends in EXAMPLE and is skipped.
  { kind: "AWS access key id", re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { kind: "AWS secret access key", re: /aws_?secret_?(?:access_?)?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/dgi, group: 1 },
  { kind: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g },
  { kind: "private key", re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { kind: "Stripe key", re: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{20,}\b/g },
  { kind: "SendGrid API key", re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}\b/g },
  { kind: "Shopify token", re: /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g },
  { kind: "Linear API key", re: /\blin_api_[A-Za-z0-9]{40}\b/g },
  { kind: "Anthropic API key", re: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/g },
  {
    kind: "OpenAI API key",
    re: new RegExp(String.raw`${TOKEN_START}sk-(?:proj-|svcacct-|admin-)?[\w-]{16,}T3BlbkFJ[\w-]{16,}|${TOKEN_START}sk-proj-[\w-]{40,}`, "g"),
  },
  { kind: "JSON Web Token", re: new RegExp(String.raw`${TOKEN_START}eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}`, "g") },
  // A scheme is short; unbounded, every letter of `a.a.a.…` started a scan to the line's end.
  { kind: "password in a URL", re: /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s/:@]+:([^\s/@]{3,})@[^\s/]+/dgi, group: 1 },
  { kind: "Trello token", re: /\bATTA[0-9A-Fa-f]{60,}\b/g },
  { kind: "Trello key or token", re: /\b(?:trello[\w-]{0,40}|api[_-]?key|key|token)["']?\s*[:=]\s*["'`]?([0-9a-f]{32}|[0-9a-f]{64})\b/dgi, group: 1 },
  {
    kind: HIGH_ENTROPY,
    // The name is bounded on both sides of its secret-like word: two unbounded runs around it
    // tried every split of `keykeykey…`, quadratic in one word.
    re: /\b([A-Za-z0-9_]{0,64}?(?:key|token|secret|password|passwd|pwd|credential)[A-Za-z0-9_]{0,64})["']?\s*[:=]\s*["'`]?([A-Za-z0-9+/_.=-]{12,})/dgi,
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
      const start = group ? m.indices![group]![0] : m.index;
      if (looksLikePlaceholder(value)) continue;
      if (kind === HIGH_ENTROPY && !isHighEntropySecret(m[1]!, value)) continue;
      out.push({ start, end: start + value.length, kind, value });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Findings that do not overlap an earlier, longer one (two formats, one secret). */
function distinct(findings: readonly Finding[]): Finding[] {
  let lastEnd = -1;
  return findings.filter((f) => {
    if (f.start < lastEnd) return false;
    lastEnd = f.end;
    return true;
  });
}

/** A key path into the frontmatter data, linked child to parent so that a deep walk copies nothing. */
interface KeyPath {
  segment: string | number;
  parent?: KeyPath;
}

function toArray(path: KeyPath): (string | number)[] {
  const out: (string | number)[] = [];
  for (let p: KeyPath | undefined = path; p; p = p.parent) out.push(p.segment);
  return out.reverse();
}

/** The first index of ascending `values` at or after `min`. */
function lowerBound(values: readonly number[], min: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < min) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Secrets that only the decoded YAML shows: a double-quoted string can spell a token with
 * escapes (`"\x67hp_…"`) that the raw text never contains. Every string value and key, at any
 * depth, is scanned as the YAML parser decoded it, a string value together with its key so that
 * `api_key: "\x5a…"` is still a name with a value. A finding is placed at the value's range (the
 * key's, when it is in the key) and skipped when the raw text showed the same secret there.
 */
function* decodedSecrets(fm: Frontmatter, raw: readonly Finding[]): Generator<{ finding: Finding; range: Range }> {
  const rawStarts = new Map<string, number[]>(); // secret -> where the raw text shows it, ascending
  for (const f of raw) {
    const starts = rawStarts.get(f.value);
    if (starts) starts.push(f.start);
    else rawStarts.set(f.value, [f.start]);
  }
  const shownRaw = (value: string, range: Range): boolean => {
    const starts = rawStarts.get(value) ?? [];
    return (starts[lowerBound(starts, range.start.offset)] ?? Infinity) < range.end.offset;
  };
  /** Scan `text`; findings before `keyEnd` are in the key. */
  function* scan(text: string, keyEnd: number, path: KeyPath) {
    if (!CANDIDATE.test(text)) return;
    for (const finding of distinct(findSecrets(text))) {
      const range = fm.rangeOf(toArray(path), finding.start < keyEnd);
      if (range && !shownRaw(finding.value, range)) yield { finding, range };
    }
  }
  // An explicit stack: YAML can nest deeper than the call stack.
  const stack: { value: unknown; path?: KeyPath }[] = [{ value: fm.data }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string" && path) yield* scan(value, 0, path);
    else if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, path: { segment: i, parent: path } }));
    else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        const at: KeyPath = { segment: key, parent: path };
        if (typeof item === "string") yield* scan(`${key}: ${item}`, key.length + 2, at);
        else {
          yield* scan(key, Infinity, at);
          stack.push({ value: item, path: at });
        }
      }
    }
  }
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
    preset: "recommended",
    scope: "all",
    messages: {
      secret: "Unexpected literal {{kind}} `{{masked}}`: never write a credential into a skill, reference an environment variable such as `${NAME}` instead",
    },
  },
  check(ctx) {
    const { text, frontmatter, lines } = ctx.doc;
    const raw = CANDIDATE.test(text) ? findSecrets(text) : [];
    for (const f of distinct(raw)) {
      ctx.report({ messageId: "secret", data: { kind: f.kind, masked: mask(f.value) }, at: lines.range(f.start, f.end) });
    }
    if (!frontmatter?.data) return;
    // Every raw finding, not only the reported ones: a secret the raw text shows under another format is still shown.
    for (const { finding, range } of decodedSecrets(frontmatter, raw)) {
      ctx.report({ messageId: "secret", data: { kind: finding.kind, masked: mask(finding.value) }, at: range });
    }
  },
});
