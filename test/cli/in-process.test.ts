/**
 * The in-process runner (helpers/run.ts) that most command tests use: it knows every command and
 * option of src/cli/main.ts with main.ts's defaults, and it gives what the built binary gives.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PLAIN_SKILL, project, REPO, skillc } from "../helpers/cli.js";
import { COMMANDS, run } from "../helpers/run.js";

/** Each command of main.ts: its options (spellings, takes a value) and their defaults, read from its source. */
function mainCommands(): Record<string, { options: [string[], boolean][]; defaults: Record<string, string> }> {
  const source = readFileSync(join(REPO, "src/cli/main.ts"), "utf8");
  const out: Record<string, { options: [string[], boolean][]; defaults: Record<string, string> }> = {};
  for (const block of source.split(/\.command\("/).slice(1)) {
    const name = block.slice(0, block.indexOf('"'));
    const options: [string[], boolean][] = [];
    const defaults: Record<string, string> = {};
    for (const m of block.slice(0, block.indexOf(".action(")).matchAll(/\.option\("([^"]+)",\s*"(?:[^"\\]|\\.)*"(?:,\s*"([^"]*)")?\)/g)) {
      const flags = m[1]!;
      const names = flags.split(/[ ,]+/).filter((f) => f.startsWith("-"));
      options.push([names, flags.includes("<")]);
      if (m[2] !== undefined) defaults[names.at(-1)!.replace(/^--/, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] = m[2];
    }
    out[name] = { options, defaults };
  }
  return out;
}

describe("the in-process runner", () => {
  it("knows every command and option of main.ts, with its defaults", () => {
    const main = mainCommands();
    expect(Object.keys(main).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const [name, { options, defaults }] of Object.entries(main)) {
      const spec = COMMANDS[name]!;
      expect(spec.options.map(([names, , value]) => [names, value]).sort(), name).toEqual(options.sort());
      expect(spec.defaults ?? {}, name).toEqual(defaults);
    }
  });

  it("gives the binary's exit code, stdout and stderr", async () => {
    const files = { "skills/notes/SKILL.md": PLAIN_SKILL.replace("name: notes", "name: other-name"), "skills/ok/SKILL.md": PLAIN_SKILL.replace("name: notes", "name: ok") };
    const cases = [
      ["lint", "--format", "json"], // problems on stdout, exit 1
      ["lint", "--max-warnings", "x"], // a usage error: one line on stderr, exit 2
      ["build", "--out", "out", "--check", "--target", "agents"], // missing files on stderr, the refused skill, exit 1
      ["init", "--dry-run"],
      ["new", "trello", "--dry-run", "--mcp-server", "@acme/trello"],
      ["schema", "config"],
    ];
    for (const args of cases) {
      const root = project(files);
      const expected = skillc(args, { cwd: root });
      expect(expected.stdout + expected.stderr, args.join(" ")).not.toBe("");
      expect(await run(args, { cwd: root }), args.join(" ")).toEqual(expected);
    }
  });
});
