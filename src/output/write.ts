/** Safe writes for every command: atomic, inside the target folder, never through a symlink that leads out of it. */
import { mkdir, realpath } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { isInside, realPathOf } from "../fs/inside.js";
import { UsageError } from "../errors.js";

/**
 * Throw the UsageError `writeInside` would for `path` (absolute, or relative to `root`), creating
 * nothing: a command that writes several files checks them all first, so a refusal writes none.
 */
export function checkWritable(root: string, path: string): string {
  const target = resolve(root, path);
  if (!isInside(resolve(root), target)) throw new UsageError(`Refusing to write ${path}: it is outside ${root}`);
  // The part of the folder that exists may be (or contain) a symlink: where it really is must still be inside the root.
  const realRoot = realPathOf(resolve(root));
  if (!isInside(realRoot, realPathOf(dirname(target)))) throw new UsageError(`Refusing to write ${path}: its folder leads outside ${root} through a symlink`);
  // write-file-atomic writes through a symlinked file to its target: that target must be inside too.
  if (!isInside(realRoot, realPathOf(target))) throw new UsageError(`Refusing to write ${path}: it is a symlink to a file outside ${root}`);
  return target;
}

/**
 * Write `content` to `path` (absolute, or relative to `root`) atomically: a temporary file
 * renamed over the target, so a crash leaves the old file whole.
 */
export async function writeInside(root: string, path: string, content: string | Buffer): Promise<string> {
  // Checked before mkdir too: creating the missing folders through a symlink would already write outside.
  const target = checkWritable(root, path);
  await mkdir(dirname(target), { recursive: true });
  // Checked again once the folders exist, in case one was swapped for a symlink in between.
  const [realRoot, realDir] = await Promise.all([realpath(root), realpath(dirname(target))]);
  if (!isInside(realRoot, realDir)) throw new UsageError(`Refusing to write ${path}: its folder leads outside ${root} through a symlink`);
  const realTarget = await realpath(target).catch(() => undefined);
  if (realTarget && !isInside(realRoot, realTarget)) throw new UsageError(`Refusing to write ${path}: it is a symlink to a file outside ${root}`);
  // Loaded on the first write, not by every command that might write (~3 ms of start-up).
  const { default: writeFileAtomic } = await import("write-file-atomic");
  await writeFileAtomic(target, content);
  return target;
}
