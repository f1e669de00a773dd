/**
 * The one message catalog: one text per code and language, so the Issues
 * sheet, the pane, the CLI and the custom functions read the same words. Each
 * section is a pair of files merged here into ZH and EN: zh.ts / en.ts for
 * the engine's messages, plan-*.ts for the plan's labels, output-*.ts for the
 * output sheets' words, labels-*.ts for the domain labels, functions-*.ts for
 * the CS.* functions, pane-*.ts for the pane.
 */
import type { Lang, LocalText } from '../model';
import { EN as ENGINE_EN } from './en';
import { FUNCTIONS_EN } from './functions-en';
import { FUNCTIONS_ZH } from './functions-zh';
import { LABELS_EN } from './labels-en';
import { LABELS_ZH } from './labels-zh';
import { OUTPUT_EN } from './output-en';
import { OUTPUT_ZH } from './output-zh';
import { PANE_EN } from './pane-en';
import { PANE_ZH } from './pane-zh';
import { PLAN_EN } from './plan-en';
import { PLAN_ZH } from './plan-zh';
import { ZH as ENGINE_ZH } from './zh';

/** The sections, for the test that no code is in two of them (a spread would silently keep the last). */
export const SECTIONS = [
  { name: 'engine', zh: ENGINE_ZH, en: ENGINE_EN },
  { name: 'functions', zh: FUNCTIONS_ZH, en: FUNCTIONS_EN },
  { name: 'plan', zh: PLAN_ZH, en: PLAN_EN },
  { name: 'output', zh: OUTPUT_ZH, en: OUTPUT_EN },
  { name: 'labels', zh: LABELS_ZH, en: LABELS_EN },
  { name: 'pane', zh: PANE_ZH, en: PANE_EN },
] as const;

const ZH = { ...ENGINE_ZH, ...FUNCTIONS_ZH, ...PLAN_ZH, ...OUTPUT_ZH, ...PANE_ZH, ...LABELS_ZH };
const EN: Record<keyof typeof ZH, string> = {
  ...ENGINE_EN,
  ...FUNCTIONS_EN,
  ...PLAN_EN,
  ...OUTPUT_EN,
  ...PANE_EN,
  ...LABELS_EN,
};

export type MessageCode = keyof typeof ZH;

/** The `{name}` placeholders of a catalog text, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** A placeholder's value: text and numbers as written; a LocalText is read in the message's language. */
export type MessageParam = string | number | LocalText;

export type MessageParams<K extends MessageCode> = Record<Placeholders<(typeof ZH)[K]>, MessageParam>;

/** No second argument for a text without placeholders; else its params, each one required. */
type ParamsArg<K extends MessageCode> = [Placeholders<(typeof ZH)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** The codes whose texts have no placeholder: a label, read as it is. */
export type PlainCode = { [K in MessageCode]: ParamsArg<K> extends [] ? K : never }[MessageCode];

const CATALOG: Record<Lang, Record<MessageCode, string>> = { zh: ZH, en: EN };

/** Placeholders as the test and the renderer find them: `{` letters/digits `}`. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Each catalog text split once at its placeholders: literal, name, literal, … literal. Why: a big order sheet
 * logs tens of thousands of issues, each filled in two languages, and a regex replace per fill showed.
 * Bounded: keys are catalog texts only.
 */
const templates = new Map<string, string[]>();

function templateOf(text: string): string[] {
  let parts = templates.get(text);
  if (parts === undefined) {
    parts = text.split(PLACEHOLDER);
    templates.set(text, parts);
  }
  return parts;
}

/** The text with each `{name}` replaced by its param (a missing param leaves `{name}` as written). */
function fill(text: string, params: Record<string, MessageParam> | undefined, lang: Lang): string {
  if (!params) return text;
  const parts = templateOf(text);
  // Joined, not added up: `+=` makes a chain of V8 cons strings, which issues keep (tens of thousands of them),
  // and which are flattened again when written; join makes the flat string at once.
  const pieces: string[] = new Array<string>(parts.length);
  pieces[0] = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]];
    pieces[i] = v === undefined ? `{${parts[i]}}` : typeof v === 'object' ? v[lang] : String(v);
    pieces[i + 1] = parts[i + 1];
  }
  return pieces.join('');
}

/** One message in one language (the pane, the CLI and the custom functions pick the manager's language). */
export function message<K extends MessageCode>(code: K, params: MessageParams<K>, lang: Lang): string {
  return fill(CATALOG[lang][code], params as Record<string, MessageParam>, lang);
}

/** A text without placeholders in one language: a header, a label, a note of an output sheet. */
export function phrase(code: PlainCode, lang: Lang): string {
  return CATALOG[lang][code];
}

/** The catalog read in one language, as the pane's views read it: `say('pane.refresh')`, `say('pane.usedRows', { n })`. */
export function wordsIn(lang: Lang) {
  return <K extends MessageCode>(code: K, ...params: ParamsArg<K>): string =>
    fill(CATALOG[lang][code], params[0] as Record<string, MessageParam> | undefined, lang);
}

/** One message in both languages, as issues and labels carry it. */
export function msg<K extends MessageCode>(code: K, ...params: ParamsArg<K>): LocalText {
  const p = params[0] as Record<string, MessageParam> | undefined;
  return { zh: fill(ZH[code], p, 'zh'), en: fill(EN[code], p, 'en') };
}

export { ZH, EN };

/** A list as a placeholder: 、 between items in Chinese, ", " in English (or the separators given). */
export function joined(items: readonly (string | number)[], zhSep = '、', enSep = ', '): LocalText {
  return { zh: items.join(zhSep), en: items.join(enSep) };
}

/** Alternatives as a placeholder: "a 或 b", "a or b". */
export function joinedWithOr(items: readonly (string | number)[]): LocalText {
  return joined(items, ' 或 ', ' or ');
}

/** Texts already in both languages as one placeholder, each language joined with its own separator. */
export function joinedText(items: readonly LocalText[], zhSep = '、', enSep = ', '): LocalText {
  return { zh: items.map((i) => i.zh).join(zhSep), en: items.map((i) => i.en).join(enSep) };
}

/** Data, not words of ours, as a placeholder per language (column names, a manager's own text): never a message. */
export function dataText(zh: string, en: string = zh): LocalText {
  return { zh, en };
}
