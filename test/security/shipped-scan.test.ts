/** Every file a skill ships is scanned for secrets, whatever its size, and the bundle carries the bytes that were scanned. */
import { describe, expect, it } from "vitest";
import { build, lint } from "../../src/index.js";
import { PLAIN_SKILL, project } from "../helpers/cli.js";

const TOKEN = `ghp_${"a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"}`;
const skill = `${PLAIN_SKILL}\nRun [the script](scripts/run.sh).\n`;

describe("shipped files", () => {
  it("a companion larger than a skill's size limit is still scanned, and its skill is not built", async () => {
    // 700 KB: past maxFileSize (512 KiB), which limits the skills themselves, not what they ship.
    const script = `#!/bin/sh\n${"# padding\n".repeat(70_000)}export TOKEN=${TOKEN}\n`;
    const root = project({ "skills/notes/SKILL.md": skill, "skills/notes/scripts/run.sh": script });
    const results = await lint({ cwd: root });
    const shipped = results.find((r) => r.filePath.endsWith("run.sh"));
    expect(shipped?.messages.map((m) => [m.ruleId, m.line])).toEqual([["no-secrets", 70_002]]);
    const planned = await build({ cwd: root, targets: ["claude"] });
    expect(planned.refused.map((r) => r.filePath)).toEqual([shipped!.filePath]);
    expect(planned.files.some((f) => f.path.includes("/notes/"))).toBe(false);
  });

  it("a clean companion is copied with the bytes that were scanned", async () => {
    const script = `#!/bin/sh\necho "${"x".repeat(600_000)}"\n`;
    const root = project({ "skills/notes/SKILL.md": skill, "skills/notes/scripts/run.sh": script });
    const planned = await build({ cwd: root, targets: ["claude"] });
    expect(planned.refused).toEqual([]);
    const copied = planned.files.find((f) => f.path.endsWith("notes/scripts/run.sh"));
    expect(Buffer.from(copied!.content).toString("utf8")).toBe(script);
  });
});
