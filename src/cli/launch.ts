/**
 * Start-up: run the bundled CLI (one CommonJS file) through V8's code cache.
 *
 * Without a cache, every run parses the ~2.5 MB bundle and compiles each function it calls from
 * scratch; most of a one-file lint is that. With one, V8 reads back the bytecode of the functions
 * an earlier run compiled. Node 20 has no code cache for ES modules (module.enableCompileCache
 * came in Node 22), hence the CommonJS bundle run as a vm.Script, as Node's own loader would.
 *
 * The cache sits next to the bundle, like Python's __pycache__, one file for each Node version
 * and set of Node options (`<bundle>.<key>.cache`): V8 rejects a cache made under other flags
 * (`--max-old-space-size` is one), so runs with and without them would otherwise replace each
 * other's. It starts with the SHA-256 of the bundle it was made from, because V8 itself checks
 * only the source's length, its own version and its flags. A cache that is missing, made from
 * other bytes, or rejected by V8 is ignored, and a new one is written when the run ends; the
 * few most recently written are kept. Where the folder is not writable, the run just goes
 * without. SKILLC_CODE_CACHE=0 turns the cache off.
 */
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { Script } from "node:vm";

const HASH_BYTES = 32;

/** How many caches of a bundle (Node versions and option sets) are kept. */
const KEEP = 3;

/** A temporary file older than this was left by a run that was killed while writing. */
const STALE = 10 * 60 * 1000;

/**
 * The cache file of `bundle` for a process started with these options (by default, this one):
 * keyed by what decides whether V8 accepts a cache besides the source (the Node version, the
 * architecture, the options Node was started with).
 */
export function cacheFileOf(bundle: string, execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ""): string {
  const key = createHash("sha256").update(`${process.version} ${process.arch} ${execArgv.join(" ")} ${nodeOptions}`).digest("hex").slice(0, 16);
  return `${bundle}.${key}.cache`;
}

/** What `launch` did with the cache: for tests and the start-up bench. */
export type CacheUse = "off" | "used" | "written" | "unwritable";

/**
 * Run the CommonJS bundle at `bundle` (an absolute path) in this process, with its code cache.
 * `onCache`, if given, hears at exit what became of the cache.
 */
export function launch(bundle: string, onCache?: (use: CacheUse) => void): void {
  const bytes = readFileSync(bundle);
  // An ASCII file decodes as latin1 without the UTF-8 decoder's cost (about 5 ms for this size).
  // esbuild escapes strings and names, but leaves regular expressions and comments as written:
  // skillc's bundle has a few non-ASCII ones, so it takes the UTF-8 path today.
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const off = process.env.SKILLC_CODE_CACHE === "0";
  const cacheFile = cacheFileOf(bundle);
  const hash = off ? undefined : createHash("sha256").update(bytes).digest();
  const cachedData = hash ? readCache(cacheFile, hash) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (hash && (!cachedData || script.cachedDataRejected)) {
    // At exit the functions this run called are compiled: the cache then holds their bytecode.
    process.once("exit", () => {
      const use = writeCache(bundle, cacheFile, hash, script);
      onCache?.(use);
    });
  } else if (onCache) {
    process.once("exit", () => onCache(off ? "off" : "used"));
  }
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

/** The V8 data of the cache file, if it was made from the bundle with this hash. */
function readCache(file: string, hash: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return undefined;
  }
  return data.length > HASH_BYTES && data.subarray(0, HASH_BYTES).equals(hash) ? data.subarray(HASH_BYTES) : undefined;
}

/**
 * Write the cache through a temporary file and a rename, so that a run starting meanwhile (or a
 * parallel one writing too) reads either the old cache or the whole new one. The file is opened
 * first: where the folder is read-only (a global install run by another user), every run gets
 * here, and making the cache's data would cost it a few ms for nothing.
 */
function writeCache(bundle: string, file: string, hash: Buffer, script: Script): CacheUse {
  const temporary = `${file}.${process.pid}.tmp`;
  let fd: number;
  try {
    fd = openSync(temporary, "wx");
  } catch {
    return "unwritable";
  }
  try {
    writeFileSync(fd, Buffer.concat([hash, script.createCachedData()]));
    closeSync(fd);
    renameSync(temporary, file);
  } catch {
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
    rmSync(temporary, { force: true });
    return "unwritable";
  }
  removeOldCaches(bundle);
  return "written";
}

/**
 * Keep the KEEP most recently written caches of `bundle`, for the Node versions and options in
 * use, and remove temporary files a killed run left more than STALE ms ago.
 */
function removeOldCaches(bundle: string): void {
  const dir = dirname(bundle);
  const prefix = `${basename(bundle)}.`;
  try {
    const files = readdirSync(dir)
      .filter((f) => f.startsWith(prefix) && /^[0-9a-f]{16}\.cache(?:\.\d+\.tmp)?$/.test(f.slice(prefix.length)))
      .map((f) => ({ path: join(dir, f), time: statSync(join(dir, f)).mtimeMs }));
    const caches = files.filter((f) => f.path.endsWith(".cache")).sort((a, b) => b.time - a.time);
    const stale = files.filter((f) => f.path.endsWith(".tmp") && f.time < Date.now() - STALE);
    for (const old of [...caches.slice(KEEP), ...stale]) rmSync(old.path, { force: true });
  } catch {
    // Another run removed one meanwhile: the next write tidies up.
  }
}
