/**
 * Preloaded into a timed command (`node --require usage-reporter.js bin/cs-kpi.js …`):
 * when the process exits, writes its CPU time and peak RSS to $BENCH_USAGE_FILE.
 * The command itself runs unchanged.
 */
import { writeFileSync } from 'fs';

export interface ProcessUsage {
  cpuMs: number;
  maxRssMb: number;
  uptimeMs: number;
  exitCode: number;
}

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on('exit', (code) => {
    const r = process.resourceUsage();
    const usage: ProcessUsage = {
      cpuMs: (r.userCPUTime + r.systemCPUTime) / 1000,
      maxRssMb: Math.round(r.maxRSS / 1024),
      uptimeMs: Math.round(process.uptime() * 1000),
      exitCode: code,
    };
    writeFileSync(target, JSON.stringify(usage));
  });
}
