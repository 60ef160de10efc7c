/** Reading a file the project holds: regular files only, never past a size limit. (Provisional; replaced by the full reader.) */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; reason: "fifo" | "device" | "socket" | "directory" | "too-large" | "error"; size?: number; code?: string };

export function readRegularFile(path: string, maxBytes: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: "error", code: (error as NodeJS.ErrnoException).code ?? "" };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, reason: "directory" };
    if (st.isFIFO()) return { ok: false, reason: "fifo" };
    if (st.isSocket()) return { ok: false, reason: "socket" };
    if (!st.isFile()) return { ok: false, reason: "device" };
    if (st.size > maxBytes) return { ok: false, reason: "too-large", size: st.size };
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, st.size + 1));
    let n = 0;
    for (let r; n < buffer.length && (r = readSync(fd, buffer, n, buffer.length - n, null)) > 0; ) n += r;
    if (n > maxBytes) return { ok: false, reason: "too-large", size: n };
    return { ok: true, bytes: buffer.subarray(0, n) };
  } catch (error) {
    return { ok: false, reason: "error", code: (error as NodeJS.ErrnoException).code ?? "" };
  } finally {
    closeSync(fd);
  }
}
