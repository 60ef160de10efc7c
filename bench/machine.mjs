// What a results page says about the machine: its CPU, cores, memory, OS and Node, and whether
// anything besides the benchmark kept the processors busy while a table was measured. The load
// average alone cannot tell: the benchmark's own runs raise it. So the busy time of all
// processors (/proc/stat) is compared with the CPU time the measured processes used themselves.
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem, type, version } from "node:os";

/** One line naming the machine. */
export function machineLine() {
  const cpu = cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  const gib = (totalmem() / 1024 ** 3).toFixed(0);
  return `${cpu}, ${availableParallelism()} cores, ${gib} GiB, ${type()} ${release()} (${version()}), Node ${process.version}`;
}

/** The 1-minute load average, as text. */
export const loadAverage = () => (loadavg()[0] ?? 0).toFixed(2);

/**
 * Busy and total time of all processors from the text of /proc/stat (its first, "cpu " line,
 * in clock ticks). Stolen time counts as busy: another virtual machine held the processor.
 * @param {string} stat
 * @returns {{ busy: number, total: number } | undefined}
 */
export function parseProcStat(stat) {
  const line = stat.split("\n").find((l) => l.startsWith("cpu "));
  if (!line) return undefined;
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = user + nice + system + irq + softirq + steal;
  return { busy, total: busy + idle + iowait };
}

/** The processors' busy and total ticks now; undefined where /proc/stat is missing. */
export function cpuTicks() {
  try {
    return parseProcStat(readFileSync("/proc/stat", "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * How many processors, on average, something else kept busy between two readings: all the busy
 * time, less the CPU time the benchmark accounts for (its own processes and any load it started).
 * @param {{ busy: number, total: number }} before
 * @param {{ busy: number, total: number }} after
 * @param {number} ownMs CPU time of the processes the benchmark ran, in ms
 * @param {number} wallMs the time between the readings, in ms
 * @param {number} cores
 */
export function otherLoad(before, after, ownMs, wallMs, cores) {
  const total = after.total - before.total;
  if (total <= 0 || wallMs <= 0) return 0;
  const busyCores = ((after.busy - before.busy) / total) * cores;
  return Math.max(0, busyCores - ownMs / wallMs);
}

/** The CPU time, in ms, that process `pid` has used so far (Linux); 0 where it cannot be read. @param {number} pid */
export function processCpuMs(pid) {
  try {
    // Fields 14 and 15 (utime, stime), counted after the command name, which may hold spaces.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    // Clock ticks of 10 ms: USER_HZ is 100 on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10 || 0;
  } catch {
    return 0;
  }
}

/**
 * Watch one measured table: call `end` with the CPU time the benchmark accounts for; it returns
 * the sentence the page prints under the table.
 */
export function watchLoad() {
  const before = cpuTicks();
  const avgBefore = loadAverage();
  const start = performance.now();
  const ownStart = process.cpuUsage();
  return {
    /** @param {number} measuredMs CPU time of the measured processes (and any load the benchmark started) */
    end(measuredMs) {
      const wallMs = performance.now() - start;
      const own = process.cpuUsage(ownStart);
      const after = cpuTicks();
      const avg = `load average (1 min) ${avgBefore} before, ${loadAverage()} after, the benchmark's own runs included`;
      if (!before || !after) return `Other load: unknown (no /proc/stat); ${avg}.`;
      const other = otherLoad(before, after, measuredMs + (own.user + own.system) / 1000, wallMs, availableParallelism());
      const verdict = other < 0.1 ? "none present" : `present, other processes kept ${other.toFixed(2)} cores busy on average`;
      return `Other load while measuring: ${verdict} (all processors' busy time less the measured processes' CPU time); ${avg}.`;
    },
  };
}
