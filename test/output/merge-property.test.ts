/**
 * Properties of the merge, over configuration files a user could have written: in many layouts
 * (indentation, line endings, comments, one-line objects, trailing commas; TOML tables, inline
 * and dotted entries in any order) and with any spacing and comments between tokens; with the
 * user's own servers, skillc's earlier ones (some changed by the user since) and whatever skillc
 * produces now. The user's bytes stay, the result parses, merging again changes nothing, and
 * removing skillc's entries leaves the user's.
 */
import fc from "fast-check";
import { parse as parseJsonc } from "jsonc-parser";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { entryHash, mergeJsonEntries, mergeTomlEntries, type MergeOptions, type TomlMergeOptions } from "../../src/output/merge.js";
import { propertyRuns } from "../helpers/runs.js";

const json = (o: Partial<MergeOptions> = {}): MergeOptions => ({ file: ".mcp.json", key: "mcpServers", entries: {}, owned: {}, comments: false, ...o });
const toml = (o: Partial<TomlMergeOptions> = {}): TomlMergeOptions => ({ file: ".codex/config.toml", key: "mcp_servers", entries: {}, owned: {}, ...o });

describe("mergeJsonEntries: files in many layouts", () => {
  const name = fc.constantFrom("a", "b", "c", "d", "my-server", "my.server");
  const entry = fc.record({ command: fc.constantFrom("npx", "uvx"), args: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }) }, { requiredKeys: ["command"] });
  const file = fc.record({
    /** The user's own servers. */
    user: fc.dictionary(name, entry, { maxKeys: 3 }),
    /** Servers skillc wrote before (recorded), some changed by the user since. */
    prior: fc.dictionary(name, fc.record({ value: entry, edited: fc.boolean() }), { maxKeys: 3 }),
    produced: fc.dictionary(name, entry, { maxKeys: 4 }),
    indent: fc.constantFrom("  ", "    ", "\t"),
    eol: fc.constantFrom("\n", "\r\n"),
    comments: fc.boolean(),
    layout: fc.constantFrom("lines", "one-line", "absent"),
    trailingComma: fc.boolean(),
    lineComments: fc.boolean(),
  });

  it("leaves the user's entries and settings byte for byte, parses, a second merge changes nothing, and removing its own gives the file back", () => {
    fc.assert(
      fc.property(file, ({ user, prior, produced, indent, eol, comments, layout, trailingComma, lineComments }) => {
        const servers: [string, unknown][] = Object.entries(user);
        const owned: Record<string, string> = {};
        for (const [n, { value, edited }] of Object.entries(prior)) {
          if (Object.hasOwn(user, n)) continue;
          servers.push([n, edited ? { ...value, command: "edited" } : value]);
          owned[n] = entryHash(value);
        }
        if (layout === "absent" && servers.length > 0) layout = "lines";
        const members = servers.map(([n, v]) => `${JSON.stringify(n)}: ${JSON.stringify(v)}`);
        const i2 = indent + indent;
        const serversText =
          members.length === 0 ? "{}"
          : layout === "one-line" ? `{ ${members.join(", ")} }`
          : `{${eol}${members.map((m, i) => `${i2}${m}${i < members.length - 1 || (comments && trailingComma) ? "," : ""}${comments && lineComments ? ` // ${i}` : ""}`).join(eol)}${eol}${indent}}`;
        const text = [
          "{",
          ...(comments ? [`${indent}// mine`] : []),
          `${indent}"theme": "dark"${layout === "absent" ? "" : ","}`,
          ...(layout === "absent" ? [] : [`${indent}"mcpServers": ${serversText}`]),
          "}",
          "",
        ].join(eol);
        const options = json({ entries: produced, owned, comments });
        const first = mergeJsonEntries(text, options);

        const data = parseJsonc(first.text) as { theme: string; mcpServers: Record<string, unknown> };
        expect(data.theme).toBe("dark");
        for (const [n, v] of Object.entries(user)) expect(first.text).toContain(`${JSON.stringify(n)}: ${JSON.stringify(v)}`);
        for (const n of Object.keys(first.owned)) expect(JSON.stringify(data.mcpServers[n])).toBe(JSON.stringify(produced[n]));
        if (comments) expect(first.text).toContain(`${eol}${indent}// mine${eol}`);
        expect(first.text.replace(/\r\n/g, "")).not.toContain(eol === "\n" ? "\r" : "\n");
        if (!comments) expect(() => JSON.parse(first.text)).not.toThrow();

        const second = mergeJsonEntries(first.text, { ...options, owned: first.owned });
        expect(second.text).toBe(first.text);
        expect(second.owned).toEqual(first.owned);

        const gone = mergeJsonEntries(first.text, { ...options, entries: {}, owned: first.owned });
        expect(Object.keys(parseJsonc(gone.text).mcpServers ?? {}).sort()).toEqual(Object.keys(data.mcpServers ?? {}).filter((n) => !(n in first.owned)).sort());
        // Nothing of skillc's before, nothing of the user's taken as skillc's: the user's file comes back.
        const adopted = Object.keys(first.owned).some((n) => Object.hasOwn(user, n));
        if (Object.keys(owned).length === 0 && !adopted && layout !== "absent") expect(gone.text).toBe(text);
      }),
      propertyRuns(500),
    );
  });
});

describe("mergeJsonEntries: any spacing and comments between tokens", () => {
  const name = fc.constantFrom("a", "b", "c");
  const entry = fc.record({ command: fc.constantFrom("x", "y"), args: fc.array(fc.constantFrom("1", "2"), { maxLength: 2 }) }, { requiredKeys: ["command"] });
  /** What may sit between two tokens: with comments (JSONC) and without. */
  const gap = fc.tuple(fc.constantFrom("", " ", "\n", "\n  ", "\n\t", " /* c */ ", " // c\n", "\r\n  "), fc.constantFrom("", " ", "\n", "\n  ", "\n\t", "\r\n  "));

  it("keeps the user's entries as written, parses, and a second merge changes nothing", () => {
    fc.assert(
      fc.property(
        fc.record({
          comments: fc.boolean(),
          user: fc.dictionary(name, entry, { maxKeys: 3 }),
          prior: fc.dictionary(name, fc.record({ value: entry, edited: fc.boolean() }), { maxKeys: 3 }),
          produced: fc.dictionary(name, entry, { maxKeys: 3 }),
          gaps: fc.array(gap, { minLength: 1, maxLength: 60 }),
          trailing: fc.boolean(),
          absent: fc.boolean(),
        }),
        ({ comments, user, prior, produced, gaps, trailing, absent }) => {
          let g = 0;
          const s = () => gaps[g++ % gaps.length]![comments ? 0 : 1];
          const mine = new Map<string, string>();
          const value = (v: unknown): string =>
            Array.isArray(v) ? `[${v.map((x) => `${s()}${value(x)}${s()}`).join(",")}]` : typeof v === "object" && v ? object(v as Record<string, unknown>) : JSON.stringify(v);
          const object = (o: Record<string, unknown>, servers = false): string => {
            const members = Object.entries(o).map(([k, v]) => {
              const text = `${JSON.stringify(k)}${s()}:${s()}${value(v)}`;
              if (servers && Object.hasOwn(user, k)) mine.set(k, text);
              return `${s()}${text}${s()}`;
            });
            return `{${members.join(",")}${trailing && comments && members.length > 0 ? "," : ""}${s()}}`;
          };
          const servers: Record<string, unknown> = { ...user };
          const owned: Record<string, string> = {};
          for (const [n, { value: v, edited }] of Object.entries(prior)) {
            if (Object.hasOwn(user, n)) continue;
            servers[n] = edited ? { ...v, command: "edited" } : v;
            owned[n] = entryHash(v);
          }
          const key = absent && Object.keys(servers).length === 0 ? "" : `${s()}"mcpServers"${s()}:${s()}${object(servers, true)}${s()},`;
          const text = `${s()}{${s()}"theme"${s()}:${s()}"dark"${s()},${key}${s()}"z"${s()}:${s()}1${s()}}${s()}`;
          const options = json({ entries: produced, owned, comments });
          const first = mergeJsonEntries(text, options);

          const data = parseJsonc(first.text) as { theme: string; z: number; mcpServers: Record<string, unknown> };
          expect(data).toMatchObject({ theme: "dark", z: 1 });
          if (!comments) expect(() => JSON.parse(first.text)).not.toThrow();
          for (const [n, t] of mine) expect(first.text).toContain(t);
          for (const n of Object.keys(first.owned)) expect(data.mcpServers[n]).toEqual(produced[n]);
          expect(mergeJsonEntries(first.text, { ...options, owned: first.owned }).text).toBe(first.text);
          const gone = mergeJsonEntries(first.text, { ...options, entries: {}, owned: first.owned });
          for (const [n, t] of mine) if (!(n in first.owned)) expect(gone.text).toContain(t);
        },
      ),
      propertyRuns(1000),
    );
  });
});

describe("mergeTomlEntries: files in many layouts", () => {
  const name = fc.constantFrom("a", "b", "c", "my.server", "d-e");
  const entry = fc.record(
    { command: fc.constantFrom("npx", "uvx"), args: fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }), env: fc.dictionary(fc.constantFrom("K", "L"), fc.string({ maxLength: 4 }), { maxKeys: 2 }) },
    { requiredKeys: ["command"] },
  );
  /** How a server is written, and where among the tables. */
  const placed = { form: fc.constantFrom("table", "dotted"), order: fc.integer({ min: 0, max: 9 }) };
  const file = fc.record({
    user: fc.dictionary(name, fc.record({ value: entry, ...placed }), { maxKeys: 3 }),
    prior: fc.dictionary(name, fc.record({ value: entry, edited: fc.boolean(), ...placed }), { maxKeys: 3 }),
    produced: fc.dictionary(name, entry, { maxKeys: 3 }),
    tui: fc.integer({ min: 0, max: 9 }),
    eol: fc.constantFrom("\n", "\r\n"),
  });

  it("leaves the user's tables and settings byte for byte, parses, a second merge changes nothing, and removing its own gives the file back", () => {
    fc.assert(
      fc.property(file, ({ user, prior, produced, tui, eol }) => {
        const owned: Record<string, string> = {};
        const root = ["# mine", 'model = "o3"'];
        const tables: [number, string][] = [[tui, "[tui]\nx = 1 # last\n"]];
        const mine: string[] = [];
        const place = (n: string, value: Record<string, unknown>, form: string, order: number, comment: string) => {
          if (form === "dotted") root.push(...dotted(n, value));
          else tables.push([order, `${comment}${stringifyTable(n, value)}`]);
        };
        for (const [n, { value, form, order }] of Object.entries(user)) {
          place(n, value, form, order, `# ${n}, mine\n`);
          mine.push(form === "dotted" ? dotted(n, value).join("\n") : `# ${n}, mine\n${stringifyTable(n, value)}`);
        }
        for (const [n, { value, edited, form, order }] of Object.entries(prior)) {
          if (Object.hasOwn(user, n)) continue;
          place(n, edited ? { ...value, command: "edited" } : value, form, order, "");
          owned[n] = entryHash(value);
        }
        const text = [`${root.join("\n")}\n`, ...tables.sort((x, y) => x[0] - y[0]).map(([, t]) => t)].join("\n").replace(/\n/g, eol);
        const options = toml({ entries: produced, owned });
        const first = mergeTomlEntries(text, options);

        const data = parseToml(first.text) as { model: string; mcp_servers?: Record<string, unknown>; tui: unknown };
        expect(data).toMatchObject({ model: "o3", tui: { x: 1 } });
        for (const t of mine) expect(first.text).toContain(t.replace(/\n/g, eol));
        for (const n of Object.keys(first.owned)) expect(data.mcp_servers?.[n]).toEqual(produced[n]);
        expect(first.text.replace(/\r\n/g, "")).not.toContain(eol === "\n" ? "\r" : "\n");

        const second = mergeTomlEntries(first.text, { ...options, owned: first.owned });
        expect(second.text).toBe(first.text);
        expect(second.owned).toEqual(first.owned);

        const gone = mergeTomlEntries(first.text, { ...options, entries: {}, owned: first.owned });
        const left = (parseToml(gone.text) as { mcp_servers?: Record<string, unknown> }).mcp_servers ?? {};
        expect(Object.keys(left).sort()).toEqual(Object.keys(data.mcp_servers ?? {}).filter((n) => !(n in first.owned)).sort());
        const adopted = Object.keys(first.owned).some((n) => Object.hasOwn(user, n));
        if (Object.keys(owned).length === 0 && !adopted) expect(gone.text).toBe(text);
      }),
      propertyRuns(500),
    );
  });
});

describe("mergeTomlEntries: any spacing, quoting and comments", () => {
  const name = fc.constantFrom("a", "b", "my.server");
  const entry = fc.record(
    { command: fc.constantFrom("x", "y"), args: fc.array(fc.constantFrom("1", "]", "#", "[t]"), { maxLength: 2 }), env: fc.dictionary(fc.constantFrom("K", "L"), fc.constantFrom("v", "w"), { maxKeys: 2 }) },
    { requiredKeys: ["command"] },
  );
  /** Spaces around `=` and `.`, what ends a line, what separates tables, how a name is quoted. */
  const gap = fc.record({
    before: fc.constantFrom("", " ", "\t"),
    after: fc.constantFrom("", " ", "\t"),
    end: fc.constantFrom("", " # c", "  #[x]"),
    between: fc.constantFrom("", "\n", "\n\n", "# note\n", "\n# note\n"),
    quote: fc.constantFrom("bare", "basic", "literal"),
  });
  const server = fc.tuple(fc.constantFrom("user", "prior", "edited"), name, entry, fc.constantFrom("table", "dotted", "inline"));

  it("keeps the user's servers as written, parses, and a second merge changes nothing", () => {
    fc.assert(
      fc.property(fc.array(server, { maxLength: 5 }), fc.dictionary(name, entry, { maxKeys: 3 }), fc.array(gap, { minLength: 1, maxLength: 30 }), fc.constantFrom("\n", "\r\n"), (list, produced, gaps, eol) => {
        let g = 0;
        const next = () => gaps[g++ % gaps.length]!;
        const key = (n: string) => {
          const { quote } = next();
          return /^[a-z]+$/.test(n) && quote === "bare" ? n : quote === "literal" ? `'${n}'` : JSON.stringify(n);
        };
        const value = (v: unknown): string =>
          Array.isArray(v) ? `[${v.map((x) => `${next().before}${value(x)}`).join(",")}${next().after}]`
          : typeof v === "object" && v ? `{${Object.entries(v).map(([k, x]) => ` ${k}${next().before}=${next().after}${value(x)}`).join(",")} }`
          : JSON.stringify(v);
        const pair = (k: string, v: unknown) => `${k}${next().before}=${next().after}${value(v)}${next().end}`;
        // Dotted entries go under [mcp_servers] when it is there: a table defined by dotted keys at the top cannot be opened again.
        const under = list.some(([, , , form]) => form === "inline");
        const [root, section, tables] = [['model = "o3"'], [] as string[], [] as string[]];
        const mine = new Map<string, string>();
        const owned: Record<string, string> = {};
        for (const [who, n, v, form] of list) {
          if (Object.hasOwn(owned, n) || mine.has(n)) continue;
          const written = who === "edited" ? { ...v, command: "edited" } : v;
          if (who !== "user") owned[n] = entryHash(v);
          let text: string;
          if (form === "dotted") {
            const prefix = under ? "" : `mcp_servers${next().before}.${next().after}`;
            const k = key(n);
            text = Object.entries(written).map(([field, x]) => pair(`${prefix}${k}.${field}`, x)).join("\n");
            (under ? section : root).push(text);
          } else if (form === "inline") {
            text = pair(key(n), written);
            section.push(text);
          } else {
            const { env, ...rest } = written;
            const k = key(n);
            const own = `[${next().before}mcp_servers${next().after}.${k}]${next().end}\n${Object.entries(rest).map(([field, x]) => `${pair(field, x)}\n`).join("")}`;
            text = env && Object.keys(env).length > 0 ? `${own}${next().between}[mcp_servers.${k}.env]\n${Object.entries(env).map(([field, x]) => `${pair(field, x)}\n`).join("")}` : own;
            tables.push(`${next().between}${text}`);
          }
          if (who === "user") mine.set(n, text.trimEnd().replace(/\n/g, eol));
        }
        const parts = [`${root.join("\n")}\n`, section.length > 0 ? `[mcp_servers]\n${section.join("\n")}\n` : "", ...tables, "[tui]\nx = 1\n"];
        const text = parts.join(next().between).replace(/\n/g, eol);
        const before = parseToml(text) as { mcp_servers?: Record<string, unknown> };
        const options = toml({ entries: produced, owned });
        const first = mergeTomlEntries(text, options);

        const data = parseToml(first.text) as { model: string; tui: unknown; mcp_servers?: Record<string, unknown> };
        expect(data).toMatchObject({ model: "o3", tui: { x: 1 } });
        for (const [n, t] of mine) {
          expect(first.text).toContain(t);
          expect(data.mcp_servers?.[n]).toEqual(before.mcp_servers?.[n]);
        }
        for (const n of Object.keys(first.owned)) expect(data.mcp_servers?.[n]).toEqual(produced[n]);
        expect(mergeTomlEntries(first.text, { ...options, owned: first.owned }).text).toBe(first.text);
        const gone = mergeTomlEntries(first.text, { ...options, entries: {}, owned: first.owned });
        for (const [n, t] of mine) if (!(n in first.owned)) expect(gone.text).toContain(t);
      }),
      propertyRuns(1000),
    );
  });
});

/** A server written with dotted keys at the top of the file. */
function dotted(name: string, { env, ...rest }: Record<string, unknown>): string[] {
  const key = `mcp_servers.${/^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name)}`;
  const pairs = Object.entries(rest).map(([k, v]) => `${key}.${k} = ${JSON.stringify(v)}`);
  if (env) pairs.push(`${key}.env = { ${Object.entries(env).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join(", ")} }`);
  return pairs;
}

/** A server as a user would write it: a table, its env as a subtable. */
function stringifyTable(name: string, { env, ...rest }: Record<string, unknown>): string {
  const key = /^[A-Za-z0-9_-]+$/.test(name) ? name : JSON.stringify(name);
  const pairs = (o: Record<string, unknown>) => Object.entries(o).map(([k, v]) => `${k} = ${JSON.stringify(v)}\n`).join("");
  const own = `[mcp_servers.${key}]\n${pairs(rest)}`;
  return env && Object.keys(env).length > 0 ? `${own}\n[mcp_servers.${key}.env]\n${pairs(env as Record<string, unknown>)}` : own;
}
