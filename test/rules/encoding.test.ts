import { describe, expect, it } from "vitest";
import { hits, lintFixture, lintMissingFile, plainSkill, ruleIdsOf, withEol } from "../helpers/fixtures.js";

const RULE = "encoding";
const utf8 = (text: string) => new TextEncoder().encode(text);
/** UTF-8 bytes of `before`, then the raw `bytes`, then UTF-8 bytes of `after`. */
const bytesOf = (before: string, bytes: number[], after = "") => Uint8Array.from([...utf8(before), ...bytes, ...utf8(after)]);
const HEAD = plainSkill("").trimEnd(); // frontmatter and title: lines 1-6

describe(RULE, () => {
  describe("valid", () => {
    it.each([
      ["UTF-8 text with accents, CJK and emoji", utf8(plainSkill("Café, 日本語 and 😀."))],
      ["UTF-8 with a BOM and CRLF", utf8(withEol(plainSkill("Café."), { bom: true, crlf: true }))],
      ["an empty body", utf8(plainSkill(""))],
    ])("%s", async (_, bytes) => {
      expect(await lintFixture(bytes)).toEqual([]);
    });
  });

  describe("invalid", () => {
    it("a Latin-1 byte: at that byte, and nothing else is checked", async () => {
      const diagnostics = await lintFixture(bytesOf(`${HEAD}\n\nCaf`, [0xe9], " au lait.\n"));
      expect(ruleIdsOf(diagnostics)).toEqual([RULE]);
      expect(hits(diagnostics, RULE)).toEqual([{ line: 8, column: 4 }]);
    });

    it("a bad byte after multi-byte characters: columns count characters, not bytes", async () => {
      const diagnostics = await lintFixture(bytesOf(`${HEAD}\n\nCafé `, [0xff], "\n"));
      expect(hits(diagnostics, RULE)).toEqual([{ line: 8, column: 6 }]);
    });

    it("a truncated multi-byte sequence at the end of the file", async () => {
      const diagnostics = await lintFixture(bytesOf(`${HEAD}\n\nab`, [0xe2, 0x82]));
      expect(hits(diagnostics, RULE)).toEqual([{ line: 8, column: 3 }]);
    });

    it("a NUL byte (binary): at that byte", async () => {
      const diagnostics = await lintFixture(bytesOf(`${HEAD}\n\nab`, [0x00], "cd\n"));
      expect(ruleIdsOf(diagnostics)).toEqual([RULE]);
      expect(hits(diagnostics, RULE)).toEqual([{ line: 8, column: 3 }]);
    });

    it("a PNG saved as SKILL.md: at its first NUL (after its CRLF and LF)", async () => {
      const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
      expect(hits(await lintFixture(png), RULE)).toEqual([{ line: 3, column: 1 }]);
    });

    it("a UTF-16 file (NUL bytes)", async () => {
      const utf16 = Uint8Array.from([0xff, 0xfe, ...[..."---\n"].flatMap((c) => [c.charCodeAt(0), 0])]);
      expect(ruleIdsOf(await lintFixture(utf16))).toEqual([RULE]);
    });

    it("a file that cannot be read: at 1:1", async () => {
      expect(hits(await lintMissingFile("skills/gone/SKILL.md"), RULE)).toEqual([{ line: 1, column: 1 }]);
    });
  });

  describe("CRLF and BOM", () => {
    it("a bad byte in a CRLF file: lines count CRLF once", async () => {
      const diagnostics = await lintFixture(bytesOf(withEol(`${HEAD}\n\nCaf`, { crlf: true }), [0xe9], "\r\n"));
      expect(hits(diagnostics, RULE)).toEqual([{ line: 8, column: 4 }]);
    });

    it("a bad byte on the first line after a BOM: the BOM is not a column", async () => {
      const diagnostics = await lintFixture(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("ab"), 0xff, ...utf8("\n")]));
      expect(hits(diagnostics, RULE)).toEqual([{ line: 1, column: 3 }]);
    });

    it("a NUL on the first line after a BOM: the BOM is not a column", async () => {
      const diagnostics = await lintFixture(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("ab"), 0x00, ...utf8("\n")]));
      expect(hits(diagnostics, RULE)).toEqual([{ line: 1, column: 3 }]);
    });
  });
});
