/** This process's open files (Linux: /proc/self/fd), to check that readers close what they open, worker threads too. */
import { readdirSync, readlinkSync, realpathSync } from 'fs';

/** How many of this process's file descriptors point at `file` (also once it is deleted). */
export function openFdsOn(file: string): number {
  const target = realpathSync(file);
  let n = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    let link: string;
    try {
      link = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue; // closed meanwhile (readdir's own fd among them)
    }
    if (link === target || link === `${target} (deleted)`) n++;
  }
  return n;
}

/** The descriptors on `file` still open after up to `ms` (closing is asynchronous: polled, not read once). */
export async function openFdsAfter(file: string, ms = 400): Promise<number> {
  const until = Date.now() + ms;
  for (;;) {
    const n = openFdsOn(file);
    if (n === 0 || Date.now() >= until) return n;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
