/**
 * hidden-unicode: characters a reader cannot see but an agent reads. Bidirectional controls
 * reorder what an editor shows (Trojan Source, CVE-2021-42574); zero-width and other invisible
 * format characters split words past a reviewer; Unicode tag characters spell whole hidden
 * instructions; runs of variation selectors smuggle bytes after a visible character. Checked in
 * the skill and in every file it ships. Left alone, because text needs them: a joiner inside an
 * emoji sequence (👨‍👩‍👧) or next to a letter of a script that joins (Persian, Devanagari…), a
 * zero-width space between letters of a script written without spaces (Thai…), an emoji tag
 * sequence (🏴󠁧󠁢󠁳󠁣󠁴󠁿), one variation selector after a character, and one zero-width character that
 * keeps a line from opening a code fence (the Markdown idiom for showing ``` inside a block).
 */
import { defineRule } from "./define.js";

const NAMES = new Map<number, string>([
  [0x00ad, "SOFT HYPHEN"],
  [0x061c, "ARABIC LETTER MARK"],
  [0x180e, "MONGOLIAN VOWEL SEPARATOR"],
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200c, "ZERO WIDTH NON-JOINER"],
  [0x200d, "ZERO WIDTH JOINER"],
  [0x200e, "LEFT-TO-RIGHT MARK"],
  [0x200f, "RIGHT-TO-LEFT MARK"],
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "RIGHT-TO-LEFT OVERRIDE"],
  [0x2060, "WORD JOINER"],
  [0x2061, "FUNCTION APPLICATION"],
  [0x2062, "INVISIBLE TIMES"],
  [0x2063, "INVISIBLE SEPARATOR"],
  [0x2064, "INVISIBLE PLUS"],
  [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "FIRST STRONG ISOLATE"],
  [0x2069, "POP DIRECTIONAL ISOLATE"],
  [0x206a, "INHIBIT SYMMETRIC SWAPPING"],
  [0x206b, "ACTIVATE SYMMETRIC SWAPPING"],
  [0x206c, "INHIBIT ARABIC FORM SHAPING"],
  [0x206d, "ACTIVATE ARABIC FORM SHAPING"],
  [0x206e, "NATIONAL DIGIT SHAPES"],
  [0x206f, "NOMINAL DIGIT SHAPES"],
  [0x3164, "HANGUL FILLER"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
  [0xffa0, "HALFWIDTH HANGUL FILLER"],
  [0xfff9, "INTERLINEAR ANNOTATION ANCHOR"],
  [0xfffa, "INTERLINEAR ANNOTATION SEPARATOR"],
  [0xfffb, "INTERLINEAR ANNOTATION TERMINATOR"],
]);

const isBidi = (cp: number) => cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
const isTag = (cp: number) => cp >= 0xe0000 && cp <= 0xe007f;
const isSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
const isSkinTone = (cp: number) => cp >= 0x1f3fb && cp <= 0x1f3ff;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
/** Letters and marks of scripts whose spelling uses ZWJ and ZWNJ. */
const JOINING = /^(?=[\p{L}\p{M}])[\p{scx=Arab}\p{scx=Syrc}\p{scx=Nkoo}\p{scx=Mong}\p{scx=Deva}\p{scx=Beng}\p{scx=Guru}\p{scx=Gujr}\p{scx=Orya}\p{scx=Taml}\p{scx=Telu}\p{scx=Knda}\p{scx=Mlym}\p{scx=Sinh}\p{scx=Khmr}\p{scx=Mymr}\p{scx=Tibt}]$/u;
/** Letters and marks of scripts written without spaces, where ZWSP marks a word break. */
const UNSPACED = /^(?=[\p{L}\p{M}])[\p{scx=Thai}\p{scx=Laoo}\p{scx=Khmr}\p{scx=Mymr}\p{scx=Tibt}]$/u;
/** Characters used to keep a line from opening or closing a code fence. */
const FENCE_BREAKERS = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x200e, 0x200f]);

const hex = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
const char = (cp: number | undefined) => (cp === undefined ? "" : String.fromCodePoint(cp));

/** What tag characters spell: U+E0020–U+E007E mirror ASCII; token-like words are masked, as no-secrets masks. */
function spelled(ascii: string): string {
  const masked = ascii.replace(/[\w+/=-]{16,}/g, (word) => (/\d/.test(word) && /[A-Za-z]/.test(word) ? `${word.slice(0, 4)}********` : word));
  const shown = masked.replaceAll("`", "'");
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}

/** A run of hidden characters: one report, one edit. */
interface Run {
  start: number;
  end: number;
  first: number;
  count: number;
  bidi?: number;
  /** Every code point a variation selector. */
  selectors: boolean;
  /** What its tag characters spell, kept to what a message shows (plus room to mask a token). */
  tags?: string;
}

/** Where a valid emoji tag sequence after 🏴 (U+1F3F4) ends: 2–7 tag letters or digits, then CANCEL TAG; else -1. */
function emojiTagEnd(text: string, offset: number): number {
  let o = offset;
  for (let n = 0; n < 8; n++) {
    const cp = text.codePointAt(o) ?? 0;
    if (cp === 0xe007f) return n >= 2 ? o + 2 : -1;
    if (!((cp >= 0xe0061 && cp <= 0xe007a) || (cp >= 0xe0030 && cp <= 0xe0039))) return -1;
    o += 2;
  }
  return -1;
}

export default defineRule({
  id: "hidden-unicode",
  meta: {
    description: "Invisible Unicode (bidirectional controls, zero-width characters, tag characters) in a skill or a file it ships",
    defaultSeverity: "error",
    preset: "recommended",
    fixable: true,
    scope: "all",
    messages: {
      hidden: "Unexpected invisible `{{code}}` ({{name}}): readers cannot see it but agents read it, expected visible text",
      hiddenRun: "Unexpected {{count}} invisible characters from `{{code}}` ({{name}}): readers cannot see them but agents read them, expected visible text",
      bidi: "Unexpected bidirectional control `{{code}}` ({{name}}): it reorders the text readers see, not what agents read, expected none",
      tags: "Unexpected hidden text in Unicode tag characters: agents read `{{text}}`, readers see nothing, expected none",
      selectors: "Unexpected {{count}} variation selectors in a row: they can carry hidden data, expected at most one after a character",
    },
  },
  check(ctx) {
    const { doc } = ctx;
    if (doc.problems.some((p) => p.ruleId === "encoding")) return;
    const { text } = doc;
    // Cheap gate: most files hold none of these.
    if (!/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f\udd00-\uddef]/.test(text)) return;
    let run: Run | undefined;
    const flush = () => {
      if (!run) return;
      const at = doc.lines.range(run.start, run.end);
      const fix = { start: run.start, end: run.end, text: "" };
      if (run.tags !== undefined) ctx.report({ messageId: "tags", data: { text: spelled(run.tags) || "(no text)" }, at, fix });
      else if (run.bidi !== undefined) ctx.report({ messageId: "bidi", data: { code: hex(run.bidi), name: NAMES.get(run.bidi)! }, at, fix });
      else if (run.selectors) ctx.report({ messageId: "selectors", data: { count: run.count + 1 }, at, fix });
      else ctx.report({ messageId: run.count === 1 ? "hidden" : "hiddenRun", data: { code: hex(run.first), name: NAMES.get(run.first) ?? "", count: run.count }, at, fix });
      run = undefined;
    };
    let prev = 0; // the code point before this one
    let base = 0; // the last one that is neither a variation selector nor a skin tone (an emoji's base)
    let lineStart = true; // only spaces since the line began
    for (let o = 0; o < text.length; ) {
      const cp = text.codePointAt(o)!;
      const size = cp > 0xffff ? 2 : 1;
      if (prev === 0x1f3f4 && isTag(cp)) {
        const end = emojiTagEnd(text, o);
        if (end !== -1) {
          flush();
          [prev, base, lineStart, o] = [0xe007f, 0xe007f, false, end];
          continue;
        }
      }
      const next = text.codePointAt(o + size);
      let hidden: boolean;
      if (isTag(cp)) hidden = true;
      else if (isSelector(cp)) hidden = isSelector(prev);
      else if (!NAMES.has(cp)) hidden = false;
      else if (cp === 0x200d && PICTOGRAPHIC.test(char(base)) && PICTOGRAPHIC.test(char(next))) hidden = false;
      // Either side: a chillu (Malayalam ന്‍) ends a word with a joiner.
      else if ((cp === 0x200c || cp === 0x200d) && (JOINING.test(char(prev)) || JOINING.test(char(next)))) hidden = false;
      else if (cp === 0x200b && UNSPACED.test(char(prev)) && UNSPACED.test(char(next))) hidden = false;
      else hidden = !(lineStart && FENCE_BREAKERS.has(cp) && /^(?:```|~~~)/.test(text.slice(o + 1, o + 4)));
      if (hidden) {
        run ??= { start: o, end: o, first: cp, count: 0, selectors: true };
        run.end = o + size;
        run.count++;
        if (!isSelector(cp)) run.selectors = false;
        if (isBidi(cp)) run.bidi ??= cp;
        if (isTag(cp) && (run.tags ??= "").length < 200 && cp >= 0xe0020 && cp <= 0xe007e) run.tags += String.fromCharCode(cp - 0xe0000);
      } else flush();
      if (cp === 10 || cp === 13) lineStart = true;
      else if (cp !== 32) lineStart = false;
      prev = cp;
      if (!isSelector(cp) && !isSkinTone(cp)) base = cp;
      o += size;
    }
    flush();
  },
});
