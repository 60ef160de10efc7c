/**
 * Writes never follow a symlink in the target folder out of it: build, docs and init refuse (exit
 * 2, before anything is written) or leave the file alone, and the file outside stays as it was.
 * Run in this process (helpers/run.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { skillText } from "../../bench/generate.mjs";
import { PLAIN_SKILL, project } from "../helpers/cli.js";
import { run, type RunResult } from "../helpers/run.js";

describe("a symlink in the target folder is not followed out of it", () => {
  const outside = () => project({ "victim.md": "not skillc's to write\n" });
  const expectRefused = (r: RunResult, victim: string) => {
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/^skillc: Refusing to write .*symlink/);
    expect(readFileSync(victim, "utf8")).toBe("not skillc's to write\n");
  };

  it("build: a bundle folder linked outside", async () => {
    const away = outside();
    const root = project({ "docs/protocols/integration-framework.md": "# Integration framework\n", ".github/skills/notes/SKILL.md": PLAIN_SKILL });
    mkdirSync(join(root, "out/claude/.claude/skills"), { recursive: true });
    symlinkSync(away, join(root, "out/claude/.claude/skills/notes"));
    expectRefused(await run(["build", "--out", "out", "--target", "claude"], { cwd: root }), join(away, "victim.md"));
    expect(readdirSync(away)).toEqual(["victim.md"]);
  });

  it("build: a folder higher up linked outside: refused before anything is written, no folder made in it", async () => {
    const away = outside();
    const root = project({ "docs/protocols/integration-framework.md": "# Integration framework\n", ".github/skills/notes/SKILL.md": PLAIN_SKILL });
    mkdirSync(join(root, "out"));
    symlinkSync(away, join(root, "out/claude"));
    expectRefused(await run(["build", "--out", "out", "--target", "claude"], { cwd: root }), join(away, "victim.md"));
    expect(readdirSync(away)).toEqual(["victim.md"]);
    // Checked before anything is written: no AGENTS.md left behind, unrecorded, for the next run to call foreign.
    expect(readdirSync(join(root, "out"))).toEqual(["claude"]);
  });

  it("build: a record naming a file through a folder linked outside does not remove it", async () => {
    const away = outside();
    const root = project({ "docs/protocols/integration-framework.md": "# Integration framework\n", ".github/skills/notes/SKILL.md": PLAIN_SKILL });
    mkdirSync(join(root, "out"));
    symlinkSync(away, join(root, "out/link"));
    // The record sits in a folder anyone can write: this one claims the file behind the symlink, with its real hash.
    const hash = createHash("sha256").update("not skillc's to write\n").digest("hex");
    writeFileSync(join(root, "out/.skillc-outputs"), JSON.stringify({ generator: "skillc", command: "build", files: { "link/victim.md": hash } }));
    const r = await run(["build", "--out", "out", "--target", "claude"], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain("removed");
    expect(r.stderr).toContain("out/link/victim.md is no longer produced");
    expect(readFileSync(join(away, "victim.md"), "utf8")).toBe("not skillc's to write\n");
  });

  it("init: a folder linked outside: refused before anything is written, no folder made in it", async () => {
    const away = outside();
    const root = project({});
    symlinkSync(away, join(root, "docs"));
    expectRefused(await run(["init"], { cwd: root }), join(away, "victim.md"));
    expect(readdirSync(away)).toEqual(["victim.md"]);
    expect(readdirSync(root)).toEqual(["docs"]);
  });

  it("docs: a page that is a symlink to a file outside", async () => {
    const away = outside();
    const text = skillText(0) as string;
    const root = project({ "docs/protocols/integration-framework.md": "# Integration framework\n", "skills/service0-sync/SKILL.md": text });
    expect((await run(["docs"], { cwd: root })).code).toBe(0);
    const page = readdirSync(join(root, "docs/protocols")).find((f) => f.startsWith("service0"))!;
    rmSync(join(root, "docs/protocols", page));
    symlinkSync(join(away, "victim.md"), join(root, "docs/protocols", page));
    // A symlink where an output should be is never read, written through or removed.
    const r = await run(["docs"], { cwd: root });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${page} is a symlink, folder or special file; not touched`);
    expect(readFileSync(join(away, "victim.md"), "utf8")).toBe("not skillc's to write\n");
  });

  it("init --force: a template that is a symlink to a file outside", async () => {
    const away = outside();
    const root = project({});
    mkdirSync(join(root, "templates"));
    symlinkSync(join(away, "victim.md"), join(root, "templates/INTEGRATION_TEMPLATE.md"));
    expectRefused(await run(["init", "--force"], { cwd: root }), join(away, "victim.md"));
  });
});
