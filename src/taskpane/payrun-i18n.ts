/** The pane's pay-run words (lock, change list, slips, disputes): a typed view of `pane.payrun.*` in the one message catalog; pay components as the Payroll sheet heads them (`component.*`). */
import { INPUT_KIND_TEXT, SHEET_TITLES, wordsIn } from '../engine';
import type { Lang } from '../engine';

function build(lang: Lang) {
  const say = wordsIn(lang);
  const audit = SHEET_TITLES.audit;
  return {
    sectionTitle: (period: string) => say('pane.payrun.sectionTitle', { period }),
    notGenerated: say('pane.payrun.notGenerated'),
    unlocked: say('pane.payrun.unlocked'),
    lockedBy: (by: string, at: string) => say('pane.payrun.lockedBy', { by, at, audit }),
    lock: say('pane.payrun.lock'),
    unlock: say('pane.payrun.unlock'),
    lockTitle: say('pane.payrun.lockTitle'),
    lockBody: say('pane.payrun.lockBody', { audit }),
    lockName: say('pane.payrun.lockName'),
    pendingBeforeLock: (n: number) =>
      say(n === 1 ? 'pane.payrun.pendingBeforeLock.one' : 'pane.payrun.pendingBeforeLock', { n }),
    confirmLock: say('pane.payrun.confirmLock'),
    unlockTitle: say('pane.payrun.unlockTitle'),
    unlockBody: say('pane.payrun.unlockBody', { audit }),
    unlockName: say('pane.payrun.unlockName'),
    unlockReason: say('pane.payrun.unlockReason', { audit }),
    confirmUnlock: say('pane.payrun.confirmUnlock'),
    cancel: say('pane.payrun.cancel'),
    downloadSlips: say('pane.payrun.downloadSlips'),
    downloadDingtalk: say('pane.payrun.downloadDingtalk'),
    openDisputes: (n: number) => say(n === 1 ? 'pane.payrun.openDisputes.one' : 'pane.payrun.openDisputes', { n }),
    // Data joined by a middle dot, no words: the same in both languages.
    disputeLine: (who: string, item: string, claim: string, amount: string | null) =>
      [who, item, claim, amount ? `¥${amount}` : ''].filter(Boolean).join(' · '),
    changesTitle: (period: string) => say('pane.payrun.changesTitle', { period }),
    changesNone: say('pane.payrun.changesNone'),
    changesAgents: (n: number) => say(n === 1 ? 'pane.payrun.changesAgents.one' : 'pane.payrun.changesAgents', { n }),
    grossPay: say('component.grossPay'),
    none: say('pane.payrun.none'),
    inputsChanged: say('pane.payrun.inputsChanged'),
    planChanged: say('pane.payrun.planChanged', { plan: INPUT_KIND_TEXT.plan }),
    inputChange: {
      changed: say('pane.payrun.inputChange.changed'),
      added: say('pane.payrun.inputChange.added'),
      removed: say('pane.payrun.inputChange.removed'),
      'not-compared': say('pane.payrun.inputChange.not-compared'),
    },
    confirmReplace: say('pane.payrun.confirmReplace'),
    component: {
      basePay: say('component.basePay'),
      performanceBonus: say('component.performanceBonus'),
      conversionBonus: say('component.conversionBonus'),
      commission: say('component.commission'),
      awards: say('component.awards'),
      fines: say('component.fines'),
    },
  };
}

export const PAYRUN_TEXT: Record<Lang, ReturnType<typeof build>> = { zh: build('zh'), en: build('en') };
