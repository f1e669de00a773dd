/** Minimal argument parsing for cs-kpi: positionals and --flags (with or without =value). */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
  /** Every value of flags that may be given more than once. */
  repeated: Map<string, string[]>;
}

export class UsageError extends Error {}

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
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (boolFlags.includes(name)) {
      if (eq > 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    } else if (valueFlags.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      if (flags.has(name) && !repeatable.includes(name)) throw new UsageError(`--${name} given twice`);
      flags.set(name, v);
      if (repeatable.includes(name)) repeated.set(name, [...(repeated.get(name) ?? []), v]);
    } else throw new UsageError(`unknown option --${name}`);
  }
  return { positional, flags, repeated };
}
