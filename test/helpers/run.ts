/**
 * Running a skillc command in this process: the command modules of `src/cli` (runLint, runBuild,
 * runDocs, runInit, runInstall, runNew, runRules, runSchema), called with the options the command line would
 * give them, in a working folder of their own (process.cwd), with the binary's process.argv,
 * stdout and stderr captured and no TTY, and the errors turned into exit code 2 and one
 * `skillc: …` line as `src/cli/main.ts` turns them.
 *
 * A spawn of the built binary costs ~0.2-0.5 s; this costs what the command itself costs. What
 * only the binary shows (commander's parsing and messages, `--version`, colours from the
 * environment, worker processes, signals) is tested through `helpers/cli.ts` instead.
 *
 * With SKILLC_TEST_BIN set, `run` spawns that binary instead (as `helpers/cli.ts` does), to show a
 * case failing against another build.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runBuild } from "../../src/cli/build.js";
import { chooseColor } from "../../src/cli/color.js";
import { runDocs } from "../../src/cli/docs.js";
import { runInit } from "../../src/cli/init.js";
import { runInstall } from "../../src/cli/install.js";
import { runLint } from "../../src/cli/lint.js";
import { runNew } from "../../src/cli/new.js";
import { runRules, runSchema } from "../../src/cli/rules.js";
import { UsageError } from "../../src/errors.js";
import { BIN, REPO, skillc, type RunResult } from "./cli.js";

export type { RunResult } from "./cli.js";

/** skillc's version, which main.ts hands to lint for the formats that name the tool. */
const PACKAGE_VERSION = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string }).version;

/** An option: its spellings, the key the command module reads, whether it takes a value. */
type OptionSpec = [names: string[], key: string, takesValue: boolean];

interface CommandSpec {
  options: OptionSpec[];
  /** Defaults, as main.ts declares them. */
  defaults?: Record<string, string>;
  /** At most one positional argument (service, schema name) instead of a list of paths. */
  single?: boolean;
  call(positional: string[], options: Record<string, unknown>): Promise<number> | number;
}

const CONFIG: OptionSpec = [["-c", "--config"], "config", true];
const CHECK: OptionSpec = [["--check"], "check", false];
const DRY_RUN: OptionSpec = [["--dry-run"], "dryRun", false];

/** The commands and options of `src/cli/main.ts`. */
export const COMMANDS: Record<string, CommandSpec> = {
  lint: {
    options: [
      [["-f", "--format"], "format", true],
      [["-o", "--output"], "output", true],
      [["--quiet"], "quiet", false],
      [["--max-warnings"], "maxWarnings", true],
      CONFIG,
      [["--concurrency"], "concurrency", true],
      [["--cache"], "cache", false],
      [["--cache-location"], "cacheLocation", true],
      [["--fix"], "fix", false],
      [["--fix-dry-run"], "fixDryRun", false],
      [["--stdin"], "stdin", false],
      [["--stdin-filename"], "stdinFilename", true],
      [["--print-config"], "printConfig", true],
    ],
    defaults: { format: "stylish" },
    call: (paths, options) => runLint(paths, { ...(options as { format: string }), version: PACKAGE_VERSION }),
  },
  // A long-running server over stdio: test/lsp drives the built binary, never this process.
  lsp: {
    options: [[["--stdio"], "stdio", false]],
    call: () => {
      throw new Error("run(): skillc lsp runs only as a process (test/lsp/client.ts)");
    },
  },
  new: {
    options: [
      [["--mcp-server"], "mcpServer", true],
      [["--name"], "name", true],
      [["--dir"], "dir", true],
      [["--template"], "template", true],
      DRY_RUN,
      [["--force"], "force", false],
      [["--json"], "json", false],
      CONFIG,
    ],
    single: true,
    call: (args, options) => runNew(args[0], options),
  },
  init: {
    options: [[["--force"], "force", false], DRY_RUN, [["--json"], "json", false]],
    call: (_, options) => runInit(options),
  },
  build: {
    options: [[["--out"], "out", true], [["--target"], "target", true], CHECK, DRY_RUN, CONFIG],
    call: (paths, options) => runBuild(paths, options),
  },
  install: {
    options: [[["--target"], "target", true], CHECK, DRY_RUN, CONFIG],
    call: (paths, options) => runInstall(paths, options),
  },
  docs: {
    options: [[["--out"], "out", true], CHECK, DRY_RUN, CONFIG],
    call: (paths, options) => runDocs(paths, options),
  },
  rules: {
    options: [[["-f", "--format"], "format", true]],
    defaults: { format: "text" },
    call: (_, options) => runRules(options as { format: string }),
  },
  schema: {
    options: [],
    single: true,
    call: (args) => runSchema(args[0]),
  },
};

/** The command's positional arguments and options, as commander would hand them over; throws on what the table lacks. */
function parse(args: readonly string[]): { spec: CommandSpec; positional: string[]; options: Record<string, unknown> } {
  const [name, ...rest] = args;
  const spec = COMMANDS[name ?? ""];
  if (!spec) throw new Error(`run(): no in-process command ${JSON.stringify(name)}; spawn the binary (helpers/cli.ts) for it`);
  const options: Record<string, unknown> = { ...spec.defaults };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const option = spec.options.find(([names]) => names.includes(flag));
    if (!option) throw new Error(`run(): ${name} has no option ${flag} here; spawn the binary (helpers/cli.ts) to test commander's answer`);
    const [, key, takesValue] = option;
    if (!takesValue) options[key] = true;
    else if (eq !== -1) options[key] = arg.slice(eq + 1);
    else if (i + 1 < rest.length) options[key] = rest[++i];
    else throw new Error(`run(): ${flag} needs a value`);
  }
  if (spec.single && positional.length > 1) throw new Error(`run(): ${name} takes one argument, got ${positional.length}`);
  return { spec, positional, options };
}

/** What main.ts's `handle` prints and returns for an error a command throws. */
function handled(error: unknown): { code: number; stderr: string } {
  if (error instanceof UsageError) return { code: 2, stderr: `skillc: ${error.message}\n` };
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.code === "string" && typeof e.syscall === "string") return { code: 2, stderr: `skillc: ${e.message}\n` };
  return { code: 2, stderr: `skillc: internal error: ${e?.message ?? String(error)}\n(run again with --debug for a stack trace)\n` };
}

type Write = typeof process.stdout.write;

/** Capture everything written to `stream` until the returned function is called; it gives the text back. */
function capture(stream: NodeJS.WriteStream): () => string {
  const original = stream.write;
  const tty = Object.getOwnPropertyDescriptor(stream, "isTTY");
  let text = "";
  stream.write = ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error) => void), done?: (e?: Error) => void) => {
    text += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const callback = typeof encoding === "function" ? encoding : done;
    if (callback) queueMicrotask(() => callback());
    return true;
  }) as Write;
  // Output captured is not a terminal: no colours, no hyperlinks, no prompts (as with spawnSync's pipes).
  Object.defineProperty(stream, "isTTY", { value: false, configurable: true, writable: true });
  return () => {
    stream.write = original;
    if (tty) Object.defineProperty(stream, "isTTY", tty);
    else delete (stream as { isTTY?: boolean }).isTTY;
    return text;
  };
}

/** Set `env` (and clear FORCE_COLOR and NO_COLOR unless given, as helpers/cli.ts does) until the returned function is called. */
function withEnv(env: Record<string, string> = {}): () => void {
  const keys = [...new Set(["FORCE_COLOR", "NO_COLOR", ...Object.keys(env)])];
  const saved = new Map(keys.map((k) => [k, process.env[k]]));
  for (const k of keys) {
    if (env[k] === undefined || env[k] === "") delete process.env[k];
    else process.env[k] = env[k];
  }
  return () => {
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

let busy = false;

/** Run `skillc <args>` in this process, in `cwd`; the same result shape as `skillc()` of helpers/cli.ts. */
export async function run(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<RunResult> {
  if (process.env.SKILLC_TEST_BIN) return skillc(args, options);
  const { spec, positional, options: parsed } = parse(args);
  // process.cwd, the environment and the standard streams are this process's: one command at a time.
  if (busy) throw new Error("run(): a command is already running in this process (it.concurrent?)");
  busy = true;
  const cwd = process.cwd;
  process.cwd = () => options.cwd;
  // What the binary's process.argv would be (a failed --check repeats the command line).
  const argv = process.argv;
  process.argv = [process.execPath, BIN, ...args];
  const restoreEnv = withEnv(options.env);
  const stdin = Object.getOwnPropertyDescriptor(process.stdin, "isTTY");
  Object.defineProperty(process.stdin, "isTTY", { value: false, configurable: true, writable: true });
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  // main.ts's preAction hook, for a command line without --color or --no-color (those need the binary).
  chooseColor(undefined);
  const result: RunResult = { code: 0, stdout: "", stderr: "" };
  let errorText = "";
  try {
    result.code = await spec.call(positional, parsed);
  } catch (error) {
    ({ code: result.code, stderr: errorText } = handled(error));
  } finally {
    result.stdout = stdout();
    result.stderr = stderr() + errorText;
    process.cwd = cwd;
    process.argv = argv;
    restoreEnv();
    if (stdin) Object.defineProperty(process.stdin, "isTTY", stdin);
    else delete (process.stdin as { isTTY?: boolean }).isTTY;
    busy = false;
  }
  return result;
}
