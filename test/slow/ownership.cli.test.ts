/**
 * The ownership property (test/security/ownership.ts) with each step run by the built binary, as
 * a user's shell runs it: 25 cases of 2 to 6 commands, ~0.3 s each.
 */
import { afterAll, describe, it } from "vitest";
import { skillc } from "../helpers/cli.js";
import { propertyRuns, propertyTimeout } from "../helpers/runs.js";
import { checkOwnership, removeLeftovers } from "../security/ownership.js";

afterAll(removeLeftovers);

const runs = propertyRuns(25);

describe("skillc owns only what it wrote (the built binary)", () => {
  it(
    "build, docs, install, init and new in any order leave every other file byte-identical and read nothing from outside",
    () => checkOwnership((args, cwd) => skillc(args, { cwd }), runs),
    propertyTimeout(runs.numRuns, 20_000, 120_000),
  );
});
