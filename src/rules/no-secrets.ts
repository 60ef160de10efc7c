/**
 * no-secrets: a literal credential written into a skill leaks to every agent and repository
 * that reads it. Three detectors, each naming the kind of credential it found:
 *
 * - token formats that give themselves away (`ghp_…`, `glpat-…`, `hf_…`, `xoxb-…`, webhooks):
 *   the catalog in ./secret-kinds.ts, plus JSON Web Tokens whose parts decode, and private key
 *   blocks with a real body;
 * - a value given to a secret-like name, in any of the usual ways of assigning (`=`, `:`, `:=`,
 *   `=>`, `?=`, `.=`, `"NAME", "value"`, `<nameToken>value</nameToken>`, `--token value`,
 *   `Authorization: Bearer value`), when it is random enough to be a secret;
 * - a password in a URL (`https://user:pass@host`) or a `curl -u user:pass`.
 *
 * Documented placeholders (`xxxx`, `<token>`, `${VAR}`, `your-…`, `…EXAMPLE`, runs like
 * `abcdefg`) and templated values are never findings. Reported values are always masked.
 * skillc does not run secretlint: its profiler grows with the square of the files linted, and
 * on the scanners' own labelled cases this rule finds more (bench/secrets.mjs).
 */
import { createHash } from "node:crypto";
import type { Frontmatter, Range } from "../model/types.js";
import { defineRule } from "./define.js";
import { PUBLISHED_KEYS, SECRET_KINDS } from "./secret-kinds.js";

interface Finding {
  start: number;
  end: number;
  kind: string;
  value: string;
}

/*
 * Every pattern here stays linear on any line. A backtracking regex goes quadratic when a match
 * can start at many positions of one run of characters and each start scans to the run's end:
 * `sk-sk-sk-…` made an unbounded OpenAI pattern rescan 500 KB from each of its 170,000 `sk-`.
 * So every quantifier over a run is bounded, and a scan that walks a name or value by hand
 * moves past what it walked.
 */

/**
 * Where a token may start: not inside a run of word characters, dots or dashes, but allowed after
 * one lone dash so that `${KEY:-sk-…}` is still read. In `sk-sk-sk-…` only the first `sk-` is a
 * start, so no pattern rescans a run from each of its prefixes.
 */
const TOKEN_START = String.raw`(?<![\w.-]-|[\w.])`;
const KINDS = SECRET_KINDS.map((k) => ({
  ...k,
  pattern: new RegExp(TOKEN_START + k.pattern.source, k.pattern.flags),
  // The literal text every match starts with (`gh` of `gh[pousr]_…`), when there is one: a file without it is skipped at once.
  anchor: k.holds ?? (k.pattern.flags.includes("i") || hasTopLevelAlternative(k.pattern.source) ? undefined : /^[A-Za-z0-9_]{2,}/.exec(k.pattern.source.replace(/\\([.-])/g, "$1"))?.[0]),
}));

/** Whether a pattern is `A|B` at its top level (so no one literal starts every match). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/** Shannon entropy in bits per character. */
export function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}

/** Words and marks that documentation uses for a value to fill in. */
const PLACEHOLDER = /your|example|sample|dummy|placeholder|xxxx|\*\*\*|\.\.|…|\$\{|\$\(|\$[A-Z_]{2,}|\{[\w.-]+\}|\{\{|%\(|<|>|\[|changeme|change_me|replace|redacted|fake|foobar|lorem|insert|here|todo/i;

/** A run that no random value has: 7 characters counting up (`abcdefg`, `1234567`) or one character 10 times. */
function hasMadeUpRun(value: string): boolean {
  let up = 1;
  let same = 1;
  let pairs = 0;
  for (let i = 1; i < value.length; i++) {
    const d = value.charCodeAt(i) - value.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    same = d === 0 ? same + 1 : 1;
    // `A1B2C3D4E5`: every other character counting up
    pairs = i >= 2 && value.charCodeAt(i) - value.charCodeAt(i - 2) === 1 ? pairs + 1 : 0;
    if (up >= 7 || same >= 10 || pairs >= 8) return true;
  }
  return false;
}

export function looksLikePlaceholder(value: string): boolean {
  return PLACEHOLDER.test(value) || hasMadeUpRun(value) || new Set(value).size < 6;
}

/** A value its vendor publishes in documentation (./secret-kinds.ts, PUBLISHED_KEYS). */
function isPublished(value: string): boolean {
  return PUBLISHED_KEYS.has(createHash("sha256").update(value).digest("hex").slice(0, 24));
}

/** `eyJ….eyJ….sig` whose header and payload decode to JSON objects, the header naming an algorithm. */
function isJwt(token: string): boolean {
  const [header, payload] = token.split(".");
  try {
    const h: unknown = JSON.parse(Buffer.from(header!, "base64url").toString("utf8"));
    const p: unknown = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8"));
    // A token that grants something says whom or until when: `{"confidence":0.8}` is a test value.
    return typeof h === "object" && h !== null && "alg" in h && typeof p === "object" && p !== null && Object.keys(p).some((k) => CLAIMS.has(k));
  } catch {
    return false;
  }
}

const CLAIMS = new Set(["iss", "sub", "aud", "exp", "nbf", "iat", "jti", "scope", "scp", "role", "roles", "email", "user_id", "uid", "client_id", "azp", "name", "username"]);
const JWT = new RegExp(String.raw`${TOKEN_START}eyJ[\w-]{8,2000}\.eyJ[\w-]{8,8000}\.[\w-]{16,2000}`, "g");
const PRIVATE_KEY = /-----BEGIN[ A-Z0-9]{0,40} PRIVATE KEY(?: BLOCK)?-----/g;

/** A key block holds a key when the next lines carry a long random base64 run, not `...` or `anything`. */
function hasKeyBody(text: string, from: number): boolean {
  // Up to the next `-----` (the END line): a run of headers alone reads no further than itself.
  const stop = text.indexOf("-----", from);
  const window = text.slice(from, Math.min(stop === -1 ? text.length : stop, from + 600)).replace(/\\r|\\n|\s|"/g, "");
  const body = /[A-Za-z0-9+/=]{40,}/.exec(window)?.[0];
  return body !== undefined && !looksLikePlaceholder(body) && entropy(body) >= 4.5;
}

/** Words example passwords are made of: `P@ssw0rd123!`, `TempPass123!`, `Welcome123!`, `ReviewDemo2025!`. */
const PASSWORD_WORDS = /^(?:pass(?:word|wd)?|pwd|test(?:ing)?|temp|tmp|welcome|demo|admin(?:istrator)?|secret|secure|new|old|review|user|guest|change|me|letmein|qwerty|example|sample|default|root|hello|world|foo|bar|baz|my|your|dev|prod|local|super|strong|db|app|abc|xyz|word)+$/;

/** A password that only spells example words with digits and symbols around them. */
function isExamplePassword(value: string): boolean {
  const lower = value.toLowerCase();
  // As written (`Test123!@#`) and with its look-alike letters read back (`P@ssw0rd`)
  return [lower, lower.replace(/@/g, "a").replace(/0/g, "o").replace(/\$/g, "s")].some((v) => {
    const letters = v.replace(/[^a-z]/g, "");
    return letters.length > 0 && PASSWORD_WORDS.test(letters);
  });
}

/** Passwords in URLs and `curl -u` that are stand-ins, defaults or the user name again. */
const STAND_IN_PASSWORD = /^(?:pass(?:word|wd)?\d*|pwd|secret|token|api_?key|key|admin|root|test|user(?:name)?|guest|demo|default|changeme|letmein|qwerty|postgres|mysql|mongo(?:db)?|redis|rabbitmq|minio|1234\w*)$/i;

function isRealPassword(user: string, password: string): boolean {
  if (password.length < 4 || password === user || new Set(password).size < 3) return false;
  if (/^[$%{<[*]|\$\{|\$\(|\{\{|%\w+%/.test(password) || PLACEHOLDER.test(password)) return false;
  // A short lower-case word (`user:pass`, `user:token`) stands for a password rather than being one.
  return !STAND_IN_PASSWORD.test(password) && !/passw(?:or)?d|your/i.test(password) && !/^[a-z]{1,6}$/.test(password);
}

/** A bounded scheme, then user and password: unbounded, every letter of `a.a.a.…` started a scan to the line's end. */
const URL_PASSWORD = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{0,31}:\/\/([^\s/:@"'`<>]{1,128}):([^\s/@"'`<>]{1,128})@[^\s/"'`<>]/diy;
const CURL_USER = /\bcurl\b[^\n]{0,400}?\s(?:-u|--user)[\s=]{1,8}["']?([^\s:"'`\\]{0,128}):["']?([^\s"'`\\]{0,128})/dg;

/** Where a secret-like word may sit in a name; the name around it is walked by hand. */
const SECRET_WORD = /key|token|secret|passw|pwd|credential|creds|auth/gi;
/** The word at a name's end that makes it a secret's name (`apiKey`, `CLIENT_SECRET`); not `pass`, a test's status as often as a password. */
const SECRET_HEAD = /(?:key|token|secret|passw(?:or)?d|pwd|credentials?|creds|auth|authorization)s?$/;
/** Names of something else that merely contains a secret-like word. */
const NOT_SECRET_NAME =
  /^(?:.*(?:monkey|turkey|hockey|jockey|whiskey|donkey|author)|authenticity|pub.*|public|publishable|csrf|xsrf|idempotency|request|correlation|trace|primary|foreign|sort|partition|hot|natural|schema|sequence|bucket|idx|issuer|cache|max|min|num|next|page|continuation|sample|dummy|fake|example|mock|placeholder|no|is|has|use|with|require|enable|disable)$/;
const NAME_CHAR = /[\w.-]/;

/** `apiKey` -> `api key`, `AUTH_CLIENTSECRET` -> `auth clientsecret`. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const nameKinds = new Map<string, string | undefined>();

/** Whether `name` names a secret, and what to call it (remembered: a file repeats its names). */
function secretNameKind(name: string): string | undefined {
  if (nameKinds.has(name)) return nameKinds.get(name);
  if (nameKinds.size > 4096) nameKinds.clear();
  const kind = nameKindOf(name);
  nameKinds.set(name, kind);
  return kind;
}

function nameKindOf(name: string): string | undefined {
  const words = nameWords(name);
  while (words.length > 1 && /^\d+$/.test(words.at(-1)!)) words.pop(); // api_token_2
  const head = words.at(-1);
  if (!head || !SECRET_HEAD.test(head) || words.some((w) => NOT_SECRET_NAME.test(w))) return undefined;
  if (/^authorization$/.test(head)) return "Authorization header credential";
  if (words.includes("aws") && words.some((w) => /secret/.test(w))) return "AWS secret access key";
  if (/passw|pwd|^pass$/.test(head) || /passw/.test(words.join(" "))) return "password";
  if (/auth$/.test(head)) return words.some((w) => /pass/.test(w)) ? "password" : "credential";
  return /secret/.test(head) ? "secret" : /cred/.test(head) ? "credential" : /token/.test(head) ? "token" : "API key";
}

/** Operators that give a name its value, longest first. `,` only follows a quoted name: `setProperty("X_TOKEN", "…")`. */
const OPERATORS = [":::=", "::=", ":=", "?=", "??=", "||=", "=>", ".=", "+=", "=", ":", ","];
/** A value may open with an auth scheme: `Authorization: Bearer …`. */
const SCHEME = /(?:Bearer|Basic|Token|Bot|Digest|ApiKey|Api-Token|token|bearer|basic)[ \t]{1,8}/y;

/** A name a value is given to: the name, its kind, and where the value starts. */
function valueAfterName(text: string, start: number, end: number): { at: number; form: "element" | "comma" | "assign" } | undefined {
  let i = end;
  const before = text[start - 1];
  const quotedName = (before === '"' || before === "'") && text[i] === before;
  if (quotedName) i++;
  if (before === "<" && text[i] === ">") {
    // <nameToken>value</nameToken>, the value perhaps on the next line
    i++;
    while (i < end + 40 && /\s/.test(text[i] ?? "")) i++;
    return { at: i, form: "element" };
  }
  XML_VALUE.lastIndex = i;
  if (quotedName && XML_VALUE.test(text)) {
    // <add key="ClearTextPassword" value="…" />
    return { at: text.indexOf("value=", i) + 6, form: "assign" };
  }
  // Go's `var nameToken string = "…"`: a type between the name and its value
  GO_TYPE.lastIndex = i;
  i += GO_TYPE.exec(text)?.[0].length ?? 0;
  const gap = blanks(text, i);
  const op = OPERATORS.find((o) => text.startsWith(o, i + gap));
  if (op && (op !== "," || quotedName) && !text.startsWith("==", i + gap) && !(op === ":" && text[i + gap + 1] === ":")) {
    i += gap + op.length;
  } else if (before === "-" && gap > 0) {
    i += gap; // --token value, -vaultToken value
  } else return undefined;
  i += blanks(text, i);
  return { at: i, form: op === "," ? "comma" : "assign" };
}

const XML_VALUE = /\s{1,4}value=/y;
const GO_TYPE = /[ \t]{1,8}(?:string|String|str)(?=[ \t]{0,8}=)/y;
const VALUE_RUN = /[^\s"'`&,;|<>()[\]{}\\]{0,600}/y;

/** How many spaces and tabs (at most 16) start at `i`. */
function blanks(text: string, i: number): number {
  let n = 0;
  while (n < 16 && (text[i + n] === " " || text[i + n] === "\t")) n++;
  return n;
}

/** The value at `at`: a quoted string's content, or a run up to whitespace, a quote or a separator. */
function readValue(text: string, at: number): { start: number; value: string } {
  let i = at;
  if (text[i] === "\\" && text[i + 1] === '"') i++;
  const quote = text[i];
  if (quote === '"' || quote === "'" || quote === "`") {
    let j = i + 1;
    while (j < i + 600 && j < text.length && text[j] !== quote && text[j] !== "\n" && !(text[j] === "\\" && text[j + 1] === quote)) j++;
    return { start: i + 1, value: text.slice(i + 1, j) };
  }
  let j = i;
  VALUE_RUN.lastIndex = i;
  return { start: i, value: VALUE_RUN.exec(text)![0] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A path or resource name (`projects/x/secrets/y`): lower-case segments, unlike base64, which mixes case. */
const PATH = /^(?:\/|\.{1,2}\/|~\/)|^(?:[a-z0-9._-]+\/){2,}[a-z0-9._-]*$/;
/**
 * Values that start like a known format but are not one (`sm_pat_x25ryb0ykx`, `1234:Aabc`): a
 * format's near miss is a test value or a different thing, and the name beside it does not make it a secret.
 */
const FORMAT_PREFIXES = [
  ...new Set(SECRET_KINDS.map((k) => /^[A-Za-z0-9_]+(?:\\[.-]|-)?/.exec(k.pattern.source)?.[0].replace(/\\/g, "")).filter((p): p is string => !!p && p.length >= 3)),
];
function nearMiss(value: string): boolean {
  return /^\d{1,20}:A/.test(value) || (value.length < 24 && FORMAT_PREFIXES.some((p) => value.startsWith(p)));
}
/** A dotted configuration key (`jetbrains.mps.v8_elimination`) or a versioned artifact (`jjwt-jackson-0.11.2`). */
const CONFIG_KEY = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){2,}$|-v?\d+(?:\.\d+){1,3}$/;
/** Code, not a value: `Enum.Member`, `config.password`, `os.environ`, a call. */
const CODE = /^[A-Za-z_$][\w$.]*\(|^(?:true|false|null|none|nil|undefined|required|optional)$/i;

/** `Enum.Member`, `process.env.API_KEY!`: dotted names made of words, not of random characters. */
function isDottedName(value: string): boolean {
  const segments = value.replace(/[!;]+$/, "").replace(/\?\./g, ".").split(".");
  return segments.length >= 2 && segments.every((p) => /^[A-Za-z_$][A-Za-z_$]*\d{0,3}$|^[A-Z][A-Z0-9_]*$|^[A-Z][a-z]+\d+$/.test(p));
}

/** A value given to a secret-like name that is random enough to be the secret itself. */
function isSecretValue(kind: string, value: string, name = ""): boolean {
  const v = value;
  // A secret holds no quotes, is no `Name=value` pair, and starts with a character of its own.
  if (/["'`]/.test(v) || /^[A-Za-z]{3,}=./.test(v) || /^[)(\][{},;:]/.test(v)) return false;
  // Prose in quotes (`token: "Trello now shows a long token"`) is no secret: secrets hold no spaces.
  if (v.length < 8 || v.length > 1000 || /[\s\\]/.test(v) || looksLikePlaceholder(v) || PATH.test(v) || /:\/\//.test(v)) return false;
  if (CODE.test(v) || isDottedName(v)) return false;
  if (/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/.test(v)) return isJwt(v); // JWT-shaped: only a token that decodes
  if (/^[$%@#]/.test(v) || /^\d+$/.test(v)) return false; // a variable, a number
  if (CONFIG_KEY.test(v) || nearMiss(v)) return false;
  if (kind === "password") {
    // A variable (`auth_token`, `AUTH_TOKEN`), a camelCase name, words joined by dashes, or an example password made of words
    if (/^[A-Za-z]+(?:_[A-Za-z]+)+$|^[A-Za-z][a-z]+(?:[A-Z][a-z]+)+$|^[A-Za-z][a-z]+(?:[-.][A-Za-z][a-z]+)+$/.test(v) || isExamplePassword(v)) return false;
    const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(v)).length;
    return classes >= 2 && /[A-Za-z]/.test(v) && entropy(v) >= 2.8 && !/passw|pwd/i.test(v);
  }
  // A UUID is a key only when the name says what for (`heroku_api_key`); `key`, `folderKey`, `resourceKey` name objects.
  if (UUID.test(v)) return kind !== "credential" && /api|auth|access|secret|token|password|private/i.test(name);
  // A bare `key` (a dict key, a storage key, an object key) holds a secret only when the value is one random run.
  if (/^keys?$/.test(nameWords(name).at(-1) ?? "") && !/api|auth|access|secret|private|client|sign|encrypt|licen|master|app/i.test(name) && !/^[A-Za-z0-9+/]{20,}={0,2}$/.test(v)) return false;
  // Hex in mixed case is no hash or key of any issuer: a made-up or mangled value.
  if (/^[0-9a-f]+$/i.test(v) && /[a-f]/.test(v) && /[A-F]/.test(v)) return false;
  const mixed = /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v);
  if (v.length < (mixed ? 14 : 17) || !/[A-Za-z]/.test(v)) return false;
  // Random values mix digits in, or mixed case when long; words joined by separators are names, not keys.
  if (!/\d/.test(v) && !(v.length >= 24 && /[a-z]/.test(v) && /[A-Z]/.test(v))) return false;
  if (/^[a-z]+(?:[-_.][a-z]+)*\d{0,4}$/i.test(v)) return false;
  return entropy(v) >= 3.2;
}

/** Values given to secret-like names. */
function* namedSecrets(text: string): Generator<Finding> {
  SECRET_WORD.lastIndex = 0;
  for (let m = SECRET_WORD.exec(text); m; m = SECRET_WORD.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start > m.index - 64 && start > 0 && NAME_CHAR.test(text[start - 1]!)) start--;
    while (end < m.index + 64 && end < text.length && NAME_CHAR.test(text[end]!)) end++;
    SECRET_WORD.lastIndex = end; // each name is walked once
    while (/[-.]/.test(text[start] ?? "") && start < m.index) start++; // `--token`: the dashes are the flag's, not the name's
    const name = text.slice(start, end).replace(/[-.]+$/, "");
    const kind = secretNameKind(name);
    if (!kind) continue;
    const after = valueAfterName(text, start, end);
    if (!after) continue;
    SCHEME.lastIndex = after.at;
    const scheme = SCHEME.exec(text)?.[0].length ?? 0;
    const { start: at, value } = readValue(text, after.at + scheme);
    // Each unquoted value is read once: `key=key=key=…` stays linear. A quoted one is short (it ends at
    // its quote) and may hold the real name: `<add key="ClearTextPassword" value="…" />`.
    const quoted = at !== after.at + scheme;
    SECRET_WORD.lastIndex = Math.max(end, quoted ? at : at + value.length);
    const clean = value.replace(/\\$/, "");
    const next = text[at + value.length + (quoted ? 1 : 0)] ?? "";
    // `key = ed25519.keyFromPublic(…)` is a call; `"NAME", value` and `<nameToken>` need a quoted value and a closing tag.
    if (!quoted && next === "(") continue;
    if (after.form === "comma" && !quoted) continue;
    if (after.form === "element" && !/^\s{0,40}<\//.test(text.slice(at + value.length, at + value.length + 42))) continue;
    if (isSecretValue(kind, clean, name)) yield { start: at, end: at + clean.length, kind, value: clean };
  }
}

/**
 * The characters every token format is made of (each pattern of ./secret-kinds.ts that is not
 * `spaced`, and JWTs), and the shortest match of any of them (an AWS key ID). Every lookaround of
 * those patterns tests only such characters, so a pattern finds the same matches in a run of
 * them, cut out of the text, as in the text: a neighbour outside the run is never a token
 * character, and neither is the newline that joins two runs. Prose is mostly short words, so
 * the formats search a few hundred characters of a file instead of all of it.
 */
const TOKEN_CHAR = String.raw`[\w.~+/=:|@%&#-]`;
export const SHORTEST_TOKEN = 20;
/**
 * A run of token characters at least SHORTEST_TOKEN long, from its start. A regex, not a loop
 * over char codes: the loop runs in the interpreter until V8 optimizes it, 9 ms for the first
 * 20 KB file, where the regex takes 0.4 ms; on a thousand files they cost the same.
 */
const TOKEN_RUN = new RegExp(`(?<!${TOKEN_CHAR})${TOKEN_CHAR}{${SHORTEST_TOKEN},}`, "g");

/** The runs of token characters of `text` long enough to hold a token, joined by newlines, and where each starts in both. */
interface TokenRuns {
  joined: string;
  /** Ascending offsets in `joined` where each run starts. */
  at: number[];
  /** The offset in `text` of each run. */
  from: number[];
}

function tokenRuns(text: string): TokenRuns {
  const parts: string[] = [];
  const at: number[] = [];
  const from: number[] = [];
  let length = 0;
  for (const m of matches(TOKEN_RUN, text)) {
    at.push(length);
    from.push(m.index);
    parts.push(m[0]);
    length += m[0].length + 1;
  }
  return { joined: parts.join("\n"), at, from };
}

/** The offset in the text of offset `j` of the joined runs. */
function textOffset(runs: TokenRuns, j: number): number {
  const k = lowerBound(runs.at, j + 1) - 1;
  return runs.from[k]! + (j - runs.at[k]!);
}

/**
 * The matches of global `pattern` in `text`. Not `matchAll`, which copies the regex on every
 * call: a hundred copies a file cost more than the scans themselves.
 */
function* matches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) yield m;
}

const SCHEME_CHAR = /[a-z0-9+.-]/i;

/**
 * The passwords in URLs: URL_PASSWORD tried once at each `://`, from the start of the scheme
 * before it (a letter, then at most 31 scheme characters), instead of at every letter of the
 * text. The same matches as a scan of the whole text: each holds exactly one `://`.
 */
function* urlPasswords(text: string): Generator<RegExpExecArray> {
  let lastEnd = 0;
  for (let p = text.indexOf("://"); p !== -1; p = text.indexOf("://", p + 3)) {
    let start = p;
    while (start > 0 && p - start <= 32 && SCHEME_CHAR.test(text[start - 1]!)) start--;
    if (start === p || p - start > 32 || start < lastEnd || !/[a-z]/i.test(text[start]!)) continue;
    URL_PASSWORD.lastIndex = start;
    const m = URL_PASSWORD.exec(text);
    if (!m) continue;
    lastEnd = m.index + m[0].length;
    yield m;
  }
}

/**
 * Everything the three detectors find in `text`, by position. `wholeText` turns the two shortcuts
 * (formats searched in token runs, URL passwords at each `://`) off: the reference that tests
 * hold the shortcuts to.
 */
export function findSecrets(text: string, { wholeText = false } = {}): Finding[] {
  const out: Finding[] = [];
  const runs = wholeText ? { joined: text, at: [0], from: [0] } : tokenRuns(text);
  for (const { kind, pattern, fixed, anchor, spaced } of KINDS) {
    const scanned = spaced ? text : runs.joined;
    if (anchor !== undefined && !scanned.includes(anchor)) continue;
    for (const m of matches(pattern, scanned)) {
      const value = m[1] ?? m[0];
      const at = m[1] !== undefined ? m.indices![1]![0] : m.index;
      if (looksLikePlaceholder(value.slice(fixed ?? 0))) continue;
      const start = spaced ? at : textOffset(runs, at);
      out.push({ start, end: start + value.length, kind, value });
    }
  }
  for (const m of matches(JWT, runs.joined)) {
    const start = textOffset(runs, m.index);
    if (isJwt(m[0]) && !looksLikePlaceholder(m[0])) out.push({ start, end: start + m[0].length, kind: "JSON Web Token", value: m[0] });
  }
  if (text.includes("PRIVATE KEY")) {
    for (const m of matches(PRIVATE_KEY, text)) {
      if (hasKeyBody(text, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, kind: "private key", value: m[0] });
    }
  }
  const credentials = [
    [!text.includes("@") ? [] : wholeText ? matches(new RegExp(URL_PASSWORD.source, "dgi"), text) : urlPasswords(text), "password in a URL"],
    [text.includes("curl") ? matches(CURL_USER, text) : [], "password in a curl command"],
  ] as const;
  for (const [found, kind] of credentials) {
    for (const m of found) {
      const [user, password] = [m[1]!, m[2]!];
      if (isRealPassword(user, password)) out.push({ start: m.indices![2]![0], end: m.indices![2]![1], kind, value: password });
      // `curl -u KEY:` passes an API key as the user name
      else if (!password && isSecretValue("token", user)) out.push({ start: m.indices![1]![0], end: m.indices![1]![1], kind: "API key in a curl command", value: user });
    }
  }
  out.push(...namedSecrets(text));
  return out.filter((f) => !isPublished(f.value)).sort((a, b) => a.start - b.start || b.end - a.end);
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
    const raw = findSecrets(text);
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
