/**
 * Reports are safe for any input: messages and paths come from untrusted files (a frontmatter key,
 * a table cell, a folder name), so no format may let them rewrite a terminal, inject a workflow
 * command, break the XML or turn part of a path into a URI query or fragment. Each case states the
 * exact output; the properties run the formatters on arbitrary strings, lone surrogates included.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { formatters, type LintResult } from "../../src/index.js";

const cwd = "/project";
const RULE = "unknown-frontmatter-key";
const URL_ = "https://example.com/docs/rules/unknown-frontmatter-key.md";

/** One file with the same message as an error (line 2) and a warning (line 3). */
function resultFor(path: string, message: string, ruleId = RULE, url = URL_): LintResult {
  const at = (line: number) => ({ line, column: 1, endLine: line, endColumn: 5 });
  return {
    filePath: `${cwd}/${path}`,
    messages: [
      { ruleId, severity: 2, messageId: "m", message, url, ...at(2) },
      { ruleId, severity: 1, messageId: "m", message, url, ...at(3) },
    ],
    errorCount: 1,
    warningCount: 1,
  };
}

/** What the tester put in a frontmatter key: an OSC that retitles the terminal, and a clear-screen. */
const RETITLE = "\u001b]0;pwned\u0007";
const CLEAR = "\u001b[2J";
const keyMessage = (key: string) => `Unexpected frontmatter key \`${key}\``;

/** Characters that break one format or another, mixed into the arbitrary strings below. */
const awkward = fc.constantFrom(
  ...["\u001b", "\u0007", "\u0000", "\t", "\n", "\r", "\u007f", "\u0085", "\u009b", "\u009c", "\u202e", "\u2028"],
  ...["\ud800", "\udfff", "\ufffe", "\uffff", "&", "<", ">", '"', "'", "%", "#", "?", ":", ",", "[", "]", "\\", " ", "é", "😀"],
);
const anyUnit = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), // lone surrogates too
  awkward,
);
const anyText = fc.string({ unit: anyUnit, maxLength: 40 });
/** A folder name: anything but a separator or a dot segment. */
const anySegment = fc
  .string({ unit: anyUnit, minLength: 1, maxLength: 20 })
  .map((s) => s.replaceAll("/", "_"))
  .filter((s) => s !== "." && s !== "..");
/** Bounded in `npm test`; SKILLC_FUZZ_RUNS raises it, as for the parser's properties. */
const RUNS = { numRuns: Number(process.env.SKILLC_FUZZ_RUNS ?? 0) || 300 };

/** C0 and C1 controls and DEL, except the line feed that separates lines. */
const CONTROL_BUT_LF = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/;

describe("stylish", () => {
  /** skillc's own codes: SGR colours and OSC 8 hyperlinks (whose URL has no control character). */
  const stripOwnCodes = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "").replace(/\u001b\]8;;[^\u0000-\u001F\u007F-\u009F]*\u0007/g, "");

  it("shows control characters from a message and a path as \\xHH escapes", () => {
    const out = formatters.stylish([resultFor(`skills/${CLEAR}/SKILL.md`, keyMessage(RETITLE))], { cwd, color: false });
    expect(out.split("\n")).toEqual([
      "",
      "skills/\\x1B[2J/SKILL.md",
      "  2:1  error    Unexpected frontmatter key `\\x1B]0;pwned\\x07`  unknown-frontmatter-key",
      "  3:1  warning  Unexpected frontmatter key `\\x1B]0;pwned\\x07`  unknown-frontmatter-key",
      "",
      "\u2716 2 problems (1 error, 1 warning)",
      "",
    ]);
  });

  it("shows DEL, C1 controls, line breaks and bidirectional overrides as escapes too", () => {
    const out = formatters.stylish([resultFor("skills/a/SKILL.md", "a\u007fb\u009b2Jc\u0085d\r\ne\tf\u202eg\u2066h")], { cwd, color: false });
    expect(out).toContain("  2:1  error    a\\x7Fb\\x9B2Jc\\x85d\\x0D\\x0Ae\\x09f\\u202Eg\\u2066h  unknown-frontmatter-key\n");
  });

  it("keeps its own colours and hyperlinks, and only those", () => {
    const result = resultFor(`skills/${CLEAR}/SKILL.md`, keyMessage(RETITLE));
    const coloured = formatters.stylish([result], { cwd, color: true, hyperlinks: true });
    expect(coloured).toContain("\u001b[31merror  \u001b[39m");
    expect(coloured).toContain(`\u001b]8;;${URL_}\u0007unknown-frontmatter-key\u001b]8;;\u0007`);
    expect(stripOwnCodes(coloured)).not.toMatch(CONTROL_BUT_LF);
    expect(stripOwnCodes(coloured)).toBe(formatters.stylish([result], { cwd, color: false }));
  });

  it("has no control character but its own, whatever the message, path, rule id or URL", () => {
    fc.assert(
      fc.property(anyText, anySegment, anyText, anyText, (message, segment, ruleId, url) => {
        const results = [resultFor(`skills/${segment}/SKILL.md`, message, ruleId, url)];
        const plain = formatters.stylish(results, { cwd, color: false });
        expect(plain).not.toMatch(CONTROL_BUT_LF);
        const coloured = formatters.stylish(results, { cwd, color: true, hyperlinks: true });
        expect(stripOwnCodes(coloured)).toBe(plain);
      }),
      RUNS,
    );
  });
});

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Parses with saxes, which enforces XML 1.0 well-formedness (Char production included); throws on the first error. */
function parseXml(xml: string): XmlElement[] {
  const parser = new SaxesParser();
  const elements: XmlElement[] = [];
  const open: XmlElement[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: "" };
    elements.push(element);
    open.push(element);
  });
  parser.on("text", (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.on("closetag", () => open.pop());
  parser.write(xml).close();
  return elements;
}

const junitParts = (results: LintResult[]) => {
  const elements = parseXml(formatters.junit(results, { cwd, color: false }));
  const one = (name: string) => elements.filter((e) => e.name === name);
  return { testcases: one("testcase"), failures: one("failure"), systemOut: one("system-out") };
};

describe("junit", () => {
  it("is well-formed with characters XML 1.0 forbids, shown as escapes", () => {
    const message = "a\uffffb\u0001c\ud800d\u001be\ufffef\udc00";
    const { testcases, failures, systemOut } = junitParts([resultFor("skills/x\uffff/SKILL.md", message)]);
    const shown = "a\\uFFFFb\\x01c\\uD800d\\x1Be\\uFFFEf\\uDC00";
    expect(testcases.map((t) => t.attributes.name)).toEqual(["skills/x\\uFFFF/SKILL.md"]);
    expect(failures.map((f) => [f.attributes.type, f.attributes.message, f.text])).toEqual([
      [RULE, shown, `skills/x\\uFFFF/SKILL.md:2:1 ${shown} (${RULE})`],
    ]);
    expect(systemOut.map((s) => s.text)).toEqual([`warning skills/x\\uFFFF/SKILL.md:3:1 ${shown} (${RULE})`]);
  });

  it("keeps tab, line feed and carriage return through attribute-value and line-end normalisation", () => {
    const message = "a\tb\nc\rd\r\ne";
    const xml = formatters.junit([resultFor("skills/a/SKILL.md", message)], { cwd, color: false });
    expect(xml).toContain('message="a&#x9;b&#xA;c&#xD;d&#xD;&#xA;e"');
    const { failures, systemOut } = junitParts([resultFor("skills/a/SKILL.md", message)]);
    expect(failures.map((f) => [f.attributes.message, f.text])).toEqual([[message, `skills/a/SKILL.md:2:1 ${message} (${RULE})`]]);
    expect(systemOut.map((s) => s.text)).toEqual([`warning skills/a/SKILL.md:3:1 ${message} (${RULE})`]);
  });

  it("writes DEL and C1 controls as character references, not raw", () => {
    const message = "x\u009b2Jy\u007fz\u0085";
    const xml = formatters.junit([resultFor("skills/a/SKILL.md", message)], { cwd, color: false });
    expect(xml).not.toMatch(/[\u007F-\u009F]/);
    expect(xml).toContain('message="x&#x9B;2Jy&#x7F;z&#x85;"');
    expect(junitParts([resultFor("skills/a/SKILL.md", message)]).failures[0]?.attributes.message).toBe(message);
  });

  it("is well-formed XML for any message, path and rule id", () => {
    fc.assert(
      fc.property(anyText, anySegment, anyText, (message, segment, ruleId) => {
        const { testcases, failures, systemOut } = junitParts([resultFor(`skills/${segment}/SKILL.md`, message, ruleId)]);
        expect([testcases.length, failures.length, systemOut.length]).toEqual([1, 1, 1]);
      }),
      RUNS,
    );
  });

  it("gives back exactly the strings it was given when XML can hold them", () => {
    const xmlChars = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu, "?");
    fc.assert(
      fc.property(anyText.map(xmlChars), anySegment.map(xmlChars), anyText.map(xmlChars), (message, segment, ruleId) => {
        const { testcases, failures } = junitParts([resultFor(`skills/${segment}/SKILL.md`, message, ruleId)]);
        expect(testcases[0]?.attributes.name).toBe(`skills/${segment}/SKILL.md`);
        expect(failures[0]?.attributes).toEqual({ type: ruleId, message });
      }),
      RUNS,
    );
  });
});

const sarifUris = (results: LintResult[]): string[] =>
  JSON.parse(formatters.sarif(results, { cwd, color: false })).runs[0].results.map(
    (r: { locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) => r.locations[0].physicalLocation.artifactLocation.uri,
  );
const uriOf = (path: string) => sarifUris([resultFor(path, "m")])[0];
/** RFC 3986, strictly: unreserved characters, percent-encoded octets and `/` between segments. */
const STRICT_URI_PATH = /^(?:[A-Za-z0-9\-._~/]|%[0-9A-F]{2})*$/;

describe("sarif", () => {
  it("percent-encodes `#` and `?` so they stay in the path", () => {
    const uri = uriOf("skills/c#?x/SKILL.md");
    expect(uri).toBe("skills/c%23%3Fx/SKILL.md");
    const url = new URL(uri!, "file:///root/");
    expect([url.search, url.hash, decodeURIComponent(url.pathname)]).toEqual(["", "", "/root/skills/c#?x/SKILL.md"]);
  });

  it.each([
    ["skills/trello sync/SKILL.md", "skills/trello%20sync/SKILL.md"],
    ["skills/100%/SKILL.md", "skills/100%25/SKILL.md"],
    ["skills/[x]/SKILL.md", "skills/%5Bx%5D/SKILL.md"],
    ["c:d/SKILL.md", "c%3Ad/SKILL.md"], // a colon in the first segment would read as a scheme
    ["skills/a\\b/SKILL.md", "skills/a%5Cb/SKILL.md"], // WHATWG URLs read `\` as `/`
    ["skills/é😀/SKILL.md", "skills/%C3%A9%F0%9F%98%80/SKILL.md"],
    ["skills/a;b=c&d+e$f,g@h!i'j(k)l*m/SKILL.md", "skills/a%3Bb%3Dc%26d%2Be%24f%2Cg%40h%21i%27j%28k%29l%2Am/SKILL.md"],
    ["skills/A-Z_a.z~09/SKILL.md", "skills/A-Z_a.z~09/SKILL.md"],
    ["skills/\ud800/SKILL.md", "skills/%EF%BF%BD/SKILL.md"], // a lone surrogate, which no file system path holds, as U+FFFD
  ])("writes %j as %s", (path, uri) => {
    expect(uriOf(path)).toBe(uri);
  });

  it("gives a relative URI reference that parses back to the path, for any folder name", () => {
    fc.assert(
      fc.property(anySegment.map((s) => s.toWellFormed()), (segment) => {
        const uri = uriOf(`skills/${segment}/SKILL.md`)!;
        expect(uri).toMatch(STRICT_URI_PATH);
        const url = new URL(uri, "file:///root/");
        expect([url.search, url.hash, decodeURIComponent(url.pathname)]).toEqual(["", "", `/root/skills/${segment}/SKILL.md`]);
      }),
      RUNS,
    );
  });
});

/** How the Actions runner reads a workflow command line (ActionCommand.TryParseV2 and its unescaping). */
function runnerParse(line: string): { command: string; properties: Record<string, string>; data: string } {
  const unescape = (s: string, tokens: [string, string][]) => tokens.reduce((t, [escaped, raw]) => t.replaceAll(escaped, raw), s);
  const dataTokens: [string, string][] = [["%0D", "\r"], ["%0A", "\n"], ["%25", "%"]];
  const propertyTokens: [string, string][] = [["%0D", "\r"], ["%0A", "\n"], ["%3A", ":"], ["%2C", ","], ["%25", "%"]];
  const end = line.indexOf("::", 2);
  const info = line.slice(2, end);
  const space = info.indexOf(" ");
  const properties: Record<string, string> = {};
  for (const pair of info.slice(space + 1).split(",")) {
    const eq = pair.indexOf("=");
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), propertyTokens);
  }
  return { command: info.slice(0, space), properties, data: unescape(line.slice(end + 2), dataTokens) };
}

/** @actions/core's escaping (command.ts), for the characters it handles. */
const toolkitData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const toolkitProperty = (s: string) => toolkitData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

describe("github", () => {
  it("writes control characters in messages and file properties as %XX, which the runner leaves as text", () => {
    const out = formatters.github([resultFor(`skills/${CLEAR}/SKILL.md`, keyMessage(RETITLE))], { cwd, color: false });
    expect(out.split("\n")[0]).toBe(
      "::error file=skills/%1B[2J/SKILL.md,line=2,col=1,endLine=2,endColumn=5,title=unknown-frontmatter-key::Unexpected frontmatter key `%1B]0;pwned%07`",
    );
    const tricky = formatters.github([resultFor("skills/a\u0085b/SKILL.md", "a\u0000b\tc\u007fd\u0085e\u009bf")], { cwd, color: false });
    expect(tricky.split("\n")[0]).toBe("::error file=skills/a%85b/SKILL.md,line=2,col=1,endLine=2,endColumn=5,title=unknown-frontmatter-key::a%00b%09c%7Fd%85e%9Bf");
  });

  it("escapes exactly as @actions/core does when the only controls are CR and LF", () => {
    const noOtherControls = anyText.map((s) => s.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "?"));
    fc.assert(
      fc.property(noOtherControls, anySegment.map((s) => s.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "?")), (message, segment) => {
        const path = `skills/${segment}/SKILL.md`;
        const line = formatters.github([resultFor(path, message)], { cwd, color: false }).split("\n")[0];
        expect(line).toBe(`::error file=${toolkitProperty(path)},line=2,col=1,endLine=2,endColumn=5,title=${RULE}::${toolkitData(message)}`);
        expect(runnerParse(line!)).toEqual({
          command: "error",
          properties: { file: path, line: "2", col: "1", endLine: "2", endColumn: "5", title: RULE },
          data: message,
        });
      }),
      RUNS,
    );
  });

  it("writes one command per diagnostic, with no control character, for any message, path and rule id", () => {
    fc.assert(
      fc.property(anyText, anySegment, anyText.filter((s) => s.trim() === s && s !== ""), (message, segment, ruleId) => {
        const out = formatters.github([resultFor(`skills/${segment}/SKILL.md`, message, ruleId)], { cwd, color: false });
        const lines = out.split("\n");
        expect(lines.pop()).toBe("");
        expect(lines).toHaveLength(2);
        for (const line of lines) expect(line).not.toMatch(CONTROL_BUT_LF);
        expect(lines.map((l) => runnerParse(l).command)).toEqual(["error", "warning"]);
        expect(Object.keys(runnerParse(lines[0]!).properties)).toEqual(["file", "line", "col", "endLine", "endColumn", "title"]);
      }),
      RUNS,
    );
  });
});

describe("json, codeclimate and sarif", () => {
  const hostile = `${keyMessage(RETITLE)} ${CLEAR} \u0000\r\n\u007f\u009b2J\u0085\u009c\ud800\uffff`;
  const path = `skills/${CLEAR}\u009b/SKILL.md`;
  const texts = (name: "json" | "codeclimate" | "sarif", out: string): [string, string] => {
    const parsed = JSON.parse(out);
    if (name === "json") return [parsed[0].filePath, parsed[0].messages[0].message];
    if (name === "codeclimate") return [parsed[0].location.path, parsed[0].description];
    return [decodeURIComponent(parsed.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri), parsed.runs[0].results[0].message.text];
  };
  const expectedPath = (name: string, relative: string) => (name === "json" ? `${cwd}/${relative}` : relative);

  it.each(["json", "codeclimate", "sarif"] as const)("%s escapes every control character, DEL and C1 included, and parses back to the same strings", (name) => {
    const out = formatters[name]([resultFor(path, hostile)], { cwd, color: false });
    expect(out).not.toMatch(CONTROL_BUT_LF);
    expect(out).toContain("Unexpected frontmatter key `\\u001b]0;pwned\\u0007` \\u001b[2J \\u0000\\r\\n\\u007f\\u009b2J\\u0085\\u009c\\ud800\uffff");
    expect(texts(name, out)).toEqual([expectedPath(name, path), hostile]);
  });

  it.each(["json", "codeclimate", "sarif"] as const)("%s has no raw control character for any message and path", (name) => {
    fc.assert(
      fc.property(anyText, anySegment.map((s) => s.toWellFormed()), (message, segment) => {
        const relative = `skills/${segment}/SKILL.md`;
        const out = formatters[name]([resultFor(relative, message)], { cwd, color: false });
        expect(out).not.toMatch(CONTROL_BUT_LF);
        expect(texts(name, out)).toEqual([expectedPath(name, relative), message]);
      }),
      RUNS,
    );
  });
});
