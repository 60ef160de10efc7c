/**
 * Bringing an output folder in line with a planned set of files (`build` and `docs`): write
 * what is missing, overwrite or remove only what skillc recorded writing there and is unchanged
 * since, report everything else. `check` and `dry-run` only report.
 */
import { chmod, lstat, rm, rmdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import { isInside, realPathOf } from "../fs/inside.js";
import { readRegularFile } from "../fs/read.js";
import type { OutputFile } from "../model/generated.js";
import { OUTPUTS_LIST, parseOutputsList, serializeOutputsList, sha256, type OutputCommand, type OwnedEntries } from "./owned.js";
import { checkWritable, writeInside } from "./write.js";

export type { OutputFile } from "../model/generated.js";
export { OUTPUTS_LIST } from "./owned.js";

export type SyncMode = "write" | "check" | "dry-run";

/** Why a file skillc would write or remove is left alone. */
export type Conflict = "modified" | "foreign" | "not-a-file";

export interface SyncReport {
  /** Not on disk yet. */
  missing: string[];
  /** skillc's own, with other content (or mode): rewritten. */
  stale: string[];
  /** Generated earlier, no longer produced, unchanged: removed (or would be). */
  removed: string[];
  unchanged: string[];
  /** Planned, but the file there is not skillc's (or was changed since): not overwritten. */
  conflicts: { path: string; reason: Conflict }[];
  /** Generated earlier, no longer produced, but changed since (or reached through a symlinked folder): left in place. */
  kept: { path: string; reason: "modified" | "symlinked" }[];
}

/** Outputs are skillc's own small files; anything bigger was not written by it. */
const MAX_OUTPUT_SIZE = 64 * 1024 * 1024;

type OnDisk = { kind: "none" } | { kind: "file"; bytes: Buffer } | { kind: "other" };

async function onDisk(path: string): Promise<OnDisk> {
  const st = await lstat(path).catch(() => undefined);
  if (!st) return { kind: "none" };
  // A symlink, folder, FIFO or device where an output should be is never read, written through or removed.
  if (!st.isFile()) return { kind: "other" };
  const read = readRegularFile(path, MAX_OUTPUT_SIZE);
  return read.ok ? { kind: "file", bytes: read.bytes } : { kind: "other" };
}

/** `entries`: what `install` merged into files it does not own, kept in the record beside its files. */
export async function syncOutputs(outDir: string, planned: readonly OutputFile[], mode: SyncMode, command: OutputCommand, entries?: OwnedEntries): Promise<SyncReport> {
  const report: SyncReport = { missing: [], stale: [], removed: [], unchanged: [], conflicts: [], kept: [] };
  const listPath = join(outDir, OUTPUTS_LIST);
  const listOnDisk = await onDisk(listPath);
  if (listOnDisk.kind === "other") throw new UsageError(`${listPath} is not a regular file; move it away so skillc can record its outputs there`);
  const read = parseOutputsList(listOnDisk.kind === "file" ? listOnDisk.bytes.toString("utf8") : undefined, command);
  if (!read.ok) throw new UsageError(`${listPath} exists and ${read.reason}; move it away so skillc can record its outputs there`);
  const previous = read.list?.files ?? new Map<string, string | undefined>();
  const next = new Map<string, string>();
  const wanted = new Set(planned.map((f) => f.path));
  const toWrite: OutputFile[] = [];

  for (const file of [...planned].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const content = typeof file.content === "string" ? Buffer.from(file.content) : file.content;
    const owned = file.owned !== false;
    const current = await onDisk(join(outDir, file.path));
    if (current.kind === "none") {
      report.missing.push(file.path);
      toWrite.push(file);
    } else if (current.kind === "other") {
      report.conflicts.push({ path: file.path, reason: "not-a-file" });
      continue;
    } else if (current.bytes.equals(content) && !(await executableMismatch(join(outDir, file.path), file))) {
      report.unchanged.push(file.path);
    } else if (!owned || previous.get(file.path) === sha256(current.bytes)) {
      // skillc's own file, unchanged since it wrote it (or a hand-written page whose regions it fills).
      report.stale.push(file.path);
      toWrite.push(file);
    } else {
      report.conflicts.push({ path: file.path, reason: previous.has(file.path) ? "modified" : "foreign" });
      continue;
    }
    if (owned) next.set(file.path, sha256(content));
  }

  for (const [path, hash] of [...previous].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (wanted.has(path)) continue;
    const current = await onDisk(join(outDir, path));
    if (current.kind === "none") continue;
    // Reached through a symlinked folder, the file is not in the output folder, whatever the record says.
    const inFolder = isInside(realPathOf(outDir), realPathOf(dirname(join(outDir, path))));
    if (!inFolder) report.kept.push({ path, reason: "symlinked" });
    else if (current.kind === "file" && hash !== undefined && sha256(current.bytes) === hash) report.removed.push(path);
    else report.kept.push({ path, reason: "modified" });
  }

  if (mode === "write") {
    // Every write is checked before the first: a refusal (a symlink out of the folder) leaves the folder as it was.
    for (const file of toWrite) checkWritable(outDir, file.path);
    checkWritable(outDir, OUTPUTS_LIST);
    for (const file of toWrite) {
      const target = await writeInside(outDir, file.path, file.content);
      if (file.executable !== undefined) await chmod(target, file.executable ? 0o755 : 0o644);
    }
    for (const path of report.removed) {
      await rm(join(outDir, path), { force: true });
      await removeEmptyParents(outDir, path);
    }
    // The record is written last: a run cut short leaves the old record, which still names only files skillc wrote.
    const list = serializeOutputsList(command, next, entries);
    if (listOnDisk.kind !== "file" || listOnDisk.bytes.toString("utf8") !== list) await writeInside(outDir, OUTPUTS_LIST, list);
  }
  return report;
}

async function executableMismatch(path: string, file: OutputFile): Promise<boolean> {
  if (file.executable === undefined || process.platform === "win32") return false;
  const isExec = ((await lstat(path)).mode & 0o111) !== 0;
  return isExec !== file.executable;
}

/** Folders skillc emptied by removing its files go too; a folder with anything else in it stays. */
async function removeEmptyParents(outDir: string, path: string): Promise<void> {
  for (let dir = dirname(path); dir !== "." && dir !== "/" && dir !== ""; dir = dirname(dir)) {
    try {
      await rmdir(join(outDir, dir));
    } catch {
      return;
    }
  }
}

const REASONS: Record<Conflict, string> = {
  modified: "changed since skillc wrote it; not overwritten (delete it to let skillc write it again)",
  foreign: "exists and skillc did not write it; not overwritten (move it away to let skillc write it)",
  "not-a-file": "is a symlink, folder or special file; not touched",
};

/**
 * What a sync did or would do, as lines for the terminal; `problems` is true when the run must
 * fail. `fix` is the command that brings the folder up to date, said when a check finds it is not.
 */
export function describeSync(report: SyncReport, mode: SyncMode, folder: string, fix?: string): { lines: string[]; warnings: string[]; problems: boolean } {
  const at = (path: string) => (folder === "." ? path : `${folder}/${path}`);
  // `install` writes into the project itself: its folder is said as such.
  const name = folder === "." ? "the project" : folder;
  const changed = [
    ...report.missing.map((p) => [mode === "check" ? "missing" : mode === "dry-run" ? "would write" : "wrote", p]),
    ...report.stale.map((p) => [mode === "check" ? "stale" : mode === "dry-run" ? "would write" : "wrote", p]),
    ...report.removed.map((p) => [mode === "write" ? "removed" : "would remove", p]),
  ] as [string, string][];
  const warnings = [
    ...report.conflicts.map((c) => `skillc: ${at(c.path)} ${REASONS[c.reason]}`),
    ...report.kept.map(({ path, reason }) =>
      reason === "modified"
        ? `skillc: ${at(path)} is no longer produced but was changed since skillc wrote it; left in place`
        : `skillc: ${at(path)} is no longer produced but lies through a symlinked folder; left in place`,
    ),
  ];
  const problems = report.conflicts.length > 0 || (mode === "check" && changed.length > 0);
  if (changed.length === 0) return { lines: report.conflicts.length ? [] : [folder === "." ? "The project is up to date" : `${folder} is up to date`], warnings, problems };
  const width = Math.max(...changed.map(([a]) => a.length));
  const lines = changed.map(([action, path]) => `${action.padEnd(width)}  ${at(path)}`);
  if (mode === "check" && fix) lines.push(`Run \`${fix}\` to update ${name}.`);
  return { lines, warnings, problems };
}
