// @ts-nocheck -- a parser of foreign text (regex and Go source) whose every index is checked at run time; bench tooling, not shipped.
/**
 * Reads the labelled test cases that two secret scanners publish, from local snapshots of their
 * repositories at pinned commits (bench/secrets/pins.json), and returns them as facts: the text
 * of each case, its label, its family, and the repository, commit and file it came from.
 *
 * - gitleaks: the true and false positives of `cmd/generate/config/rules/*.go`. Their values are
 *   Go expressions (string literals, `secrets.NewSecret(regex)`, `utils.GenerateSampleSecrets`);
 *   a tiny evaluator here turns each into text, generating fake values with a seeded generator.
 * - secretlint: the snapshot tests of each rule package (`test/snapshots/<case>/input.txt` and
 *   its `output.json`): each reported range is a secret, each line of an `ok.*` case that holds
 *   a token-like run is a non-secret.
 *
 * Nothing of theirs runs here, and no detection code or pattern of theirs is copied: only the
 * test values are read. The snapshots' content is not committed (see bench/secrets/README.md).
 */
import { execFileSync } from "node:child_process";
import { generate, hash, rng } from "./gen.mjs";

/** @typedef {{ id: string, source: "gitleaks" | "secretlint", repo: string, commit: string, file: string, family: string, label: "secret" | "not-secret", text: string, bare?: boolean }} Case */

/** @param {string} gitDir @param {string} commit @param {string} path */
const show = (gitDir, commit, path) => execFileSync("git", ["--git-dir", gitDir, "show", `${commit}:${path}`], { encoding: "utf8", maxBuffer: 1 << 28 });
/** @param {string} gitDir @param {string} commit @param {string} under */
const list = (gitDir, commit, under) =>
  execFileSync("git", ["--git-dir", gitDir, "ls-tree", "-r", "--name-only", commit, under], { encoding: "utf8", maxBuffer: 1 << 28 })
    .split("\n")
    .filter(Boolean);

// --- a tokenizer and evaluator for the Go expressions of gitleaks' test values ----------------

/** @param {string} src */
function tokenize(src) {
  /** @type {{ t: string, v: string }[]} */
  const out = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) i++;
    else if (src.startsWith("//", i)) while (i < src.length && src[i] !== "\n") i++;
    else if (src.startsWith("/*", i)) i = src.indexOf("*/", i + 2) + 2;
    else if (c === "`") {
      const end = src.indexOf("`", i + 1);
      out.push({ t: "str", v: src.slice(i + 1, end).replace(/\r/g, "") });
      i = end + 1;
    } else if (c === '"') {
      let j = i + 1;
      let v = "";
      while (src[j] !== '"') {
        if (src[j] === "\\") {
          const e = src[j + 1];
          if (e === "n") v += "\n";
          else if (e === "t") v += "\t";
          else if (e === "r") v += "\r";
          else if (e === "x") {
            v += String.fromCharCode(parseInt(src.slice(j + 2, j + 4), 16));
            j += 2;
          } else if (e === "u") {
            v += String.fromCharCode(parseInt(src.slice(j + 2, j + 6), 16));
            j += 4;
          } else v += e;
          j += 2;
        } else v += src[j++];
      }
      out.push({ t: "str", v });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w.]*/.exec(src.slice(i, i + 200));
      out.push({ t: "id", v: m[0] });
      i += m[0].length;
    } else if (/\d/.test(c)) {
      const m = /^\d+/.exec(src.slice(i, i + 50));
      out.push({ t: "num", v: m[0] });
      i += m[0].length;
    } else if (src.startsWith("...", i)) (out.push({ t: "op", v: "..." }), (i += 3));
    else if (src.startsWith(":=", i)) (out.push({ t: "op", v: ":=" }), (i += 2));
    else if (src.startsWith("[]", i)) (out.push({ t: "op", v: "[]" }), (i += 2));
    else (out.push({ t: "op", v: c }), i++);
  }
  return out;
}

/**
 * Evaluates the statements of one Go function that build `tps` and `fps`.
 * @param {string} body
 * @param {{ samples: string[], seed: number }} ctx
 */
function evaluateFunction(body, ctx) {
  const toks = tokenize(body);
  let p = 0;
  const random = rng(ctx.seed);
  /** @type {Map<string, unknown>} */
  const env = new Map();
  let sampleTurn = ctx.seed;

  const peek = (v) => toks[p] && toks[p].v === v;
  const expect = (v) => {
    if (!peek(v)) throw new Error(`expected ${v} at ${toks[p]?.v}`);
    p++;
  };

  /** @returns {unknown} */
  function expr() {
    let left = term();
    while (peek("+")) {
      p++;
      const right = term();
      left = String(left) + String(right);
    }
    return left;
  }

  function args() {
    expect("(");
    const out = [];
    let spread = false;
    while (!peek(")")) {
      out.push(expr());
      if (peek("...")) (p++, (spread = true));
      if (peek(",")) p++;
    }
    expect(")");
    return { out, spread };
  }

  /** @returns {unknown} */
  function term() {
    const tok = toks[p];
    if (!tok) throw new Error("end of input");
    if (tok.t === "str") return (p++, tok.v);
    if (tok.t === "num") return (p++, Number(tok.v));
    if (tok.v === "[]") {
      p++;
      if (toks[p].v !== "string") throw new Error(`[]${toks[p].v}`);
      p++;
      expect("{");
      const items = [];
      while (!peek("}")) {
        items.push(expr());
        if (peek(",")) p++;
      }
      expect("}");
      return items;
    }
    if (tok.v === "map") {
      // map[string]string{ "path": "content", ... }: the contents are the cases.
      while (!peek("{")) p++;
      p++;
      const items = [];
      while (!peek("}")) {
        expr();
        expect(":");
        items.push(expr());
        if (peek(",")) p++;
      }
      expect("}");
      return items;
    }
    if (tok.t === "id") {
      p++;
      const name = tok.v;
      if (!peek("(")) {
        if (env.has(name)) return env.get(name);
        throw new Error(`unknown name ${name}`);
      }
      const { out } = args();
      return call(name, out);
    }
    throw new Error(`unexpected ${tok.v}`);
  }

  /** @param {string} name @param {unknown[]} a */
  function call(name, a) {
    const size = (/** @type {unknown} */ n) => String(n);
    switch (name) {
      case "utils.Numeric":
        return `[0-9]{${size(a[0])}}`;
      case "utils.Hex":
        return `[a-f0-9]{${size(a[0])}}`;
      case "utils.AlphaNumeric":
        return `[a-z0-9]{${size(a[0])}}`;
      case "utils.AlphaNumericExtendedShort":
        return `[a-z0-9_-]{${size(a[0])}}`;
      case "utils.AlphaNumericExtended":
        return `[a-z0-9=_-]{${size(a[0])}}`;
      case "utils.AlphaNumericExtendedLong":
        return `[a-z0-9/=_+-]{${size(a[0])}}`;
      case "utils.Hex8_4_4_4_12":
        return `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`;
      case "secrets.NewSecret":
      case "newPlausibleSecret":
        return generate(String(a[0]), random);
      case "utils.GenerateSampleSecrets": {
        // Two of the assignment shapes per call, turning through all of them across the file.
        const id = String(a[0]);
        const secret = String(a[1]);
        const picks = [ctx.samples[sampleTurn++ % ctx.samples.length], ctx.samples[sampleTurn++ % ctx.samples.length]];
        return picks.map((s) => s.replaceAll("{i}", id).replaceAll("{I}", id.toUpperCase()).replaceAll("{s}", secret));
      }
      case "utils.GenerateSampleSecret":
        return `${a[0]}_api_token = "${a[1]}"`;
      case "strings.Repeat":
        return String(a[0]).repeat(Number(a[1]));
      case "fmt.Sprintf": {
        let k = 1;
        return String(a[0]).replace(/%[sdv]/g, () => String(a[k++]));
      }
      case "append":
        return [...(/** @type {unknown[]} */ (a[0]) ?? []), ...a.slice(1).flat()];
      default:
        throw new Error(`unknown function ${name}`);
    }
  }

  /** @type {{ tps: string[], fps: string[], skipped: string[] }} */
  const result = { tps: [], fps: [], skipped: [] };
  // Statements of the form `name := expr` or `name = expr`; anything else is skipped to its line's end.
  while (p < toks.length) {
    const tok = toks[p];
    const next = toks[p + 1];
    if (tok.t === "id" && next && (next.v === ":=" || next.v === "=") && !tok.v.includes(".")) {
      const name = tok.v;
      p += 2;
      const start = p;
      try {
        const value = expr();
        env.set(name, value);
      } catch (e) {
        result.skipped.push(`${name}: ${/** @type {Error} */ (e).message}`);
        env.delete(name);
        p = start + 1;
      }
    } else p++;
  }
  const asList = (v) => (Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : []);
  result.tps = asList(env.get("tps"));
  result.fps = asList(env.get("fps"));
  return result;
}

/** The assignment shapes gitleaks' GenerateSampleSecrets writes a secret in, read from its source. @param {string} src */
function sampleShapes(src) {
  const block = src.slice(src.indexOf("samples := map[string]string{"));
  const body = block.slice(0, block.indexOf("\n\t}\n"));
  const toks = tokenize(body.slice(body.indexOf("{") + 1));
  /** @type {string[]} */
  const shapes = [];
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].t === "str" && toks[i + 1].v === ":" && toks[i + 2].t === "str") shapes.push(toks[i + 2].v);
  }
  return shapes;
}

/**
 * @param {{ gitDir: string, commit: string, repo: string }} pin
 * @returns {{ cases: Case[], skipped: string[] }}
 */
export function gitleaksCases(pin) {
  const samples = sampleShapes(show(pin.gitDir, pin.commit, "cmd/generate/config/utils/generate.go"));
  /** @type {Case[]} */
  const cases = [];
  const skipped = [];
  for (const file of list(pin.gitDir, pin.commit, "cmd/generate/config/rules/")) {
    if (!file.endsWith(".go") || file.endsWith("_test.go")) continue;
    const src = show(pin.gitDir, pin.commit, file);
    const family = file.replace(/^.*\//, "").replace(/\.go$/, "");
    // One Go function per rule; its test values are the `tps` and `fps` it builds.
    for (const chunk of src.split(/\nfunc /).slice(1)) {
      const name = /^(\w+)/.exec(chunk)?.[1] ?? "?";
      if (!/\btps\b/.test(chunk)) continue;
      const ruleId = /RuleID:\s*"([^"]+)"/.exec(chunk)?.[1] ?? name;
      // A rule whose pattern needs a keyword beside the value: a bare value of it is no secret anyone can tell.
      const keyed = /GenerateSemiGenericRegex/.test(chunk);
      const { tps, fps, skipped: s } = evaluateFunction(chunk, { samples, seed: hash(`${file}#${name}`) });
      skipped.push(...s.map((x) => `${file} ${name}: ${x}`));
      const base = { source: /** @type {const} */ ("gitleaks"), repo: pin.repo, commit: pin.commit, file };
      // A binary file's case (a PKCS#12 blob) has no text to write into a skill.
      tps.forEach((text, i) => text.trim() && cases.push({ ...base, id: `gitleaks:${ruleId}:tp${i}`, family: `${family}`, label: "secret", text }));
      fps.forEach((text, i) => text.trim() && cases.push({ ...base, id: `gitleaks:${ruleId}:fp${i}`, family: `${family}`, label: "not-secret", text }));
      // The bare secret of a token format that gives itself away: the value of `NAME := "…"` alone.
      if (!keyed) {
        const bare = new Set();
        for (const t of tps) {
          const m = /^[\w.$ ]*?(?:Token|_TOKEN|_token)\s*:?=\s*"([^"\s]+)"$/.exec(t);
          if (m) bare.add(m[1]);
        }
        [...bare].forEach((text, i) => cases.push({ ...base, id: `gitleaks:${ruleId}:bare${i}`, family, label: "secret", text, bare: true }));
      }
    }
  }
  return { cases, skipped };
}

/** Rule packages whose snapshots are not about credential values (file kinds, home paths, user patterns, comment filters) or are binary. */
const SECRETLINT_SKIP = /^secretlint-rule-(?:preset-.*|pattern|no-dotenv|no-homedir|no-k8s-kind-secret|filter-comments|example)$/;

/**
 * @param {{ gitDir: string, commit: string, repo: string }} pin
 * @returns {{ cases: Case[], skipped: string[] }}
 */
export function secretlintCases(pin) {
  /** @type {Case[]} */
  const cases = [];
  const skipped = [];
  const files = list(pin.gitDir, pin.commit, "packages/@secretlint/").filter((f) => /\/test\/snapshots\/[^/]+\/input\.[a-z]+$/.test(f));
  for (const input of files) {
    const pkg = input.split("/")[2];
    if (SECRETLINT_SKIP.test(pkg) || !pkg.startsWith("secretlint-rule-")) continue;
    const dir = input.replace(/\/input\.[a-z]+$/, "");
    const caseName = dir.replace(/^.*\//, "");
    // Options change what a rule reports; the default behaviour is what is labelled.
    if (/^options\.|--/.test(caseName)) {
      skipped.push(`${dir}: runs the rule with options`);
      continue;
    }
    let text;
    let output;
    try {
      text = show(pin.gitDir, pin.commit, input);
      output = JSON.parse(show(pin.gitDir, pin.commit, `${dir}/output.json`));
    } catch (e) {
      skipped.push(`${dir}: ${/** @type {Error} */ (e).message.split("\n")[0]}`);
      continue;
    }
    if (text.includes("\u0000") || /\.(?:p12|bin)$/.test(input)) {
      skipped.push(`${dir}: binary`);
      continue;
    }
    const family = pkg.replace(/^secretlint-rule-/, "");
    const base = { source: /** @type {const} */ ("secretlint"), repo: pin.repo, commit: pin.commit, file: input, family };
    /** @type {{ range: [number, number] }[]} */
    const messages = output.messages ?? [];
    if (messages.length > 0) {
      const seen = new Set();
      messages.forEach((m, i) => {
        const [from, to] = m.range;
        // The case is the secret's whole line (or lines, for a key block): what a skill would hold.
        const lineStart = text.lastIndexOf("\n", from - 1) + 1;
        const lineEnd = text.indexOf("\n", to) === -1 ? text.length : text.indexOf("\n", to);
        const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
        if (seen.has(line)) return;
        seen.add(line);
        cases.push({ ...base, id: `secretlint:${family}/${caseName}:${i}`, label: "secret", text: line });
      });
    } else if (/-----BEGIN/.test(text)) {
      cases.push({ ...base, id: `secretlint:${family}/${caseName}`, label: "not-secret", text: text.trim() });
    } else {
      text.split("\n").forEach((line, i) => {
        const l = line.replace(/\r$/, "");
        if (/[\w+/=-]{8,}/.test(l) && l.trim()) cases.push({ ...base, id: `secretlint:${family}/${caseName}:L${i + 1}`, label: "not-secret", text: l });
      });
    }
  }
  return { cases, skipped };
}
