// CPU time of processes from /proc (Linux), so that load runs on a shared machine can be compared by the CPU each
// request cost rather than by wall time alone (issue 17). Elsewhere the readings are undefined and only wall time shows.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const clockTicks = 100; // USER_HZ of /proc/<pid>/stat on Linux

/** utime + stime of one process in ms; undefined when it cannot be read. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

/** The process and all its descendants (nginx's workers, a server's children). */
export function processTree(pid: number): number[] {
  let rows: [number, number][];
  try {
    rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  } catch {
    return [pid];
  }
  const tree = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [child, parent] of rows)
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
  }
  return [...tree];
}

/** CPU ms of the processes together; undefined when none can be read. */
export function treeCpuMs(pids: number[]): number | undefined {
  const readings = pids.map(processCpuMs).filter((ms): ms is number => ms !== undefined);
  return readings.length ? readings.reduce((sum, ms) => sum + ms, 0) : undefined;
}

/** The Java process of a local Neo4j started by server/database/local-neo4j.ts in homeDir (its pid file). */
export function localNeo4jPid(homeDir: string): number | undefined {
  try {
    const pid = Number(
      fs
        .readFileSync(path.join(homeDir, 'run', 'local-neo4j.pid'), 'utf8')
        .trim()
        .split(/\s+/)[0],
    );
    return Number.isInteger(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}
