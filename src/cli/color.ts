import supportsHyperlinks from "supports-hyperlinks";

/** `--color` / `--no-color` on the command line; undefined when neither was given. */
let chosen: boolean | undefined;

export function chooseColor(color: boolean | undefined): void {
  chosen = color;
}

/** Whether to colour terminal output: --color / --no-color win, then FORCE_COLOR, then NO_COLOR, then "is it a TTY". */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (chosen !== undefined) return chosen;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}

/** Whether rule ids can be terminal hyperlinks to their docs (a TTY whose terminal supports OSC 8). */
export function useHyperlinks(stream: NodeJS.WriteStream): boolean {
  // --no-color asks for plain text: no escape codes of any kind.
  if (chosen === false) return false;
  return Boolean(stream.isTTY) && supportsHyperlinks.supportsHyperlink(stream);
}
