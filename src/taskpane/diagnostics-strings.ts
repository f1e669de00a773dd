/** Strings of the Diagnostics (诊断) panel: a typed view of `pane.diag.*` in the one message catalog. */
import { inSentence, INPUT_KIND_TEXT, wordsIn } from '../engine';
import type { Lang } from '../engine';
import type { SelfCheckId } from '../excel/self-check';

function build(lang: Lang) {
  const say = wordsIn(lang);
  const items: Record<SelfCheckId, string> = {
    inertText: say('pane.diag.items.inertText'),
    numberFormatArrays: say('pane.diag.items.numberFormatArrays'),
    protection: say('pane.diag.items.protection'),
    autoFilter: say('pane.diag.items.autoFilter'),
    printFit: say('pane.diag.items.printFit'),
    renameKeepsReferences: say('pane.diag.items.renameKeepsReferences'),
    rewriteKeepsReferences: say('pane.diag.items.rewriteKeepsReferences'),
    copyKeepsReferences: say('pane.diag.items.copyKeepsReferences'),
    largeRequest: say('pane.diag.items.largeRequest'),
    customFunction: say('pane.diag.items.customFunction'),
    dateSerial: say('pane.diag.items.dateSerial'),
    dateSystem: say('pane.diag.items.dateSystem'),
    mergedCells: say('pane.diag.items.mergedCells'),
    keepsTable: say('pane.diag.items.keepsTable'),
  };
  return {
    title: say('pane.diag.title'),
    intro: say('pane.diag.intro'),
    run: say('pane.diag.run'),
    running: say('pane.diag.running'),
    copy: say('pane.diag.copy'),
    copied: say('pane.diag.copied'),
    passed: (n: number) => say('pane.diag.passed', { n }),
    failed: (failed: number, total: number) => say('pane.diag.failed', { failed, n: total }),
    reportLabel: say('pane.diag.reportLabel'),
    date1904: say('pane.diag.date1904', { orders: inSentence(INPUT_KIND_TEXT.orders) }),
    error: say('pane.diag.error'),
    /** Shown only when no Web Worker could start: large months then pause the pane while they compute. */
    engineOnPage: say('pane.diag.engineOnPage'),
    items,
  };
}

export type DiagnosticsStrings = ReturnType<typeof build>;

const DIAGNOSTICS_STRINGS: Record<Lang, DiagnosticsStrings> = { zh: build('zh'), en: build('en') };

export function diagnosticsStrings(lang: Lang): DiagnosticsStrings {
  return DIAGNOSTICS_STRINGS[lang];
}
