/** Minimal argument parsing for cs-kpi: positionals and --flags (with or without =value). */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
  /** Every value of flags that may be given more than once. */
  repeated: Map<string, string[]>;
}

/** A command line cs-kpi cannot run: said in English and, for the default language, in Chinese first. */
export class UsageError extends Error {
  constructor(
    en: string,
    readonly zh: string = en,
  ) {
    super(en);
  }
}

/** The language asked for, read before the arguments are parsed: a usage error is said in it too. */
export function langAsked(argv: string[]): 'zh' | 'en' {
  const i = argv.indexOf('--lang');
  return argv.includes('--lang=en') || (i >= 0 && argv[i + 1] === 'en') ? 'en' : 'zh';
}

export function parseArgs(
  argv: string[],
  valueFlags: string[],
  boolFlags: string[],
  repeatable: string[] = [],
): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    // "-o x.xlsx" would otherwise look for an input file named "-o".
    if (/^-[^-\d]/.test(a))
      throw new UsageError(`unknown option ${a} (options start with --)`, `未知选项 ${a}（选项以 -- 开头）`);
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (boolFlags.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`, `--${name} 后面不能带值`);
      flags.set(name, true);
    } else if (valueFlags.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v.startsWith('--'))
        throw new UsageError(`--${name} needs a value`, `--${name} 后面缺少值`);
      if (flags.has(name) && !repeatable.includes(name))
        throw new UsageError(`--${name} given twice`, `--${name} 只能给一次`);
      flags.set(name, v);
      if (repeatable.includes(name)) repeated.set(name, [...(repeated.get(name) ?? []), v]);
    } else throw new UsageError(`unknown option --${name}`, `未知选项 --${name}`);
  }
  return { positional, flags, repeated };
}
