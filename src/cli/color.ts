import supportsHyperlinks from "supports-hyperlinks";

/** Whether to colour terminal output: FORCE_COLOR wins, then NO_COLOR, then "is it a TTY". */
export function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return Boolean(stream.isTTY) && env.TERM !== "dumb";
}

/** Whether rule ids can be terminal hyperlinks to their docs (a TTY whose terminal supports OSC 8). */
export function useHyperlinks(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && supportsHyperlinks.supportsHyperlink(stream);
}
