/** Merging skillc's MCP entries into a configuration file a user also edits: only the entries change. */
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { entryHash, mergeJsonEntries, mergeTomlEntries, type MergeOptions, type MergeResult, type TomlMergeOptions } from "../../src/output/merge.js";

const a = { command: "npx", args: ["a"] };
const b = { command: "uvx", env: { K: "${K}" } };
/** `a` as skillc writes it under a two-space indented servers object. */
const A2 = '"a": {\n      "command": "npx",\n      "args": [\n        "a"\n      ]\n    }';

const json = (o: Partial<MergeOptions> = {}): MergeOptions => ({ file: ".mcp.json", key: "mcpServers", entries: { a }, owned: {}, comments: false, ...o });
const lines = (...l: string[]) => `${l.join("\n")}\n`;

type Case = [name: string, before: string | undefined, options: Partial<MergeOptions>, after: string, result?: Partial<MergeResult>];

describe("mergeJsonEntries", () => {
  const cases: Case[] = [
    ["creates a missing file as strict JSON, two spaces", undefined, {}, lines("{", '  "mcpServers": {', `    ${A2}`, "  }", "}"), { owned: { a: entryHash(a) } }],
    ["writes an empty file as a new one", " \n", {}, lines("{", '  "mcpServers": {', `    ${A2}`, "  }", "}")],
    ["creates the path to nested servers", undefined, { key: ["x", "servers"], entries: {} }, lines("{", '  "x": {', '    "servers": {}', "  }", "}")],
    [
      "adds after a user's server, keeping the comment that ends its line, the settings and the order (Gemini)",
      lines("{", "  // my settings", '  "theme": "dark",', '  "mcpServers": {', '    "mine": { "command": "my-server" } // mine', "  },", '  "zeta": 1', "}"),
      { file: ".gemini/settings.json", comments: true },
      lines("{", "  // my settings", '  "theme": "dark",', '  "mcpServers": {', '    "mine": { "command": "my-server" }, // mine', `    ${A2}`, "  },", '  "zeta": 1', "}"),
      { owned: { a: entryHash(a) }, conflicts: [], removed: [], kept: [] },
    ],
    [
      "adds the servers key at the end of a settings file that has none",
      lines("{", '  "theme": "dark"', "}"),
      { file: ".gemini/settings.json", comments: true },
      lines("{", '  "theme": "dark",', '  "mcpServers": {', `    ${A2}`, "  }", "}"),
    ],
    [
      "writes four-space indentation in a four-space file",
      lines("{", '    "mcpServers": {', '        "mine": {}', "    }", "}"),
      {},
      lines("{", '    "mcpServers": {', '        "mine": {},', '        "a": {', '            "command": "npx",', '            "args": [', '                "a"', "            ]", "        }", "    }", "}"),
    ],
    [
      "writes tabs and CRLF in a tab and CRLF file",
      '{\r\n\t"mcpServers": {}\r\n}\r\n',
      {},
      '{\r\n\t"mcpServers": {\r\n\t\t"a": {\r\n\t\t\t"command": "npx",\r\n\t\t\t"args": [\r\n\t\t\t\t"a"\r\n\t\t\t]\r\n\t\t}\r\n\t}\r\n}\r\n',
    ],
    [
      "keeps a one-line servers object on one line",
      '{ "mcpServers": { "mine": { "command": "m" } } }\n',
      {},
      '{ "mcpServers": { "mine": { "command": "m" }, "a": {"command":"npx","args":["a"]} } }\n',
    ],
    [
      "keeps a trailing comma and a comment in an empty object (VS Code's servers, JSONC)",
      lines("{", '  "inputs": [],', '  "servers": {', '    // add servers here', '    "mine": { "type": "http", "url": "https://x" },', "  },", "}"),
      { file: ".vscode/mcp.json", key: "servers", comments: true },
      lines("{", '  "inputs": [],', '  "servers": {', '    // add servers here', '    "mine": { "type": "http", "url": "https://x" },', `    ${A2},`, "  },", "}"),
    ],
    [
      "adds into opencode's mcp key after its schema and settings",
      lines("{", '  "$schema": "https://opencode.ai/config.json",', '  "mcp": {', "    /* none yet */", "  }", "}"),
      { file: "opencode.json", key: "mcp", comments: true },
      lines("{", '  "$schema": "https://opencode.ai/config.json",', '  "mcp": {', "    /* none yet */", `    ${A2}`, "  }", "}"),
    ],
    [
      "updates its own unchanged entry where it stands",
      lines("{", '  "mcpServers": {', '    "a": { "command": "old" },', '    "mine": {}', "  }", "}"),
      { owned: { a: entryHash({ command: "old" }) } },
      lines("{", '  "mcpServers": {', `    ${A2},`, '    "mine": {}', "  }", "}"),
      { owned: { a: entryHash(a) } },
    ],
    [
      "removes its own first entry",
      lines("{", '  "mcpServers": {', '    "b": { "command": "uvx", "env": { "K": "${K}" } },', '    "mine": {}', "  }", "}"),
      { entries: {}, owned: { b: entryHash(b) } },
      lines("{", '  "mcpServers": {', '    "mine": {}', "  }", "}"),
      { owned: {}, removed: ["b"] },
    ],
    [
      "removes its own last entry with the comma before it, keeping the comment on that line",
      lines("{", '  "mcpServers": {', '    "mine": {}, // mine', '    "b": {', '      "command": "uvx", "env": { "K": "${K}" }', "    }", "  }", "}"),
      { entries: {}, owned: { b: entryHash(b) }, comments: true },
      lines("{", '  "mcpServers": {', '    "mine": {} // mine', "  }", "}"),
      { removed: ["b"] },
    ],
    [
      "leaves `{}` when its only entry goes, and touches no member of the same name elsewhere",
      lines("{", '  "mcpServers": {', '    "b": { "command": "uvx", "env": { "K": "${K}" } }', "  },", '  "other": {', "    // keep", '    "b": 1', "  }", "}"),
      { entries: {}, owned: { b: entryHash(b) }, comments: true },
      lines("{", '  "mcpServers": {},', '  "other": {', "    // keep", '    "b": 1', "  }", "}"),
    ],
    [
      "leaves the comment inside the servers object when its only entry goes",
      lines("{", '  "mcpServers": {', "    // skillc's below", '    "b": { "command": "uvx", "env": { "K": "${K}" } }', "  }", "}"),
      { entries: {}, owned: { b: entryHash(b) }, comments: true },
      lines("{", '  "mcpServers": {', "    // skillc's below", "  }", "}"),
    ],
    [
      "takes a server named `__proto__` as data",
      lines("{", '  "mcpServers": {', '    "__proto__": { "command": "p" }', "  }", "}"),
      {},
      lines("{", '  "mcpServers": {', '    "__proto__": { "command": "p" },', `    ${A2}`, "  }", "}"),
    ],
    [
      "removes its only entry when the comma after it follows a comment",
      lines("{", '  "mcpServers": {"a": {"command":"x"} // c', "  ,}", "}"),
      { entries: {}, owned: { a: entryHash({ command: "x" }) }, comments: true },
      lines("{", '  "mcpServers": {}', "}"),
    ],
    [
      "adds after a member whose line goes on past a comment to the closing brace",
      lines("{", '  "theme": "d" /* c */ } /* end */'),
      { comments: true },
      lines("{", '  "theme": "d",', '  "mcpServers": {', `    ${A2}`, "  } /* c */ } /* end */"),
    ],
    [
      "leaves the user's entry of the same name and says so",
      lines("{", '  "mcpServers": {', '    "a": { "command": "my-a" }', "  }", "}"),
      {},
      lines("{", '  "mcpServers": {', '    "a": { "command": "my-a" }', "  }", "}"),
      { owned: {}, conflicts: [{ name: "a", reason: "foreign" }] },
    ],
    [
      "leaves its entries the user changed: one still produced, one not",
      lines("{", '  "mcpServers": {', '    "a": { "command": "npx", "args": ["a", "--verbose"] },', '    "b": { "command": "uvx" }', "  }", "}"),
      { entries: { a: { command: "npx", args: ["a2"] } }, owned: { a: entryHash(a), b: entryHash(b) } },
      lines("{", '  "mcpServers": {', '    "a": { "command": "npx", "args": ["a", "--verbose"] },', '    "b": { "command": "uvx" }', "  }", "}"),
      { owned: {}, conflicts: [{ name: "a", reason: "modified" }], kept: ["b"], removed: [] },
    ],
    [
      "takes an identical entry the user added (claude mcp add) as its own, changing nothing",
      lines("{", '  "mcpServers": { "a": { "args": ["a"], "command": "npx" } }', "}"),
      {},
      lines("{", '  "mcpServers": { "a": { "args": ["a"], "command": "npx" } }', "}"),
      { owned: { a: entryHash(a) }, conflicts: [] },
    ],
    [
      "writes again an entry of its own the user deleted, and forgets one it no longer produces",
      lines("{", '  "mcpServers": {}', "}"),
      { owned: { a: entryHash(a), b: entryHash(b) } },
      lines("{", '  "mcpServers": {', `    ${A2}`, "  }", "}"),
      { owned: { a: entryHash(a) }, removed: [], kept: [] },
    ],
  ];

  it.each(cases)("%s", (_, before, o, after, result) => {
    const r = mergeJsonEntries(before, json(o));
    expect(r.text).toBe(after);
    if (result) expect(r).toMatchObject(result);
    // And it is done: the same merge on its own result changes nothing.
    expect(mergeJsonEntries(r.text, json({ ...o, owned: r.owned })).text).toBe(r.text);
  });

  it("hashes an entry as written: key order, formatting and undefined members do not count", () => {
    expect(entryHash({ command: "x", args: ["1"] })).toBe(entryHash({ args: ["1"], command: "x", env: undefined }));
    expect(entryHash({ args: ["1", "2"] })).not.toBe(entryHash({ args: ["2", "1"] }));
    const written = mergeJsonEntries(undefined, json({ entries: { a: { command: "x", env: undefined } } }));
    expect(mergeJsonEntries(written.text, json({ entries: {}, owned: written.owned })).removed).toEqual(["a"]);
  });

  it.each([
    ["{ not json", /^\.mcp\.json is not valid JSON \(InvalidSymbol at line 1, column 3\); skillc leaves it as it is until it is fixed$/],
    ['{ "mcpServers": {},\n}', /^\.mcp\.json is not valid JSON \(PropertyNameExpected at line 2, column 1\)/],
    ["[1, 2]", /^\.mcp\.json: it does not hold a JSON object; skillc leaves the file as it is$/],
    ['{ "mcpServers": [] }', /^\.mcp\.json: `mcpServers` is not an object; skillc leaves the file as it is$/],
    ['{ "mcpServers": null }', /`mcpServers` is not an object/],
    ['{ "mcpServers": {}, "mcpServers": {} }', /`mcpServers` appears twice/],
    ['{ "mcpServers": { "a": {}, "a": {} } }', /`a` appears twice in `mcpServers`/],
    ['// generated\n{ "mcpServers": {} }', /^\.mcp\.json holds comments, which its agent does not accept \(it ignores the file\); remove them so skillc can add its servers$/],
    ['{ "mcpServers": {} /* none */ }', /holds comments/],
  ])("refuses %j", (text, message) => {
    expect(() => mergeJsonEntries(text, json())).toThrow(UsageError);
    expect(() => mergeJsonEntries(text, json())).toThrow(message);
  });

  it("refuses a path through something that is not an object, and a file its agent reads with comments is not refused for them", () => {
    expect(() => mergeJsonEntries('{ "x": 1 }', json({ key: ["x", "servers"] }))).toThrow(/`x` is not an object/);
    expect(mergeJsonEntries('{ "mcpServers": { "mine": {} } } // mine\n', json({ entries: {}, comments: true })).text).toBe('{ "mcpServers": { "mine": {} } } // mine\n');
  });
});

const toml = (o: Partial<TomlMergeOptions> = {}): TomlMergeOptions => ({ file: ".codex/config.toml", key: "mcp_servers", entries: { a }, owned: {}, ...o });
/** `a` as a table, as skillc writes it. */
const TA = ["[mcp_servers.a]", 'command = "npx"', 'args = [ "a" ]'];
const TB = ["[mcp_servers.b]", 'command = "uvx"', "", "[mcp_servers.b.env]", 'K = "${K}"'];

describe("mergeTomlEntries (Codex's config.toml)", () => {
  const user = lines("# my Codex settings", 'model = "o3"', "", "[mcp_servers.mine]", 'command = "my-server" # mine', "", "# my project", '[projects."/home/me/p"]', 'trust_level = "trusted"');
  const cases: [name: string, before: string | undefined, options: Partial<TomlMergeOptions>, after: string, result?: Partial<MergeResult>][] = [
    ["creates a missing file", undefined, {}, lines(...TA), { owned: { a: entryHash(a) } }],
    ["creates nothing when there is nothing to write", undefined, { entries: {} }, ""],
    ["appends after the user's settings, comments and tables", user, { entries: { a, b } }, lines(...user.trimEnd().split("\n"), "", ...TA, "", ...TB)],
    [
      "removes its tables and subtables with the empty line before them, keeping the comment over the next table",
      lines('model = "o3"', "", ...TB, "", "# my project", "[projects.p]", "x = 1", "", ...TA),
      { entries: {}, owned: { a: entryHash(a), b: entryHash(b) } },
      lines('model = "o3"', "", "# my project", "[projects.p]", "x = 1"),
      { removed: ["a", "b"] },
    ],
    [
      "rewrites its own table where it stands",
      lines('model = "o3"', "", "[mcp_servers.a]", 'command = "old"', "", "[tui]", "x = 1"),
      { owned: { a: entryHash({ command: "old" }) } },
      lines('model = "o3"', "", ...TA, "", "[tui]", "x = 1"),
    ],
    [
      "keeps an array of tables and a multi-line string that follow or hold brackets",
      lines("[mcp_servers.a]", 'command = "old"', "", "[[profiles]]", 'prompt = """', "[mcp_servers.a]", '"""', "", "[other]", "list = [", "  [1],", "]"),
      { entries: {}, owned: { a: entryHash({ command: "old" }) } },
      lines("[[profiles]]", 'prompt = """', "[mcp_servers.a]", '"""', "", "[other]", "list = [", "  [1],", "]"),
    ],
    [
      "removes the empty line after its table at the top of the file",
      lines(...TA, "", "[tui]", "x = 1"),
      { entries: {}, owned: { a: entryHash(a) } },
      lines("[tui]", "x = 1"),
    ],
    [
      "removes all its tables, however they sit",
      lines(...TA, "", ...TB, "", "[tui]", "x = 1", "", "[mcp_servers.c]", "command = 'c'"),
      { entries: {}, owned: { a: entryHash(a), b: entryHash(b), c: entryHash({ command: "c" }) } },
      lines("[tui]", "x = 1"),
    ],
    [
      "moves its entry written inline or with dotted keys into a table at the end",
      lines("[mcp_servers]", 'a = { command = "old" }', "mine = {}", "b.command = 'uvx'", 'b.env = { K = "${K}" }'),
      { entries: { a }, owned: { a: entryHash({ command: "old" }), b: entryHash(b) } },
      lines("[mcp_servers]", "mine = {}", "", ...TA),
      { removed: ["b"] },
    ],
    [
      "removes its entry written with dotted keys at the top",
      lines('model = "o3"', "mcp_servers.b.command = 'uvx'", 'mcp_servers.b.env = { K = "${K}" }', "", "[tui]", "x = 1"),
      { entries: {}, owned: { b: entryHash(b) } },
      lines('model = "o3"', "", "[tui]", "x = 1"),
    ],
    [
      "quotes names that need it",
      lines('model = "o3"'),
      { entries: { "my.server": a } },
      lines('model = "o3"', "", '[mcp_servers."my.server"]', 'command = "npx"', 'args = [ "a" ]'),
    ],
    [
      "keeps CRLF",
      'model = "o3"\r\n\r\n[mcp_servers.old]\r\ncommand = "old"\r\n',
      { owned: { old: entryHash({ command: "old" }) } },
      'model = "o3"\r\n\r\n[mcp_servers.a]\r\ncommand = "npx"\r\nargs = [ "a" ]\r\n',
      { removed: ["old"] },
    ],
    [
      "leaves the user's server of the same name, and its own the user changed",
      lines("[mcp_servers.a]", 'command = "my-a"', "", "[mcp_servers.b]", 'command = "edited"'),
      { entries: { a }, owned: { b: entryHash(b) } },
      lines("[mcp_servers.a]", 'command = "my-a"', "", "[mcp_servers.b]", 'command = "edited"'),
      { owned: {}, conflicts: [{ name: "a", reason: "foreign" }], kept: ["b"] },
    ],
    [
      "finds its table however the header is spelled",
      lines("[ mcp_servers . 'a' ] # skillc's", 'command = "npx"', 'args = ["a"]', "", "[tui]", "x = 1"),
      { entries: {}, owned: { a: entryHash(a) } },
      lines("[tui]", "x = 1"),
    ],
    ["ends the user's last line before appending", 'model = "o3"', {}, lines('model = "o3"', "", ...TA)],
    ["leaves an inline servers table alone when nothing changes", 'mcp_servers = { a = { command = "npx", args = ["a"] } }\n', {}, 'mcp_servers = { a = { command = "npx", args = ["a"] } }\n', { owned: { a: entryHash(a) } }],
  ];

  it.each(cases)("%s", (_, before, o, after, result) => {
    const r = mergeTomlEntries(before, toml(o));
    expect(r.text).toBe(after);
    if (result) expect(r).toMatchObject(result);
    expect(mergeTomlEntries(r.text, toml({ ...o, owned: r.owned })).text).toBe(r.text);
  });

  it("gives the user's file back when its servers go", () => {
    const first = mergeTomlEntries(user, toml({ entries: { a, b } }));
    const updated = mergeTomlEntries(first.text, toml({ entries: { a: { ...a, args: [] }, b }, owned: first.owned }));
    expect(parseToml(updated.text)).toMatchObject({ model: "o3", mcp_servers: { mine: { command: "my-server" }, a: { args: [] }, b } });
    expect(mergeTomlEntries(updated.text, toml({ entries: {}, owned: updated.owned }))).toMatchObject({ text: user, removed: ["a", "b"] });
  });

  it.each([
    ["model = ", /^\.codex\/config\.toml is not valid TOML \(.*\); skillc leaves it as it is until it is fixed$/],
    ["mcp_servers = 1\n", /^\.codex\/config\.toml: `mcp_servers` is not a table; skillc leaves the file as it is$/],
    ["[[mcp_servers]]\nx = 1\n", /`mcp_servers` is not a table/],
    ["mcp_servers = { mine = {} }\n", /^\.codex\/config\.toml: `mcp_servers` is one inline table, which skillc cannot add to without rewriting it; write its servers as \[mcp_servers\.NAME\] tables$/],
  ])("refuses %j", (text, message) => {
    expect(() => mergeTomlEntries(text, toml())).toThrow(UsageError);
    expect(() => mergeTomlEntries(text, toml())).toThrow(message);
  });
});
