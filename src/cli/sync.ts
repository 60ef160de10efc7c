/**
 * Bringing an output folder in line with a planned set of files (`build` and `docs`):
 * write what is missing or stale atomically, remove what skillc generated before and no
 * longer produces, leave everything else alone. `check` and `dry-run` only report.
 */
import { chmod, readdir, readFile, rm, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { GENERATED_NOTE, isGenerated, type OutputFile } from "../model/generated.js";
import { writeInside } from "./write.js";

export type { OutputFile } from "../model/generated.js";

export type SyncMode = "write" | "check" | "dry-run";

export interface SyncReport {
  /** Not on disk yet. */
  missing: string[];
  /** On disk with other content (or mode). */
  stale: string[];
  /** Generated earlier, no longer produced: removed (or would be). */
  removed: string[];
  unchanged: string[];
}


/** Lists the files of the last run, so outputs without room for a marker (JSON, binaries) can be removed too. */
export const OUTPUTS_LIST = ".skillc-outputs";

export async function syncOutputs(outDir: string, planned: readonly OutputFile[], mode: SyncMode): Promise<SyncReport> {
  const files = [...planned, outputsList(planned)].sort((a, b) => (a.path < b.path ? -1 : 1));
  const report: SyncReport = { missing: [], stale: [], removed: [], unchanged: [] };
  const wanted = new Set(files.map((f) => f.path));

  for (const file of files) {
    const target = join(outDir, file.path);
    const current = await readFile(target).catch(() => undefined);
    if (!current) report.missing.push(file.path);
    else if (!current.equals(Buffer.from(file.content)) || (await executableMismatch(target, file))) report.stale.push(file.path);
    else report.unchanged.push(file.path);
  }

  const previous = new Set((await readFile(join(outDir, OUTPUTS_LIST), "utf8").catch(() => "")).split("\n").filter((l) => l && !l.startsWith("#")));
  for (const path of await listFiles(outDir)) {
    if (wanted.has(path)) continue;
    if (previous.has(path) || (await carriesMarker(join(outDir, path)))) report.removed.push(path);
  }

  if (mode === "write") {
    for (const file of files) {
      if (!report.missing.includes(file.path) && !report.stale.includes(file.path)) continue;
      const target = await writeInside(outDir, file.path, typeof file.content === "string" ? file.content : Buffer.from(file.content));
      if (file.executable !== undefined) await chmod(target, file.executable ? 0o755 : 0o644);
    }
    for (const path of report.removed) await rm(join(outDir, path), { force: true });
  }
  return report;
}

function outputsList(planned: readonly OutputFile[]): OutputFile {
  const paths = planned.filter((f) => f.owned !== false).map((f) => f.path).sort();
  return { path: OUTPUTS_LIST, content: `# ${GENERATED_NOTE}: the files of the last run, one per line\n${paths.join("\n")}\n` };
}

async function executableMismatch(path: string, file: OutputFile): Promise<boolean> {
  if (file.executable === undefined || process.platform === "win32") return false;
  const isExec = ((await stat(path)).mode & 0o111) !== 0;
  return isExec !== file.executable;
}

async function carriesMarker(path: string): Promise<boolean> {
  const head = await readFile(path).catch(() => undefined);
  return head !== undefined && isGenerated(head.subarray(0, 256 * 1024).toString("utf8"));
}

/** Every file under a folder (relative, `/`-separated); symlinks are not followed. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** What a sync did or would do, as lines for the terminal; `problems` is true when `check` finds drift. */
export function describeSync(report: SyncReport, mode: SyncMode, folder: string): { lines: string[]; problems: boolean } {
  const changed = [
    ...report.missing.map((p) => [mode === "check" ? "missing" : mode === "dry-run" ? "would write" : "wrote", p]),
    ...report.stale.map((p) => [mode === "check" ? "stale" : mode === "dry-run" ? "would write" : "wrote", p]),
    ...report.removed.map((p) => [mode === "write" ? "removed" : "would remove", p]),
  ] as [string, string][];
  if (changed.length === 0) return { lines: [`${folder} is up to date`], problems: false };
  const width = Math.max(...changed.map(([a]) => a.length));
  return {
    lines: changed.map(([action, path]) => `${action.padEnd(width)}  ${folder}/${path}`),
    problems: mode === "check",
  };
}
