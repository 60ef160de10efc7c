/** The benchmark's judgement of other load: /proc/stat parsed, the measured processes' own CPU time taken out. */
import { describe, expect, it } from "vitest";
import { otherLoad, parseProcStat } from "../../bench/machine.mjs";

describe("parseProcStat", () => {
  it("counts user, nice, system, irq, softirq and steal as busy, idle and iowait as not", () => {
    const stat = "cpu  100 5 20 1000 10 1 2 7 0 0\ncpu0 50 2 10 500 5 0 1 3 0 0\nintr 1\n";
    expect(parseProcStat(stat)).toEqual({ busy: 135, total: 1145 });
  });

  it("gives undefined without the summary line", () => {
    expect(parseProcStat("intr 1\n")).toBeUndefined();
  });
});

describe("otherLoad", () => {
  // 2 cores for 1 s at 100 ticks per second: 200 ticks in all.
  const before = { busy: 0, total: 0 };

  it("is what the measured processes do not account for, in cores", () => {
    // 150 busy ticks = 1.5 cores busy; the measured processes used 1 s of CPU in 1 s: 0.5 cores other.
    expect(otherLoad(before, { busy: 150, total: 200 }, 1000, 1000, 2)).toBeCloseTo(0.5);
  });

  it("is never below zero, nor divided by nothing", () => {
    expect(otherLoad(before, { busy: 50, total: 200 }, 1000, 1000, 2)).toBe(0);
    expect(otherLoad(before, before, 0, 0, 2)).toBe(0);
  });
});
