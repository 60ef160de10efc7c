/**
 * Reading a file named by a user or found in a project, safely: stat before reading, refuse
 * anything but a regular file, and never read more than a limit. A FIFO would block a plain
 * read forever and a device (a symlink to /dev/zero) would never end; neither is opened for reading.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";

/** Why a file was not read. */
export type ReadRefusal =
  /** Not a regular file: nothing was read. `device` covers character and block devices. */
  | { ok: false; reason: "directory" | "fifo" | "socket" | "device" }
  /** Larger than `maxBytes`: `size` is its size (at least `maxBytes + 1`), nothing past `maxBytes + 1` was read. */
  | { ok: false; reason: "too-large"; size: number }
  /** The system refused: `code` is its error code (`ENOENT`, `EACCES`, `ELOOP`…), or `""` when it gave none. */
  | { ok: false; reason: "error"; code: string; message: string };

export type ReadResult = { ok: true; bytes: Buffer } | ReadRefusal;

/** The words a diagnostic can use for a file that is not a regular file. */
export const NOT_A_FILE: Record<"directory" | "fifo" | "socket" | "device", string> = {
  directory: "a directory",
  fifo: "a FIFO",
  socket: "a socket",
  device: "a device",
};

// O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
// O_NOCTTY: opening a terminal never makes it this process's controlling terminal.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
const CHUNK = 8 * 1024;

/**
 * Read a regular file of at most `maxBytes` bytes, following symlinks. Never throws and never
 * blocks: the path is stat'ed first, so a FIFO, socket or device is refused without being opened,
 * then opened non-blocking and checked again on the descriptor (the file read is the file checked,
 * whatever was swapped in between). At most `maxBytes + 1` bytes are read, so a file that grows
 * while it is read (or a size that lies, as in /proc) still stops at the limit.
 *
 * @param maxBytes the largest size accepted, in bytes: a whole number, or `Infinity` for none.
 */
export function readRegularFile(path: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    const refused = refusal(statSync(path), maxBytes);
    if (refused) return refused;
    fd = openSync(path, OPEN_FLAGS);
    const stat = fstatSync(fd);
    const changed = refusal(stat, maxBytes);
    if (changed) return changed;
    return readBounded(fd, stat.size, maxBytes);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { ok: false, reason: "error", code: typeof e?.code === "string" ? e.code : "", message: e?.message ?? String(error) };
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing was written: a failed close loses nothing.
  }
}

function refusal(stat: Stats, maxBytes: number): ReadRefusal | undefined {
  if (stat.isFile()) return stat.size > maxBytes ? { ok: false, reason: "too-large", size: stat.size } : undefined;
  if (stat.isDirectory()) return { ok: false, reason: "directory" };
  if (stat.isFIFO()) return { ok: false, reason: "fifo" };
  if (stat.isSocket()) return { ok: false, reason: "socket" };
  return { ok: false, reason: "device" };
}

/** Read until the end of the file or one byte past `maxBytes`, whichever comes first. */
function readBounded(fd: number, size: number, maxBytes: number): ReadResult {
  const cap = maxBytes + 1;
  // The stat size is a hint (0 for /proc files), never trusted as the length; one byte more
  // than it lets the first pass see the end of an honest file.
  let buffer = Buffer.allocUnsafe(Math.min(cap, Math.max(size + 1, CHUNK)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= cap) break;
      const bigger = Buffer.allocUnsafe(Math.min(cap, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > maxBytes) return { ok: false, reason: "too-large", size: Math.max(size, length) };
  return { ok: true, bytes: buffer.subarray(0, length) };
}
