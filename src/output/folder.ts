/**
 * Where `build` and `docs` may write: a folder of their own. Not the project root or a folder
 * above it, not a folder that holds the skills being built, not the other command's output
 * folder, and nothing under `node_modules` or `.git`.
 */
import { existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { isInside, realPathOf } from "../fs/inside.js";
import { UsageError } from "../errors.js";
import { OUTPUTS_LIST, readOutputsList, type OutputCommand } from "./owned.js";

export interface OutputFolderContext {
  root: string;
  command: OutputCommand;
  /** `--out` as the user wrote it, for messages. */
  shown: string;
  /** Absolute paths of the skills being built or documented. */
  sources: readonly string[];
}

/** Throws a UsageError (exit 2, one line) when `outDir` is not a folder skillc may own. */
export function checkOutputFolder(outDir: string, ctx: OutputFolderContext): void {
  const out = realPathOf(outDir);
  const root = realPathOf(ctx.root);
  const refuse = (why: string, advice = `give \`skillc ${ctx.command}\` a folder of its own (such as ${ctx.command === "build" ? "dist/skills" : "docs/protocols"})`) => {
    throw new UsageError(`Refusing --out ${ctx.shown}: ${why}; ${advice}`);
  };
  // A folder of the project by name that a symlink sends elsewhere (a cloned repository can ship
  // `dist/skills -> ../../elsewhere`): writing there would write outside the project. Name the real folder to mean it.
  if (isInside(ctx.root, outDir) && !isInside(root, out)) refuse(`it is inside the project by name, but a symlink leads it to ${out}`, "pass that folder itself if it is meant");
  if (out === root) refuse("it is the project root");
  if (isInside(out, root)) refuse("it holds the project root");
  const segments = out.split(sep);
  if (segments.includes("node_modules") || segments.includes(".git")) refuse("it is inside node_modules or .git");
  // A skill is in the folder it is read from and, through a symlinked SKILL.md, where its file really is.
  const source = ctx.sources.find((s) => isInside(out, realPathOf(dirname(s))) || isInside(out, realPathOf(s)));
  if (source) refuse(`it holds ${relative(ctx.root, source).split(sep).join("/")}, a skill being read`);
  // The other command's folder (or one of its folders above this one): each keeps its own record.
  for (let dir = out; ; dir = dirname(dir)) {
    const list = join(dir, OUTPUTS_LIST);
    if (existsSync(list)) {
      const record = readOutputsList(dir, ctx.command);
      // install's record (at the project root) names the files it placed, not a folder it owns.
      if (record && record.command !== ctx.command && record.command !== "install") {
        refuse(`${relative(ctx.root, dir).split(sep).join("/") || "."} is where \`skillc ${record.command}\` writes`);
      }
    }
    if (dir === root || dirname(dir) === dir || !isInside(root, dir)) break;
  }
}
