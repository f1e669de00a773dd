/**
 * cs-kpi — the engine on .xlsx files (README: Command line).
 *   cs-kpi payroll <file.xlsx|file.csv>... --period YYYY-MM|YYYY-Www|YYYY-MM-DD..YYYY-MM-DD [--out <file.xlsx>] [--json] [--lang zh|en] [--csv <file.csv>] [--history <file>]
 *   cs-kpi demo [--out <file.xlsx>] [--period YYYY-MM] [--agents N] [--orders N] [--seed N]
 *   cs-kpi lock|unlock <output.xlsx> --period YYYY-MM --by NAME [--reason TEXT]
 * Exit 0 on success (data problems are reported, not fatal), 1 when a
 * required sheet or column is missing or the file is unreadable, 2 on a usage error.
 */
import * as path from 'path';
import { promises as fs } from 'fs';
import { createHash } from 'crypto';
import { langAsked, parseArgs, UsageError } from './args';
import { readInputFiles, readOneFile } from './read-inputs';
import { giveLaterHashes, stopLaterHashes } from './later-hashes';
import { addValuesSheet, OutputFile, writeAtomically, writeOutputs } from './xlsx-write';
import { summaryText } from './summary';
import {
  buildOutputSheets,
  CompareRefused,
  financeCsv,
  fileNoteIssue,
  generateDemoWorkbook,
  InputError,
  isLockRecordSheet,
  issueDigestJson,
  type Hasher,
  type Lang,
  parsePeriod,
  PERIOD_FORMS,
  periodFaultMessage,
  periodJson,
  periodSheetKey,
  PayrollResult,
  runPayroll,
  sheetKind,
  type SheetData,
  outputProps,
  withOutputFiles,
} from '../engine';
import {
  discardSlips,
  placeSlips,
  planPayRun,
  PayRunOptions,
  PayRunPlan,
  slipsDirProblem,
  writeSlipsToTemp,
} from './payrun';
import { whatIfFile } from './whatif';
import { financeCsvIdNote } from './finance-csv-note';
import { recordedFile, unlistedCompanion, unlistedCompanionText } from './companion-files';
import { outputFile } from './output-file';
import { PAYRUN_FLAGS, payRunPaths, PayRunPaths, payRunSummary, slipsFolderHoldsNone } from './payrun-args';
import { lockCommand, lockedFileProblem, readOutputSheets } from './lock';
import { excelJs } from './exceljs-lazy';
import { fatalLine } from './fatal-line';
import { failedWriteText, outputPlaceProblem, writeProblemText } from './write-problem';

export const USAGE = `Usage:
  cs-kpi payroll <file.xlsx|file.csv>... --period YYYY-MM [--out <file.xlsx>] [--json] [--lang zh|en] [--csv <file.csv>] [--history <earlier-output.xlsx>]… [--whatif <工号>]
                 [--compare <earlier-output.xlsx>] [--slips <dir>] [--dingtalk <file.xlsx>] [--overwrite]
  cs-kpi demo [--out <file.xlsx>] [--period YYYY-MM] [--agents N] [--orders N] [--seed N]
  cs-kpi lock <output.xlsx> --period YYYY-MM --by NAME [--reason TEXT]   (or a paid week / range)
  cs-kpi unlock <output.xlsx> --period YYYY-MM --by NAME --reason TEXT

payroll  computes the month's scorecard and payroll and writes the output sheets
         (绩效/工资表/工资条/数据问题/审计 YYYY-MM) to --out (default <first file's name>-YYYY-MM.xlsx).
         Inputs: any mix of .xlsx workbooks (all their sheets) and CSV files as downloaded
         (one sheet each, named after the file; GBK or UTF-8/UTF-16, comma, tab or semicolon).
         Input files are never modified. A week (2026-W43, ISO, Monday to Sunday) or a
         range of days (2026-10-01..2026-10-15) is an assessment: scorecard, issues and
         audit only, no payroll, pay slips or CSV.
  --json    prints one JSON object (period, shop, agents, issues, issueDigest) to stdout.
  --csv     also writes the finance CSV (UTF-8 with BOM).
  --whatif  also writes <工号>-测算-YYYY-MM.xlsx beside --out: that agent's inputs as editable cells and
            live =CS.* formulas for scores, grade and pay (needs the add-in to recalculate).
  --history an earlier month's output (or any workbook with 绩效 YYYY-MM sheets) for
            consecutive-failure streaks, and its lock (a dispute of a locked month is reported);
            may be given several times.
  --compare an earlier output of the same shop and month: the change list (per agent gross
            pay before → after, inputs and plan keys changed) goes to the JSON and the Audit sheet.
  --slips   writes one private pay slip per agent (<工号>-<姓名>-<period>.xlsx) into a folder.
  --dingtalk writes a 钉钉 / 企业微信 工资条 import sheet (one header row, one row per person).
  --overwrite replaces an existing --csv, --slips or --dingtalk file even when the workbook this run
            replaces (--out / --compare) does not list it, unchanged, in its Audit sheet (随附文件):
            without it such a file (e.g. a locked month's CSV that finance has) is kept and nothing is written.
demo     writes a realistic sample shop workbook.
lock     定稿: records in the month's Audit sheet who locked it and when. cs-kpi payroll then refuses
         to overwrite that file (--out) or to regenerate the month against it (--compare).
unlock   records who unlocked the month, when and why; the month can then be regenerated.

Exit codes: 0 success (data problems are listed, not fatal); 1 missing sheet/column,
unreadable file or a locked month; 2 usage error.`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIo: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

/** Node's native SHA-256 for the Audit checksums (the engine hands it text or the rows' JSON bytes). */
const nodeHasher = (): Hasher => {
  const h = createHash('sha256');
  return {
    update: (data) => void (typeof data === 'string' ? h.update(data, 'utf8') : h.update(data)),
    hex: () => h.digest('hex'),
  };
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.out(USAGE);
      return cmd ? 0 : 2;
    }
    if (cmd === 'payroll') return await payroll(rest, io);
    if (cmd === 'demo') return await demo(rest, io);
    if (cmd === 'lock' || cmd === 'unlock') return await lockCommand(cmd, rest, io);
    throw new UsageError(`unknown command "${cmd}"`, `没有“${cmd}”这个命令`);
  } catch (e) {
    if (e instanceof UsageError) {
      const said = langAsked(argv) === 'en' ? e.message : `${e.zh}\ncs-kpi: ${e.message}`;
      io.err(`cs-kpi: ${said}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

function langOf(v: string | true | undefined): Lang {
  if (v === undefined) return 'zh';
  if (v === 'zh' || v === 'en') return v;
  throw new UsageError(`--lang must be zh or en`, `--lang 只能是 zh 或 en`);
}

async function payroll(argv: string[], io: Io): Promise<number> {
  const { positional, flags, repeated } = parseArgs(
    argv,
    ['period', 'out', 'lang', 'csv', 'history', 'whatif', ...PAYRUN_FLAGS],
    ['json', 'overwrite'],
    ['history'],
  );
  if (positional.length === 0)
    throw new UsageError(
      'give the input files: cs-kpi payroll <file.xlsx|file.csv>... --period YYYY-MM',
      '请给出输入文件：cs-kpi payroll <文件.xlsx|文件.csv>... --period YYYY-MM',
    );
  const inputs = positional.map((p) => path.resolve(p));
  const input = inputs[0];
  const periodText = flags.get('period');
  if (typeof periodText !== 'string')
    throw new UsageError('--period YYYY-MM is required', '缺少 --period（月份，如 --period 2026-10）');
  const period = parsePeriod(periodText);
  if (!period) {
    const fault = periodFaultMessage(periodText);
    throw new UsageError(
      fault ? `--period: ${fault.en}` : `--period "${periodText}" is not ${PERIOD_FORMS.en}`,
      fault ? `--period：${fault.zh}` : `--period “${periodText}”不是${PERIOD_FORMS.zh}`,
    );
  }
  const lang = langOf(flags.get('lang'));
  const json = flags.get('json') === true;
  const outFlag = flags.get('out');
  const out =
    typeof outFlag === 'string'
      ? outputFile(outFlag, '.xlsx', 'out')
      : path.resolve(defaultOut(input, periodSheetKey(period.key)));
  if (inputs.includes(out))
    throw new UsageError(
      '--out must not be an input file: cs-kpi never modifies its input',
      '--out 不能是输入文件：cs-kpi 从不修改输入文件',
    );
  const csvFlag = flags.get('csv');
  const csv = typeof csvFlag === 'string' ? outputFile(csvFlag, '.csv', 'csv') : null;
  if (csv && inputs.includes(csv)) throw new UsageError('--csv must not be an input file', '--csv 不能是输入文件');
  const zh = lang === 'zh';

  const payrunPaths = payRunPaths(flags, inputs);
  const histories = (repeated.get('history') ?? []).map((h) => path.resolve(h));
  if (payrunPaths.slips) {
    const named = [...inputs, ...histories, out, csv, payrunPaths.compare, payrunPaths.dingtalk];
    slipsFolderHoldsNone(payrunPaths.slips, named);
  }
  // Read once: checked for a lock here, compared with when it holds this month (preparePayRun).
  const outSheets = await readOutputSheets(out);
  // A locked (定稿) month is neither overwritten nor regenerated: checked before any input is read.
  for (const [file, role] of [
    [out, 'out'],
    [payrunPaths.compare, 'compare'],
    [payrunPaths.dingtalk, 'dingtalk'],
  ] as const) {
    const locked = file ? await lockedFileProblem(file, role, lang, file === out ? outSheets : undefined) : null;
    if (locked) {
      io.err(locked);
      return 1;
    }
  }
  const placeProblem = await outputsPlaceProblem([out, csv, payrunPaths.dingtalk], lang);
  if (placeProblem) {
    io.err(`cs-kpi: ${placeProblem}`);
    return 1;
  }
  // A locked month's CSV or slips under a new --out's names are kept unless the manager says otherwise.
  const companions = { csv, slips: payrunPaths.slips, dingtalk: payrunPaths.dingtalk };
  const replaced = [out, payrunPaths.compare].filter((f): f is string => f !== null);
  const unlisted = flags.get('overwrite') ? null : await unlistedCompanion(companions, replaced, period.key);
  if (unlisted) {
    io.err(unlistedCompanionText(unlisted, period.key, lang));
    return 1;
  }
  if (histories.includes(out) || (csv && histories.includes(csv)))
    throw new UsageError('--out and --csv must not be a --history file', '--out 和 --csv 不能是 --history 文件');
  const read = await readInputFiles(inputs, { hashLater: true });
  if (!read.ok) {
    io.err(`cs-kpi: ${read.problem.message[lang]}`);
    return 1;
  }
  for (const note of read.notes) io.err(`cs-kpi: ${note.message[lang]}`);
  // A CSV's SHA-256 (its checksum in the Audit) is hashed on the second core while the engine runs, and given
  // to the result before anything reads it; the workers end however this ends.
  try {
    const data = read.data;
    for (const h of histories) {
      const extra = await readOneFile(h, []);
      if (!extra.ok) {
        io.err(`cs-kpi: ${extra.problem.message[lang]}`);
        return 1;
      }
      // Only earlier scorecards, and the Audit and Statements sheets that tell a month's lock and the disputes
      // it paid (a dispute of a locked month is said), are taken from a history file; an input sheet of the same name wins.
      const have = new Set(data.sheets.map((s) => s.name));
      const scorecards = extra.data.sheets.filter((s) => sheetKind(s.name) === 'history');
      const records = extra.data.sheets.filter((s) => isLockRecordSheet(s.name));
      for (const s of [...scorecards, ...records]) if (!have.has(s.name)) data.sheets.push(s);
      // A history file without scorecards (a wrong file picked) would otherwise change nothing, unsaid.
      if (scorecards.length === 0)
        io.err(
          zh
            ? `cs-kpi: --history ${path.basename(h)} 中没有“绩效 YYYY-MM”表（以前月份的绩效），未使用：请给出以前生成的输出工作簿`
            : `cs-kpi: --history ${path.basename(h)} holds no "Scorecard YYYY-MM" sheet (an earlier month's scorecard) and was not used: give an earlier output workbook`,
        );
    }
    let result: PayrollResult;
    try {
      result = runPayroll(data, { period: period.key, lang, makeHasher: nodeHasher });
    } catch (e) {
      if (e instanceof InputError) {
        for (const i of e.issues) io.err(fatalLine(i, lang));
        return 1;
      }
      throw e;
    }
    // The hash of a CSV, computed while the engine ran: its checksum in the Audit and --json.
    const unreadable = await giveLaterHashes(read.later, result.inputs);
    if (unreadable) {
      io.err(`cs-kpi: ${unreadable.message[lang]}`);
      return 1;
    }
    // Said on stderr as the files were read, and kept in the Issues sheet and --json with the rest.
    result.issues.unshift(...read.notes.map(fileNoteIssue));

    // Known only once the plan is read: a week or range pays only under the plan key period.pay.
    if (csv && !result.paysPeriod)
      throw hasNoPay(period.key, {
        en: '--csv is the finance file of a paid period',
        zh: '--csv 是发薪期间给财务的文件',
      });
    if ((payrunPaths.slips || payrunPaths.dingtalk) && !result.paysPeriod)
      throw hasNoPay(period.key, { en: '--slips and --dingtalk are pay slips', zh: '--slips 和 --dingtalk 是工资条' });
    // The what-if's pay section holds the month's amounts: beside a week's assessment they would read as its pay.
    if (flags.has('whatif') && !result.paysPeriod)
      throw hasNoPay(period.key, { en: '--whatif is a pay estimate', zh: '--whatif 是工资测算' });
    const payrun = await preparePayRun(payrunPaths, { file: out, sheets: outSheets }, result, lang, io);
    if (!payrun) return 1;

    const whatIfId = flags.get('whatif');
    let whatIf: OutputFile | null = null;
    if (whatIfId !== undefined) {
      if (typeof whatIfId !== 'string')
        throw new UsageError('--whatif needs an agent ID (工号)', '--whatif 后面要给工号');
      const file = await whatIfFile(result, whatIfId, out, lang);
      if ('problem' in file) {
        io.err(`cs-kpi: ${file.problem}`);
        return 1;
      }
      whatIf = file;
    }
    const failed = (e: unknown, target: string) =>
      io.err(
        `cs-kpi: ${failedWriteText(e, target, lang)}${zh ? '（原有文件未改动）' : ' (previous files left as they were)'}`,
      );
    let slips: Awaited<ReturnType<typeof writeSlipsToTemp>> | null = null;
    try {
      if (payrunPaths.slips) slips = await writeSlipsToTemp(result, lang, payrunPaths.slips);
    } catch (e) {
      failed(e, payrunPaths.slips!);
      return 1;
    }
    const csvFile = csv ? [{ target: csv, bytes: Buffer.from(financeCsv(result, lang), 'utf8') }] : [];
    const dingtalkFile = payrun.files(); // built once: the bytes listed are the bytes written
    // Listed in the Audit sheet, so the next run knows them as this workbook's own.
    const recorded = [
      ...csvFile.map((f) => recordedFile(out, 'csv', f.target, f.bytes)),
      ...(slips?.slips ?? []).map((s) => recordedFile(out, 'slip', s.file, s.bytes)),
      ...dingtalkFile.map((f) => recordedFile(out, 'dingtalk', f.target, f.bytes)),
    ];
    // The output file holds exactly the output sheets: no order or buyer data travels to finance.
    const sheets = withOutputFiles(payrun.sheets(buildOutputSheets(result, lang)), recorded, lang);
    const files: OutputFile[] = [
      { target: out, sheets, props: outputProps(result) },
      ...csvFile,
      ...(whatIf ? [whatIf] : []),
      ...dingtalkFile,
    ];
    try {
      await writeOutputs(files);
      if (slips && payrunPaths.slips) await placeSlips(slips.temp, payrunPaths.slips);
    } catch (e) {
      if (slips) await discardSlips(slips.temp);
      // Only the slips folder is written outside writeOutputs, which names the file it failed on.
      failed(e, payrunPaths.slips ?? out);
      return 1;
    }

    const idNote = csv ? financeCsvIdNote(result, path.basename(csv), lang) : null;
    if (idNote) io.err(idNote);
    if (json)
      io.out(
        JSON.stringify({ ...periodJson(result), issueDigest: issueDigestJson(result.issues, lang), ...payrun.json() }),
      );
    else {
      io.out(summaryText(result, lang));
      for (const line of payRunSummary(payrun, payrunPaths, result, lang)) io.out(line);
      io.out(zh ? `已写入 ${out}${csv ? ` 和 ${csv}` : ''}` : `Wrote ${out}${csv ? ` and ${csv}` : ''}`);
    }
    return 0;
  } finally {
    await stopLaterHashes(read.later);
  }
}

/** A pay option given for a week or range that the plan does not pay: what the option is, and why it cannot be. */
function hasNoPay(period: string, option: { en: string; zh: string }): UsageError {
  return new UsageError(
    `${option.en}: ${period} is an assessment (a week or a range; the plan key period.pay would pay it), which has no pay`,
    `${option.zh}：${period} 是考核期（按周或按日期范围；方案键 period.pay 设为“是”才发薪），没有工资`,
  );
}

/** --compare (or this month's outputs at --out), --slips, --dingtalk: read and check before anything is written. */
async function preparePayRun(
  p: PayRunPaths,
  out: { file: string; sheets: SheetData[] | null },
  result: PayrollResult,
  lang: Lang,
  io: Io,
): Promise<PayRunPlan | null> {
  const zh = lang === 'zh';
  if (p.slips) {
    const problem = await slipsDirProblem(p.slips, zh);
    if (problem) {
      io.err(problem);
      return null;
    }
  }
  let compareWith: PayRunOptions['compareWith'] = null;
  if (p.compare && p.compare === out.file && out.sheets) {
    compareWith = { file: p.compare, sheets: out.sheets };
  } else if (p.compare) {
    const read = await readOneFile(p.compare, []);
    if (!read.ok) {
      io.err(`cs-kpi: ${read.problem.message[lang]}`);
      return null;
    }
    compareWith = { file: p.compare, sheets: read.data.sheets };
  } else if (out.sheets) {
    // Regenerating onto this month's outputs compares with them, as the pane does (SPEC: pay-run
    // control): the change list is shown and the lock history kept, --compare or not.
    const withOut = { file: out.file, sheets: out.sheets };
    const plan = planPayRun({ compareWith: withOut, slipsDir: p.slips, dingtalk: p.dingtalk }, result, lang);
    if (!(plan instanceof CompareRefused)) {
      p.compare = out.file;
      return plan;
    }
  }
  const plan = planPayRun({ compareWith, slipsDir: p.slips, dingtalk: p.dingtalk }, result, lang);
  if (plan instanceof CompareRefused) {
    io.err(`cs-kpi: ${plan.text[lang]}`);
    return null;
  }
  return plan;
}

/** Checked before any input is read: a long run should not end on a typo in an output path. */
async function outputsPlaceProblem(targets: (string | null)[], lang: Lang): Promise<string | null> {
  for (const t of targets) {
    const code = t ? await outputPlaceProblem(t) : null;
    if (t && code) return writeProblemText(code, t, lang);
  }
  return null;
}

/** Beside the first input, named after it: ExportOrderList.csv → ExportOrderList-2026-10.xlsx. */
function defaultOut(input: string, period: string): string {
  return path.join(path.dirname(input), `${path.basename(input, path.extname(input))}-${period}.xlsx`);
}

function intFlag(v: string | true | undefined, name: string, def: number): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive whole number`, `--${name} 必须是正整数`);
  return n;
}

async function demo(argv: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['out', 'period', 'agents', 'orders', 'seed'], []);
  if (positional.length > 0)
    throw new UsageError(`unexpected argument "${positional[0]}"`, `多余的参数“${positional[0]}”`);
  const periodText = flags.get('period');
  const period = typeof periodText === 'string' ? parsePeriod(periodText) : parsePeriod('2026-10');
  if (!period)
    throw new UsageError(
      `--period "${periodText}" is not a month in the form YYYY-MM`,
      `--period “${periodText}”不是 YYYY-MM 形式的月份`,
    );
  const outFlag = flags.get('out');
  const out = typeof outFlag === 'string' ? outputFile(outFlag, '.xlsx', 'out') : path.resolve('demo-shop.xlsx');
  const data = generateDemoWorkbook({
    period: period.key,
    agents: intFlag(flags.get('agents'), 'agents', 36),
    orders: intFlag(flags.get('orders'), 'orders', 22000),
    seed: intFlag(flags.get('seed'), 'seed', 20261001),
  });
  const wb = new (excelJs().Workbook)();
  wb.creator = 'CS Performance demo';
  for (const s of data.sheets) addValuesSheet(wb, s);
  await fs.mkdir(path.dirname(out), { recursive: true });
  await writeAtomically(wb, out);
  io.out(`Wrote ${out} (${data.sheets.map((s) => `${s.name}: ${s.rows.length} rows`).join(', ')})`);
  return 0;
}
