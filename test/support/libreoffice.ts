/**
 * LibreOffice headless (Debian `libreoffice-calc`), for the benchmark's
 * SUMIFS baseline, the recalculation test and the README screenshots.
 *
 * Calc trusts the cached formula results of an .xlsx by default. To make it
 * recalculate, each run gets its own profile directory whose
 * registrymodifications.xcu sets OOXMLRecalcMode to 0 ("Recalculation on File
 * Load" for Excel 2007+ files = always); profiles are never shared between
 * concurrent processes (a shared profile makes parallel runs lose files).
 */
import { spawn } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as path from 'path';

/** Every sheet of the workbook to its own UTF-8 CSV, `<file>-<sheet>.csv`, raw values (not as shown). */
export const CSV_EVERY_SHEET = 'csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1';

/** Lines soffice prints on every headless run that say nothing about the document. */
const BENIGN_OUTPUT = [
  /^Warning: failed to launch javaldx/i,
  /^convert .* using filter/i,
  /^Writing sheet /i,
  /^Overwriting: /i,
  /^$/,
];

/** Path of soffice, or null with the reason when LibreOffice is not installed. */
export function findSoffice(): { path: string | null; reason: string } {
  const fromEnv = process.env.SOFFICE;
  if (fromEnv)
    return existsSync(fromEnv)
      ? { path: fromEnv, reason: '' }
      : { path: null, reason: `SOFFICE=${fromEnv} does not exist` };
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const p = path.join(dir, name);
      if (dir && existsSync(p)) return { path: p, reason: '' };
    }
  }
  return {
    path: null,
    reason: 'soffice (LibreOffice) is not on PATH; install Debian libreoffice-calc-nogui or set SOFFICE',
  };
}

export type RecalcMode = 'always' | 'never';

/** A fresh private profile: formulas of .xlsx/.ods files are recalculated on load (or never, to time loading alone). */
export async function makeProfile(dir: string, recalc: RecalcMode): Promise<string> {
  const value = recalc === 'always' ? 0 : 1;
  await fs.mkdir(path.join(dir, 'user'), { recursive: true });
  const xcu = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${value}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${value}</value></prop></item>
</oor:items>
`;
  await fs.writeFile(path.join(dir, 'user', 'registrymodifications.xcu'), xcu, 'utf8');
  return dir;
}

export interface ConvertResult {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** CPU seconds of soffice and its children (user + system), when /usr/bin/time is there. */
  cpuSec: number | null;
  /** Output lines that are not soffice's usual chatter: errors, warnings, repair messages. */
  unexpected: string[];
  timedOut: boolean;
}

export interface ConvertOptions {
  soffice: string;
  /** e.g. CSV_EVERY_SHEET or 'pdf' */
  to: string;
  outDir: string;
  /** A directory made by makeProfile, used by this run only. */
  profileDir: string;
  timeoutMs?: number;
  /** How to read the input, e.g. 'CSV:44,34,76,1' (comma, quote, UTF-8, from line 1) instead of LibreOffice's guess. */
  infilter?: string;
}

const TIME_MARK = '@@cpu ';

/** Runs soffice (under GNU time when present, for its CPU time); never throws for a failed run. */
function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<ConvertResult> {
  const timed = existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : soffice;
  const argv = timed ? ['-f', `${TIME_MARK}%U %S`, soffice, ...args] : args;
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let cpuSec: number | null = null;
      const kept: string[] = [];
      for (const line of stderr.split(/\r?\n/)) {
        if (line.startsWith(TIME_MARK)) {
          const [u, s] = line.slice(TIME_MARK.length).split(' ').map(Number);
          cpuSec = u + s;
        } else kept.push(line);
      }
      const unexpected = [...stdout.split(/\r?\n/), ...kept]
        .map((l) => l.trim())
        .filter((l) => !BENIGN_OUTPUT.some((re) => re.test(l)));
      resolve({ code, stdout, stderr: kept.join('\n'), wallMs, cpuSec, unexpected, timedOut });
    });
  });
}

const profileArg = (dir: string) => `-env:UserInstallation=file://${path.resolve(dir)}`;

/** `soffice --headless --convert-to …` on one or more files; never throws for a failed conversion. */
export async function convert(files: string[], o: ConvertOptions): Promise<ConvertResult> {
  await fs.mkdir(o.outDir, { recursive: true });
  const args = [
    profileArg(o.profileDir),
    '--headless',
    '--norestore',
    '--nolockcheck',
    ...(o.infilter ? [`--infilter=${o.infilter}`] : []),
    '--convert-to',
    o.to,
    '--outdir',
    o.outDir,
    ...files,
  ];
  return runSoffice(o.soffice, args, o.timeoutMs ?? 600_000);
}

/**
 * A Basic macro in the profile's own library ("My Macros", trusted whatever
 * the macro security level) that opens a workbook hidden, times
 * calculateAll() inside LibreOffice, and writes "<load ms> <recalc ms>".
 * Used with a recalc-never profile, so loading does not calculate first.
 */
const RECALC_MODULE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub TimeRecalc(inUrl As String, outPath As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  Dim t0 As Long, t1 As Long, t2 As Long
  t0 = GetSystemTicks()
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  t1 = GetSystemTicks()
  doc.calculateAll()
  t2 = GetSystemTicks()
  n = FreeFile
  Open outPath For Output As #n
  Print #n, (t1 - t0) &amp; &quot; &quot; &amp; (t2 - t1)
  Close #n
  doc.close(True)
  StarDesktop.terminate()
End Sub
</script:module>
`;

/**
 * A recalc-never profile holding the timing macro. soffice fills a new
 * profile's Basic library on first start, so the profile is initialised
 * first and the module written after. Use it from one process at a time.
 */
export async function makeRecalcTimingProfile(soffice: string, dir: string, timeoutMs = 120_000): Promise<string> {
  await makeProfile(dir, 'never');
  const init = await runSoffice(
    soffice,
    [profileArg(dir), '--headless', '--norestore', '--terminate_after_init'],
    timeoutMs,
  );
  const lib = path.join(dir, 'user', 'basic', 'Standard');
  if (init.code !== 0 || !existsSync(lib))
    throw new Error(
      `could not initialise a LibreOffice profile in ${dir} (exit ${init.code}): ${init.unexpected.join(' | ')}`,
    );
  await fs.writeFile(path.join(lib, 'Module1.xba'), RECALC_MODULE, 'utf8');
  return dir;
}

/** Measured inside LibreOffice: loading the workbook (no calculation), then calculateAll(). */
export interface RecalcTiming {
  loadMs: number;
  recalcMs: number;
}

/** Times a full recalculation of `file` inside LibreOffice; null when the macro did not report (see process). */
export async function timeRecalculation(
  soffice: string,
  profileDir: string,
  file: string,
  timeoutMs = 600_000,
): Promise<{ timing: RecalcTiming | null; process: ConvertResult }> {
  const report = path.join(path.resolve(profileDir), `recalc-${process.pid}-${Date.now()}.txt`);
  const url = `file://${path.resolve(file).split(path.sep).map(encodeURIComponent).join('/')}`;
  const macro = `macro:///Standard.Module1.TimeRecalc("${url}","${report}")`;
  const run = await runSoffice(
    soffice,
    [profileArg(profileDir), '--headless', '--norestore', '--nolockcheck', macro],
    timeoutMs,
  );
  if (!existsSync(report)) return { timing: null, process: run };
  const [loadMs, recalcMs] = (await fs.readFile(report, 'utf8')).trim().split(/\s+/).map(Number);
  await fs.rm(report, { force: true });
  return { timing: Number.isFinite(loadMs) && Number.isFinite(recalcMs) ? { loadMs, recalcMs } : null, process: run };
}

/** Where CSV_EVERY_SHEET puts one sheet of `file`. */
export function sheetCsvPath(outDir: string, file: string, sheet: string): string {
  return path.join(outDir, `${path.basename(file, path.extname(file))}-${sheet}.csv`);
}

/** The sheet names soffice reported writing ("Writing sheet X -> …"). */
export function sheetsWritten(stdout: string): string[] {
  const names: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^Writing sheet (.*) -> /.exec(line.trim());
    if (m) names.push(m[1]);
  }
  return names;
}
