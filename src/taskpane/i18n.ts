/**
 * The pane's strings: a typed view of the one message catalog (`pane.*` in
 * src/engine/messages/pane-*.ts), so components keep reading `t.refresh` and
 * `t.usedRows(n)`. A text missing in one language fails the catalog's test.
 */
// Domain words (kinds, severities, roles, grades, sheet titles) come from the engine's one label set, as the sheets use them.
import {
  acceptedSheetNames,
  GRADE_TEXT,
  IMPORT_SHEET_NAME,
  INPUT_KIND_TEXT,
  inSentence,
  joined,
  labelsIn,
  ROLE_TEXT,
  SEVERITY_TEXT,
  SHEET_TITLES,
  wordsIn,
} from '../engine';
import type { Lang, LocalText } from '../engine';

export type { Lang };

/** Input kinds the payroll cannot run without. */
export type RequiredKind = 'roster' | 'orders' | 'chat';
export const REQUIRED_KINDS: RequiredKind[] = ['roster', 'orders', 'chat'];

// Sheet names come from the engine's alias tables, so a message never lists a name the reader does not accept (or misses one it does).
const sheetAliasesIn = (lang: Lang): Record<RequiredKind, string> =>
  Object.fromEntries(REQUIRED_KINDS.map((k) => [k, acceptedSheetNames(k, lang).join(' / ')])) as Record<
    RequiredKind,
    string
  >;
const importNames = REQUIRED_KINDS.map((k) => IMPORT_SHEET_NAME[k]);

export type Step = 'read' | 'compute' | 'write';

/** Excel failures a manager can act on; anything else is "unexpected". */
export type ExcelProblem = 'cellEditing' | 'tooLarge' | 'notFound' | 'protected' | 'busy' | 'other';

// A count of one has a text of its own (`….one`): English says "1 data row", not "1 data rows".
function build(lang: Lang) {
  const say = wordsIn(lang);
  const word = (label: { zh: string; en: string }) => label[lang];
  /** "A、B和C" / "A, B and C". */
  const list = (items: string[]) =>
    items.length < 2
      ? items.join('')
      : say('pane.listWithLast', { items: joined(items.slice(0, -1)), last: items[items.length - 1] });
  return {
    appTitle: say('pane.appTitle'),
    appSubtitle: say('pane.appSubtitle', { payroll: inSentence(SHEET_TITLES.payroll) }),
    english: say('pane.english'),
    na: say('pane.na'),

    inputsTitle: say('pane.inputsTitle'),
    refresh: say('pane.refresh'),
    loadingSheets: say('pane.loadingSheets'),
    kind: labelsIn(INPUT_KIND_TEXT, lang),
    usedRows: (n: number) => say(n === 1 ? 'pane.usedRows.one' : 'pane.usedRows', { n }),
    dataRows: (n: number) => say(n === 1 ? 'pane.dataRows.one' : 'pane.dataRows', { n }),
    noInputsTitle: say('pane.noInputsTitle'),
    noInputsBody: say('pane.noInputsBody', { sheets: list(importNames) }),
    missingTitle: say('pane.missingTitle'),
    missingSheet: (kind: string, aliases: string) => say('pane.missingSheet', { kind, aliases }),
    otherSheets: (looks: LocalText[]) => say('pane.otherSheets', { looks: joined(looks.map(word), '；', '; ') }),
    sheetAliases: sheetAliasesIn(lang),

    insertDemo: say('pane.insertDemo'),
    insertPlan: say('pane.insertPlan', { plan: inSentence(INPUT_KIND_TEXT.plan) }),
    insertingDemo: say('pane.insertingDemo'),
    insertingPlan: say('pane.insertingPlan', { plan: inSentence(INPUT_KIND_TEXT.plan) }),
    demoInserted: (period: string) => say('pane.demoInserted', { period }),
    planInserted: (sheet: string) => say('pane.planInserted', { sheet }),
    importFiles: say('pane.importFiles'),
    importingFiles: say('pane.importingFiles'),
    filesImported: (sheets: string[]) => say('pane.filesImported', { sheets: joined(sheets) }),
    confirmReplaceTitle: say('pane.confirmReplaceTitle'),
    confirmReplaceBody: (names: string) => say('pane.confirmReplaceBody', { names }),
    replace: say('pane.replace'),
    cancel: say('pane.cancel'),

    validate: say('pane.validate'),
    validating: say('pane.validating'),
    validationOk: (period: string) => say('pane.validationOk', { period }),
    validationFatalTitle: say('pane.validationFatalTitle'),
    issuesTitle: (n: number) => say('pane.issuesTitle', { n }),
    severity: labelsIn(SEVERITY_TEXT, lang),
    workbookLevel: say('pane.workbookLevel'),
    goToCell: (cell: string) => say('pane.goToCell', { cell }),
    valueWas: (value: string) => say('pane.valueWas', { value }),
    moreIssues: (n: number) => say('pane.moreIssues', { n, issuesSheet: SHEET_TITLES.issues }),
    /** Info issues, counted beside the problems that need action. */
    notesBeside: (n: number) => say(n === 1 ? 'pane.notesBeside.one' : 'pane.notesBeside', { n }),

    generate: say('pane.generate'),
    generating: say('pane.generating'),
    step: { read: say('pane.step.read'), compute: say('pane.step.compute'), write: say('pane.step.write') } as Record<
      Step,
      string
    >,
    cancelled: say('pane.cancelled'),

    resultTitle: (period: string) => say('pane.resultTitle', { period }),
    agents: say('pane.agents'),
    shopSales: say('pane.shopSales'),
    silentShare: say('pane.silentShare'),
    /** Silent orders (静默下单: no source named an agent), by count and amount. */
    silentSales: (amount: string, orders: number) => say('pane.silentSales', { amount, n: orders }),
    dataProblems: say('pane.dataProblems'),
    stars: say('pane.stars'),
    noStars: say('pane.noStars'),
    top3: say('pane.top3'),
    role: labelsIn(ROLE_TEXT, lang),
    grade: labelsIn(GRADE_TEXT, lang),
    scoreLabel: say('pane.scoreLabel'),
    openScorecard: say('pane.openScorecard', { scorecard: inSentence(SHEET_TITLES.scorecard) }),
    downloadCsv: say('pane.downloadCsv'),
    csvFileName: (period: string) => say('pane.csvFileName', { payroll: word(SHEET_TITLES.payroll), period }),

    errorTitle: say('pane.errorTitle'),
    inputErrorTitle: say('pane.inputErrorTitle'),
    refusedTitle: say('pane.refusedTitle'),
    excelError: {
      cellEditing: say('pane.excelError.cellEditing'),
      tooLarge: say('pane.excelError.tooLarge', { orders: inSentence(INPUT_KIND_TEXT.orders) }),
      notFound: say('pane.excelError.notFound'),
      protected: say('pane.excelError.protected'),
      busy: say('pane.excelError.busy'),
      other: say('pane.excelError.other'),
    } as Record<ExcelProblem, string>,
    unexpected: say('pane.unexpected'),
    details: (text: string) => say('pane.details', { text }),
    dismiss: say('pane.dismiss'),

    notInExcelTitle: say('pane.notInExcelTitle'),
    notInExcelBody: say('pane.notInExcelBody', { app: say('pane.appTitle') }),
  };
}

export type Strings = ReturnType<typeof build>;

export const STRINGS: Record<Lang, Strings> = { zh: build('zh'), en: build('en') };

export function strings(lang: Lang): Strings {
  return STRINGS[lang];
}
