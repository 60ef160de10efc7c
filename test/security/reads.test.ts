/**
 * Safe reads: a FIFO, a device, a socket or a file over the size limit is reported from a stat,
 * never read, so `skillc lint` cannot block on a FIFO or read /dev/zero until memory runs out.
 * Each case runs through readRegularFile, the library's lint() and the built CLI.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readRegularFile } from "../../src/fs/read.js";
import { createLinter, lint, parseSkill, resolveConfig, type Diagnostic } from "../../src/index.js";
import { BIN, PLAIN_SKILL } from "../helpers/cli.js";

const SKILL = "skills/notes/SKILL.md";
const POSIX = process.platform !== "win32";
/** Larger than anything Node's readFileSync accepts, and sparse: costs no disk. */
const HUGE = 3 * 2 ** 30;

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const clean of cleanups.splice(0).reverse()) clean();
});

/** A temp project folder with `skills/notes/`, removed after the test. */
function tempProject(): string {
  const root = mkdtempSync(join(tmpdir(), "skillc-reads-"));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "skills/notes"), { recursive: true });
  writeFileSync(join(root, "skillc.config.json"), "{}\n");
  return root;
}

const canMkfifo = (() => {
  if (!POSIX) return false;
  const dir = mkdtempSync(join(tmpdir(), "skillc-fifo-probe-"));
  try {
    execFileSync("mkfifo", [join(dir, "probe")], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
const NO_MKFIFO = canMkfifo ? "" : " (skipped: mkfifo is missing on this machine)";

/**
 * Make a FIFO. A reader that blocks on it (the bug) would hang this test process for good, so a
 * separate process opens its writing end after two seconds, if anyone is reading, and closes
 * it: the blocked read then ends empty and the test fails instead of hanging.
 */
function fifo(path: string): void {
  execFileSync("mkfifo", [path]);
  const script = `setTimeout(() => { const fs = require("node:fs"); try { fs.closeSync(fs.openSync(${JSON.stringify(path)}, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK)); } catch {} }, 2000)`;
  const unblocker: ChildProcess = spawn(process.execPath, ["-e", script], { stdio: "ignore" });
  cleanups.push(() => unblocker.kill());
}

/** A Unix socket bound at `path`, closed after the test. */
async function socket(path: string): Promise<void> {
  const server: Server = createServer();
  await new Promise<void>((done, fail) => server.once("error", fail).listen(path, done));
  cleanups.push(() => server.close());
}

/** A file that claims `size` bytes without using the disk. */
function sparse(path: string, size: number): void {
  writeFileSync(path, "");
  truncateSync(path, size);
}

/** Lint one path through the library, in this process. */
async function lintPath(root: string, rel: string, config: unknown = {}): Promise<Diagnostic[]> {
  const results = await lint({ paths: [join(root, rel)], cwd: root, config: resolveConfig(config, root) });
  expect(results).toHaveLength(1);
  return results[0]!.messages;
}

/** Lint one path through the built CLI, which must answer within ten seconds. */
function lintCli(root: string, rel: string): { code: number | null; messages: Diagnostic[]; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, "lint", "--format", "json", rel], { cwd: root, encoding: "utf8", timeout: 10_000 });
  expect(r.signal, "skillc lint did not finish within 10 s").toBeNull();
  return { code: r.status, messages: (JSON.parse(r.stdout) as { messages: Diagnostic[] }[])[0]!.messages, stderr: r.stderr };
}

const only = (messages: Diagnostic[]) => messages.map((m) => ({ ruleId: m.ruleId, message: m.message, line: m.line, column: m.column }));
const notAFile = (kind: string) => [{ ruleId: "encoding", message: `Cannot read the file: not a regular file (${kind})`, line: 1, column: 1 }];
const tooLarge = (size: number, limit = 524288) => [
  { ruleId: "limits", message: `File of ${size} bytes is larger than the limit of ${limit} bytes, so it was not checked`, line: 1, column: 1 },
];

describe("readRegularFile", () => {
  it("reads a regular file, up to and including the limit", () => {
    const root = tempProject();
    writeFileSync(join(root, SKILL), "12345");
    expect(readRegularFile(join(root, SKILL), 5)).toEqual({ ok: true, bytes: Buffer.from("12345") });
    expect(readRegularFile(join(root, SKILL), 4)).toEqual({ ok: false, reason: "too-large", size: 5 });
  });

  it.skipIf(!canMkfifo)(`refuses a FIFO without blocking${NO_MKFIFO}`, () => {
    const root = tempProject();
    fifo(join(root, SKILL));
    expect(readRegularFile(join(root, SKILL), 1000)).toEqual({ ok: false, reason: "fifo" });
  });

  it.skipIf(!POSIX)("refuses a symlink to /dev/zero, a socket and a directory", async () => {
    const root = tempProject();
    symlinkSync("/dev/zero", join(root, "zero.md"));
    await socket(join(root, "socket.md"));
    expect(readRegularFile(join(root, "zero.md"), 1000)).toEqual({ ok: false, reason: "device" });
    expect(readRegularFile(join(root, "socket.md"), 1000)).toEqual({ ok: false, reason: "socket" });
    expect(readRegularFile(join(root, "skills"), 1000)).toEqual({ ok: false, reason: "directory" });
  });

  it("refuses a file over the limit from its size, without reading it", () => {
    const root = tempProject();
    sparse(join(root, SKILL), HUGE);
    expect(readRegularFile(join(root, SKILL), 1000)).toEqual({ ok: false, reason: "too-large", size: HUGE });
  });

  it.skipIf(process.platform !== "linux")("stops at the limit when the size lies (/proc files say 0 bytes)", () => {
    expect(readRegularFile("/proc/self/maps", 16)).toMatchObject({ ok: false, reason: "too-large" });
    const status = readRegularFile("/proc/self/status", 1 << 20);
    expect(status.ok && status.bytes.toString("utf8")).toMatch(/^Name:/);
  });

  it("gives the system's code when there is nothing to read", () => {
    expect(readRegularFile(join(tmpdir(), "skillc-no-such-file.md"), 1000)).toMatchObject({ ok: false, reason: "error", code: "ENOENT" });
  });
});

describe("lint() on files that must not be read", () => {
  it.skipIf(!canMkfifo)(`reports a FIFO instead of blocking on it${NO_MKFIFO}`, async () => {
    const root = tempProject();
    fifo(join(root, SKILL));
    expect(only(await lintPath(root, SKILL))).toEqual(notAFile("a FIFO"));
  });

  it.skipIf(!POSIX)("reports a symlink to /dev/zero instead of reading it", async () => {
    const root = tempProject();
    symlinkSync("/dev/zero", join(root, SKILL));
    expect(only(await lintPath(root, SKILL))).toEqual(notAFile("a device"));
  });

  it.skipIf(!POSIX)("reports a socket", async () => {
    const root = tempProject();
    await socket(join(root, SKILL));
    expect(only(await lintPath(root, SKILL))).toEqual(notAFile("a socket"));
  });

  it("reports a directory given to lintFile", async () => {
    const root = tempProject();
    const result = await createLinter(resolveConfig({}, root)).lintFile(join(root, "skills"));
    expect(only(result.messages)).toEqual(notAFile("a directory"));
  });

  it("reports a file over maxFileSize from its size, without reading it", async () => {
    const root = tempProject();
    sparse(join(root, SKILL), HUGE);
    expect(only(await lintPath(root, SKILL))).toEqual(tooLarge(HUGE));
    // The limit from the config, one byte past it.
    writeFileSync(join(root, SKILL), PLAIN_SKILL);
    const size = Buffer.byteLength(PLAIN_SKILL);
    expect(only(await lintPath(root, SKILL, { limits: { maxFileSize: size - 1 } }))).toEqual(tooLarge(size, size - 1));
    expect(only(await lintPath(root, SKILL, { limits: { maxFileSize: size } }))).toEqual([]);
  });

  it("reports the same size problem under --cache, and does not cache it", async () => {
    const root = tempProject();
    sparse(join(root, SKILL), HUGE);
    const config = resolveConfig({}, root);
    for (let run = 0; run < 2; run++) {
      const results = await lint({ paths: [join(root, SKILL)], cwd: root, config, cache: ".skillccache" });
      expect(only(results[0]!.messages)).toEqual(tooLarge(HUGE));
    }
  });
});

describe("parseSkill's size limit", () => {
  it("counts UTF-8 bytes for text as for bytes, as the reader's stat does", () => {
    const text = `${PLAIN_SKILL}${"é".repeat(600)}\n`; // fewer characters than bytes
    const bytes = Buffer.from(text);
    const limits = { maxFileSize: bytes.length - 1 };
    const problem = { ruleId: "limits", messageId: "fileSize", data: { size: bytes.length, limit: bytes.length - 1 } };
    expect(parseSkill("SKILL.md", text, { limits }).problems).toEqual([expect.objectContaining(problem)]);
    expect(parseSkill("SKILL.md", bytes, { limits }).problems).toEqual([expect.objectContaining(problem)]);
    expect(parseSkill("SKILL.md", text, { limits: { maxFileSize: bytes.length } }).problems).toEqual([]);
  });
});

describe("skillc lint (built binary) on files that must not be read", () => {
  it.skipIf(!canMkfifo)(`reports a FIFO and exits 1 at once${NO_MKFIFO}`, () => {
    const root = tempProject();
    execFileSync("mkfifo", [join(root, SKILL)]);
    const r = lintCli(root, SKILL);
    expect(r).toMatchObject({ code: 1, stderr: "" });
    expect(only(r.messages)).toEqual(notAFile("a FIFO"));
  });

  it.skipIf(!POSIX)("reports a symlink to /dev/zero and exits 1 at once", () => {
    const root = tempProject();
    symlinkSync("/dev/zero", join(root, SKILL));
    const r = lintCli(root, SKILL);
    expect(r).toMatchObject({ code: 1, stderr: "" });
    expect(only(r.messages)).toEqual(notAFile("a device"));
  });

  it.skipIf(!POSIX)("reports a socket and exits 1", async () => {
    const root = tempProject();
    await socket(join(root, SKILL));
    const r = lintCli(root, SKILL);
    expect(r).toMatchObject({ code: 1, stderr: "" });
    expect(only(r.messages)).toEqual(notAFile("a socket"));
  });

  it("reports a file over the size limit without reading it, and exits 1", () => {
    const root = tempProject();
    sparse(join(root, SKILL), HUGE);
    const r = lintCli(root, SKILL);
    expect(r).toMatchObject({ code: 1, stderr: "" });
    expect(only(r.messages)).toEqual(tooLarge(HUGE));
  });
});
