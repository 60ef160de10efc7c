/**
 * The in-process runner (helpers/run.ts) that most command tests use: it knows every command and
 * option of the program (src/cli/program.ts) with its defaults, and it gives what the built binary gives.
 */
import { describe, expect, it } from "vitest";
import { PLAIN_SKILL, project, skillc } from "../helpers/cli.js";
import { createProgram } from "../../src/cli/program.js";
import { COMMANDS, run } from "../helpers/run.js";

/** Each command of the real program (src/cli/program.ts): its options (spellings, takes a value) and their defaults. */
function mainCommands(): Record<string, { options: [string[], boolean][]; defaults: Record<string, string> }> {
  const out: Record<string, { options: [string[], boolean][]; defaults: Record<string, string> }> = {};
  for (const command of createProgram("0.0.0").commands) {
    const defaults: Record<string, string> = {};
    const options = command.options.map((o): [string[], boolean] => {
      if (typeof o.defaultValue === "string") defaults[o.attributeName()] = o.defaultValue;
      return [[o.short, o.long].filter((f): f is string => Boolean(f)), o.required || o.optional];
    });
    out[command.name()] = { options, defaults };
  }
  return out;
}

describe("the in-process runner", () => {
  it("knows every command and option of the program, with its defaults", () => {
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
