/** The CI workflow `skillc init` writes passes on the first push of the project it initialised. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { project } from "../helpers/cli.js";
import { run } from "../helpers/run.js";

describe("skillc init's workflow", () => {
  it("installs the project's dependencies, runs the pinned skillc, and its checks pass at once", async () => {
    const root = project({ "package.json": JSON.stringify({ name: "p", devDependencies: { skillc: "^0.1.0" } }) });
    const init = await run(["init"], { cwd: root });
    expect(init.code).toBe(0);
    expect(init.stdout).not.toContain("add it as a dev dependency");
    const workflow = parseYaml(readFileSync(join(root, ".github/workflows/skills.yml"), "utf8")) as { jobs: { skillc: { steps: { run?: string }[] } } };
    const commands = workflow.jobs.skillc.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(commands).toEqual(["npm ci", "npx --no-install skillc lint --format github", "npx --no-install skillc docs --check"]);
    // Each check, as the workflow runs it, passes on the freshly initialised project.
    for (const command of commands.slice(1)) {
      const args = command.split(" ").slice(3);
      expect(await run(args, { cwd: root }), command).toMatchObject({ code: 0 });
    }
  });

  it("says how to pin skillc when package.json does not", async () => {
    const r = await run(["init"], { cwd: project({}) });
    expect(r.stdout).toContain("The CI workflow runs the skillc your package.json pins: add it as a dev dependency");
  });
});
