/**
 * The ownership property (ownership.ts), each step run in this process (helpers/run.ts): build,
 * docs, init and new in any order own only what they wrote. test/slow/ownership.cli.test.ts runs
 * it through the built binary.
 */
import { afterAll, describe, it } from "vitest";
import { run } from "../helpers/run.js";
import { propertyRuns, propertyTimeout } from "../helpers/runs.js";
import { checkOwnership, removeLeftovers } from "./ownership.js";

afterAll(removeLeftovers);

const runs = propertyRuns(50);

describe("skillc owns only what it wrote", () => {
  it(
    "build, docs, install, init and new in any order leave every other file byte-identical and read nothing from outside",
    () => checkOwnership((args, cwd) => run(args, { cwd }), runs),
    propertyTimeout(runs.numRuns, 3_000),
  );
});
