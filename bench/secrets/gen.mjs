// @ts-nocheck -- a parser of foreign text (regex and Go source) whose every index is checked at run time; bench tooling, not shipped.
/**
 * A small, seeded text generator for the regular expressions that the scanners' test files use
 * to describe a fake secret's shape (`[a-z0-9]{32}`, `(?:ab|cd)[A-Z2-7]{16}`): enough regex to
 * build one matching string, nothing more. Our own code; used only by bench/secrets/extract.mjs.
 */

/** mulberry32: a deterministic random number generator. @param {number} seed */
export function rng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), for seeds. @param {string} s */
export function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const CLASS_ESCAPES = {
  d: "0123456789",
  w: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_",
  s: " ",
};

/**
 * One string matching `pattern`.
 * @param {string} pattern
 * @param {() => number} random
 */
export function generate(pattern, random) {
  let i = 0;
  let ignoreCase = false;
  const pick = (/** @type {string} */ chars) => chars[Math.floor(random() * chars.length)] ?? "";

  /** @returns {string[]} the characters of a class at pattern[i] === "[" */
  function parseClass() {
    i++; // [
    let negate = false;
    if (pattern[i] === "^") (negate = true), i++;
    /** @type {string[]} */
    const chars = [];
    let first = true;
    while (i < pattern.length && (pattern[i] !== "]" || first)) {
      first = false;
      let c = pattern[i++];
      if (c === "\\") {
        const e = pattern[i++];
        if (e in CLASS_ESCAPES) {
          chars.push(...CLASS_ESCAPES[/** @type {keyof typeof CLASS_ESCAPES} */ (e)]);
          continue;
        }
        if (e === "x") {
          c = String.fromCharCode(parseInt(pattern.slice(i, i + 2), 16));
          i += 2;
        } else c = e === "n" ? "\n" : e === "t" ? "\t" : e;
      }
      if (pattern[i] === "-" && pattern[i + 1] !== "]" && i + 1 < pattern.length) {
        i++;
        let end = pattern[i++];
        if (end === "\\") end = pattern[i++];
        for (let k = c.charCodeAt(0); k <= end.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      } else chars.push(c);
    }
    i++; // ]
    if (negate) {
      const all = CLASS_ESCAPES.w.split("");
      return all.filter((c) => !chars.includes(c));
    }
    return chars;
  }

  /** @returns {() => string} a generator for one atom */
  function parseAtom() {
    const c = pattern[i];
    if (c === "(") {
      i++;
      if (pattern[i] === "?") {
        i++;
        // (?i) (?-i:...) (?:...) (?i:...) (?P<name>...)
        if (pattern[i] === "P" || pattern[i] === "<") {
          while (pattern[i] !== ">") i++;
          i++;
        } else {
          let flags = "";
          while (pattern[i] !== ":" && pattern[i] !== ")") flags += pattern[i++];
          if (flags.includes("i") && !flags.includes("-")) ignoreCase = true;
          if (pattern[i] === ")") {
            i++;
            return () => "";
          }
          i++;
        }
      }
      const alt = parseAlternation();
      i++; // )
      return alt;
    }
    if (c === "[") {
      const chars = parseClass().join("");
      return () => pick(chars);
    }
    if (c === ".") {
      i++;
      return () => pick(CLASS_ESCAPES.w);
    }
    if (c === "^" || c === "$") {
      i++;
      return () => "";
    }
    if (c === "\\") {
      const e = pattern[i + 1];
      i += 2;
      if (e === "b" || e === "B" || e === "A" || e === "z") return () => "";
      if (e in CLASS_ESCAPES) return () => pick(CLASS_ESCAPES[/** @type {keyof typeof CLASS_ESCAPES} */ (e)]);
      if (e === "x") {
        const ch = String.fromCharCode(parseInt(pattern.slice(i, i + 2), 16));
        i += 2;
        return () => ch;
      }
      const ch = e === "n" ? "\n" : e === "t" ? "\t" : e;
      return () => ch;
    }
    i++;
    return () => c;
  }

  function parseQuantified() {
    const atom = parseAtom();
    const q = pattern[i];
    let min = 1;
    let max = 1;
    if (q === "{" && /^\{\d+(,\d*)?\}/.test(pattern.slice(i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : min + 8) : min;
      i += m[0].length;
    } else if (q === "?") (min = 0), (max = 1), i++;
    else if (q === "*") (min = 0), (max = 6), i++;
    else if (q === "+") (min = 1), (max = 8), i++;
    else return atom;
    if (pattern[i] === "?" || pattern[i] === "+") i++; // lazy or possessive
    return () => {
      const n = min + Math.floor(random() * (Math.min(max, min + 64) - min + 1));
      let out = "";
      for (let k = 0; k < n; k++) out += atom();
      return out;
    };
  }

  function parseSequence() {
    /** @type {(() => string)[]} */
    const parts = [];
    while (i < pattern.length && pattern[i] !== "|" && pattern[i] !== ")") parts.push(parseQuantified());
    return () => parts.map((p) => p()).join("");
  }

  function parseAlternation() {
    const options = [parseSequence()];
    while (pattern[i] === "|") {
      i++;
      options.push(parseSequence());
    }
    return () => options[Math.floor(random() * options.length)]();
  }

  const whole = parseAlternation();
  if (i < pattern.length) throw new Error(`cannot generate from ${pattern} (stopped at ${i})`);
  const out = whole();
  // Case-insensitive patterns are written in lower case; keep them so.
  return ignoreCase ? out : out;
}
