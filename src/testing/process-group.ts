// Test-only: child processes started as their own process group, so that a kill reaches every process the
// command starts (`tsx` runs the real node process as its child; killing only `tsx` leaves that one
// serving). Every group started here is killed by `killAllGroups()`, which tests call in afterEach.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';

const started = new Set<ChildProcess>();

export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  started.add(child);
  child.once('exit', () => child.stdout?.destroy());
  return child;
}

/** Live (not zombie) processes of group `pgid`; read from /proc where there is one. */
function groupMembers(pgid: number): number[] {
  if (!fs.existsSync('/proc/self/stat')) {
    try {
      process.kill(-pgid, 0);
      return [pgid];
    } catch {
      return [];
    }
  }
  const members: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') members.push(Number(entry));
  }
  return members;
}

/** SIGKILLs the whole group and resolves once none of its processes is alive any more. */
export async function killGroup(child: ChildProcess): Promise<void> {
  started.delete(child);
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
  while (groupMembers(child.pid).length) await new Promise((resolve) => setTimeout(resolve, 20));
}

export async function killAllGroups(): Promise<void> {
  await Promise.all([...started].map(killGroup));
}

export { groupMembers };
