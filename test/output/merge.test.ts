/** Merging skillc's MCP entries into a configuration file a user also edits: only the entries change. */
import fc from "fast-check";
import { parse as parseJsonc } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/errors.js";
import { parse as parseToml } from "smol-toml";
import { entryHash, mergeJsonEntries, mergeTomlEntries, type MergeOptions } from "../../src/output/merge.js";
import { propertyRuns } from "../helpers/runs.js";

const trello = { type: "stdio", command: "npx", args: ["-y", "@delorenj/mcp-server-trello"], env: { TRELLO_TOKEN: "${TRELLO_TOKEN}" } };
const calendar = { type: "stdio", command: "npx", args: ["-y", "@cocal/google-calendar-mcp"], env: {} };
const options = (o: Partial<MergeOptions> = {}): MergeOptions => ({ file: ".mcp.json", key: "mcpServers", entries: { trello }, owned: {}, comments: false, ...o });

describe("mergeJsonEntries", () => {
  it("creates a missing file as strict JSON", () => {
    const r = mergeJsonEntries(undefined, options());
    expect(JSON.parse(r.text)).toEqual({ mcpServers: { trello } });
    expect(r.text.endsWith("}\n") || r.text.endsWith("}")).toBe(true);
    expect(r.owned).toEqual({ trello: entryHash(trello) });
  });

  it("keeps a user's servers, settings, comments, key order, tabs and CRLF byte for byte", () => {
    const user = '{\r\n\t// my settings\r\n\t"theme": "dark",\r\n\t"mcpServers": {\r\n\t\t"mine": { "command": "my-server" }\r\n\t},\r\n\t"zeta": 1\r\n}\r\n';
    const r = mergeJsonEntries(user, options({ file: ".gemini/settings.json", comments: true }));
    expect(r.text.startsWith('{\r\n\t// my settings\r\n\t"theme": "dark",\r\n\t"mcpServers": {\r\n\t\t"mine": { "command": "my-server" },\r\n\t\t"trello": {')).toBe(true);
    expect(r.text.endsWith('\t},\r\n\t"zeta": 1\r\n}\r\n')).toBe(true);
    expect(r.text).not.toMatch(/[^\r]\n/);
    expect(parseJsonc(r.text)).toEqual({ theme: "dark", mcpServers: { mine: { command: "my-server" }, trello }, zeta: 1 });
  });

  it("updates and removes only what it owns and the user did not change", () => {
    const first = mergeJsonEntries(undefined, options({ entries: { trello, calendar } }));
    const next = { ...trello, args: ["-y", "@delorenj/mcp-server-trello@1.4.0"] };
    const second = mergeJsonEntries(first.text, options({ entries: { trello: next }, owned: first.owned }));
    expect(JSON.parse(second.text)).toEqual({ mcpServers: { trello: next } });
    expect(second).toMatchObject({ removed: ["calendar"], kept: [], conflicts: [], owned: { trello: entryHash(next) } });
  });

  it("leaves a user's entry of the same name, and an owned entry the user changed, and says so", () => {
    const mine = '{\n  "mcpServers": {\n    "trello": { "command": "my-trello" }\n  }\n}\n';
    const r = mergeJsonEntries(mine, options());
    expect(r.text).toBe(mine);
    expect(r.conflicts).toEqual([{ name: "trello", reason: "foreign" }]);
    expect(r.owned).toEqual({});

    const first = mergeJsonEntries(undefined, options({ entries: { trello, calendar } }));
    const edited = first.text.replace('"@delorenj/mcp-server-trello"', '"@delorenj/mcp-server-trello", "--verbose"').replace('"@cocal/google-calendar-mcp"', '"@cocal/google-calendar-mcp", "--x"');
    const second = mergeJsonEntries(edited, options({ entries: { trello: { ...trello, env: {} } }, owned: first.owned }));
    expect(second.text).toBe(edited);
    expect(second).toMatchObject({ conflicts: [{ name: "trello", reason: "modified" }], kept: ["calendar"], removed: [] });
  });

  it("takes an identical entry the user added (claude mcp add) as its own", () => {
    const added = `${JSON.stringify({ mcpServers: { trello } }, null, 2)}\n`;
    const r = mergeJsonEntries(added, options());
    expect(r.text).toBe(added);
    expect(r.owned).toEqual({ trello: entryHash(trello) });
  });

  it.each([
    ["{ not json", /is not valid JSON/],
    ["[1, 2]", /does not hold a JSON object/],
    ['{ "mcpServers": [] }', /`mcpServers` is not an object/],
    ['// generated\n{ "mcpServers": {} }', /holds comments, which its agent does not accept/],
  ])("refuses %j, changing nothing", (text, message) => {
    expect(() => mergeJsonEntries(text, options())).toThrow(UsageError);
    expect(() => mergeJsonEntries(text, options())).toThrow(message);
  });

  it("property: the user's entries survive, a second merge changes nothing, removing ours restores the file", () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
    const entry = fc.record({ command: fc.constantFrom("npx", "node", "uvx"), args: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.dictionary(name, entry, { maxKeys: 4 }), fc.dictionary(name, entry, { maxKeys: 4 }), fc.boolean(), (user, ours, comments) => {
        const text = `{\n  "other": true,\n  "mcpServers": ${JSON.stringify(user, null, 2).replace(/\n/g, "\n  ")}\n}\n`;
        const first = mergeJsonEntries(text, options({ entries: ours, comments }));
        const data = JSON.parse(first.text) as { other: boolean; mcpServers: Record<string, unknown> };
        expect(data.other).toBe(true);
        for (const [n, v] of Object.entries(user)) expect(data.mcpServers[n]).toEqual(v);
        const second = mergeJsonEntries(first.text, options({ entries: ours, owned: first.owned, comments }));
        expect(second.text).toBe(first.text);
        expect(second.owned).toEqual(first.owned);
        // Removing everything skillc added gives the user's file back, byte for byte.
        expect(mergeJsonEntries(first.text, options({ entries: {}, owned: first.owned, comments })).text).toBe(text);
      }),
      propertyRuns(200),
    );
  });
});

describe("mergeTomlEntries (Codex's config.toml)", () => {
  const codex = { command: "npx", args: ["-y", "@delorenj/mcp-server-trello"], env_vars: ["TRELLO_TOKEN"] };
  const toml = (o: Partial<MergeOptions> = {}) => ({ file: ".codex/config.toml", key: "mcp_servers", entries: { trello: codex }, owned: {}, ...o });
  const user = '# my Codex settings\nmodel = "o3"\n\n[mcp_servers.mine]\ncommand = "my-server" # mine\n\n[projects."/home/me/p"]\ntrust_level = "trusted"\n';

  it("creates the file, then keeps every other line, comment and table", () => {
    expect(mergeTomlEntries(undefined, toml()).text).toBe('[mcp_servers.trello]\ncommand = "npx"\nargs = [ "-y", "@delorenj/mcp-server-trello" ]\nenv_vars = [ "TRELLO_TOKEN" ]\n');
    const r = mergeTomlEntries(user, toml());
    expect(r.text.startsWith(user)).toBe(true);
    expect(r.text.slice(user.length)).toBe('\n[mcp_servers.trello]\ncommand = "npx"\nargs = [ "-y", "@delorenj/mcp-server-trello" ]\nenv_vars = [ "TRELLO_TOKEN" ]\n');
  });

  it("updates and removes its own tables and gives the user's file back", () => {
    const first = mergeTomlEntries(user, toml());
    const updated = mergeTomlEntries(first.text, toml({ entries: { trello: { ...codex, env_vars: [] } }, owned: first.owned }));
    expect(parseToml(updated.text)).toMatchObject({ model: "o3", mcp_servers: { mine: { command: "my-server" }, trello: { env_vars: [] } } });
    const removed = mergeTomlEntries(updated.text, toml({ entries: {}, owned: updated.owned }));
    expect(removed.text).toBe(user);
    expect(removed.removed).toEqual(["trello"]);
  });

  it("leaves the user's server of the same name, and refuses a file that is not TOML", () => {
    const mine = '[mcp_servers.trello]\ncommand = "my-trello"\n';
    expect(mergeTomlEntries(mine, toml())).toMatchObject({ text: mine, conflicts: [{ name: "trello", reason: "foreign" }] });
    expect(() => mergeTomlEntries("model = ", toml())).toThrow(/is not valid TOML/);
  });
});
