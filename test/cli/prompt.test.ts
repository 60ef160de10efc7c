/**
 * `skillc new` on a terminal: with no service given it asks for one (and for the MCP server), in a
 * real pseudo-terminal made by util-linux `script`, answering each question once it is shown.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, project } from "../helpers/cli.js";

const hasScript = existsSync("/usr/bin/script");

/** Run `skillc new` in a terminal; each [question, keys] pair types `keys` once `question` shows. */
function onTerminal(cwd: string, answers: [string, string][]): Promise<{ code: number | null; screen: string }> {
  return new Promise((done, fail) => {
    const child = spawn("script", ["-qfec", `"${process.execPath}" "${BIN}" new`, "/dev/null"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    let raw = "";
    let next = 0;
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`no answer to ${JSON.stringify(answers[next]?.[0])}; screen: ${JSON.stringify(raw.slice(-400))}`));
    }, 20_000);
    child.stdout.on("data", (chunk: Buffer) => {
      raw += chunk.toString();
      // What a person sees: without colours, cursor moves and line breaks.
      const screen = raw.replace(/\r?\n/g, "").replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "");
      while (next < answers.length && screen.includes(answers[next]![0])) child.stdin.write(answers[next++]![1]);
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      done({ code, screen: raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "") });
    });
  });
}

describe.skipIf(!hasScript)("skillc new on a terminal", () => {
  it("asks for the service and the MCP server, then writes the skill", async () => {
    const root = project({});
    const r = await onTerminal(root, [
      ["Which service", "trello\r"],
      ["npm package of its MCP server", "@acme/mcp-trello\r"],
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, ".github/skills/trello-sync/SKILL.md"), "utf8");
    expect(text).toMatch(/^name: trello-sync$/m);
    expect(text).toContain('mcp_server: "@acme/mcp-trello"');
  }, 30_000);

  it("writes nothing when the user cancels with Ctrl-C", async () => {
    const root = project({});
    const r = await onTerminal(root, [["Which service", "\x03"]]);
    expect(r.code).toBe(2);
    expect(r.screen).toContain("Cancelled: nothing was written.");
    expect(existsSync(join(root, ".github"))).toBe(false);
  }, 30_000);
});
