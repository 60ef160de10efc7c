/**
 * End to end in a real editor: Neovim's built-in LSP client (Debian's `neovim`, headless) runs
 * `skillc lsp` on a skill, receives its diagnostics and applies a quick fix. Skips with a note
 * where `nvim` is missing; .ci/run installs it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, project } from "../helpers/cli.js";

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const present = nvim.status === 0;
if (!present) console.warn("note: nvim is not installed, so the Neovim end-to-end test is skipped (apt-get install neovim; .ci/run installs it)");

const WRONG = "---\nname: other-name\ndescription: Take notes when the user asks for them.\n---\n\n# Notes\n\nWrite what the user asks to remember into `notes/`.\n";

describe.skipIf(!present)(`Neovim (${nvim.stdout?.split("\n")[0] ?? "absent"}) with skillc lsp`, () => {
  it("shows skillc's diagnostics and applies its quick fix", () => {
    const root = project({ "skills/notes/SKILL.md": WRONG, "skillc.config.json": "{}" });
    const home = mkdtempSync(join(tmpdir(), "skillc-nvim-home-"));
    const out = join(home, "report.json");
    try {
      const r = spawnSync("nvim", ["--headless", "--clean", "-c", `luafile ${join(import.meta.dirname, "neovim.lua")}`], {
        cwd: root,
        env: { ...process.env, HOME: home, XDG_STATE_HOME: home, XDG_DATA_HOME: home, XDG_CONFIG_HOME: home, SKILLC_ROOT: root, SKILLC_BIN: BIN, SKILLC_OUT: out },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(r.status, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(out, "utf8"));
      expect(report.error).toBeUndefined();
      expect(report.diagnostics).toEqual([
        { lnum: 1, col: 6, severity: 1, source: "skillc", code: "name-directory", message: "Unexpected name `other-name` for a skill in folder `notes`, expected `notes`" },
      ]);
      expect(report.actions).toContain("Fix: Unexpected name `other-name` for a skill in folder `notes`, expected `notes`");
      expect(report.applied).toBe(true);
      expect(`${report.text}\n`).toBe(WRONG.replace("other-name", "notes"));
      expect(report.cleared).toBe(true);
    } finally {
      rmSync(home, { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    }
  });
});
