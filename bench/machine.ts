/** The machine a benchmark ran on, stated with its results. */
import * as os from 'os';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  platform: string;
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function machineText(m: MachineInfo): string {
  return `Machine: ${m.cores} cores, ${m.cpuModel}, ${m.memoryGb} GB RAM; Node ${m.node}; ${m.platform}; load average at start ${m.loadAverage.join(' / ')}`;
}
