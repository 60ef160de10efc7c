/**
 * Spawning the built skillc binary, as a user's shell would: for what only the process shows
 * (commander, exit codes, the environment, TTYs, signals, workers). Most command tests run the
 * commands in their own process instead (helpers/run.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = process.env.SKILLC_TEST_BIN ?? join(REPO, "dist/bin/skillc.cjs"); // the package's bin (SKILLC_TEST_BIN: run the tests against another build)

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function skillc(args: string[], options: { cwd: string; env?: Record<string, string>; input?: string | Buffer }): RunResult {
  const env = { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...options.env } as Record<string, string>;
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env, encoding: "utf8", timeout: 60_000, ...(options.input !== undefined ? { input: options.input } : {}) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary project: `files` maps relative paths to contents (string or bytes). */
export function project(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), "skillc-cli-"));
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return root;
}

export const PLAIN_SKILL = `---
name: notes
description: Take notes in the notes folder when the user asks to remember something.
---

# Notes

Write what the user asks to remember into \`notes/\`, one file per day.
`;
