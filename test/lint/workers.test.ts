/** Which of skillc's own Node options a lint worker process inherits. */
import { describe, expect, it } from "vitest";
import { workerExecArgv } from "../../src/lint/workers.js";

describe("workerExecArgv", () => {
  it.each([
    [[], []],
    // How modules load and memory limits carry over, in either spelling.
    [["--import", "./peak.mjs", "-r", "ts-node/register", "--conditions=development"], ["--import", "./peak.mjs", "-r", "ts-node/register", "--conditions=development"]],
    [["--max-old-space-size=4096", "--stack-size", "2000", "--enable-source-maps"], ["--max-old-space-size=4096", "--stack-size", "2000", "--enable-source-maps"]],
    // Code to run instead of the worker, and its value, never do.
    [["-e", "lint()"], []],
    [["--import", "x.mjs", "--eval", "lint()", "--no-warnings"], ["--import", "x.mjs", "--no-warnings"]],
    [["-p", "1 + 1"], []],
    [["--test", "--test-name-pattern", "lint", "--watch"], []],
    // Nor a debugger's port, nor V8 flags skillc does not know.
    [["--inspect-brk=9229", "--expose-gc", "--import", "y.mjs"], ["--import", "y.mjs"]],
  ])("%j keeps %j", (given, kept) => {
    expect(workerExecArgv(given)).toEqual(kept);
  });
});
