/** Bytes to text: rejects binary and non-UTF-8 files, strips the BOM. */
export type Decoded = { ok: true; text: string } | { ok: false; reason: "binary" | "utf8"; offset: number };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decodeSkill(bytes: Uint8Array): Decoded {
  // A NUL byte in the first 8 KiB is how git and grep tell binary from text.
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) return { ok: false, reason: "binary", offset: nul };
  try {
    // `ignoreBOM: false` makes the decoder drop a leading UTF-8 BOM.
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: "utf8", offset: firstInvalidUtf8(bytes) };
  }
}

/** Byte offset of the first invalid UTF-8 sequence (for the diagnostic's position). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >> 5 === 6 ? 1 : b >> 4 === 14 ? 2 : b >> 3 === 30 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}
