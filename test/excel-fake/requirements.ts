/**
 * Requirement sets. Every member of the Excel API belongs to a requirement
 * set (the `[Api set: ExcelApi 1.x]` remark on each member in
 * @types/office-js, and https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 * An add-in may only rely on the sets its manifest declares
 * (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements):
 * on a host without the set the member does not exist. The fake records each
 * member a batch uses and refuses one whose set is above what the fake was
 * told the manifest declares (`fake.declaredSets`).
 */
import { FakeOfficeError } from './errors';

/** The set of each Excel member the fake implements, as the typings' remarks say (test/excel/requirement-sets.test.ts checks them). */
export const MEMBER_SETS: Record<string, string> = {
  'Application.suspendApiCalculationUntilNextSync': 'ExcelApi 1.6',
  'Chart.delete': 'ExcelApi 1.1',
  'Chart.name': 'ExcelApi 1.1',
  'Chart.series': 'ExcelApi 1.1',
  'Chart.setPosition': 'ExcelApi 1.1',
  'Chart.title': 'ExcelApi 1.1',
  'ConditionalFormatCollection.clearAll': 'ExcelApi 1.6',
  'ChartCollection.add': 'ExcelApi 1.1',
  'ChartCollection.getItem': 'ExcelApi 1.1',
  'ChartSeries.axisGroup': 'ExcelApi 1.8',
  'ChartSeries.chartType': 'ExcelApi 1.7',
  'ChartSeries.name': 'ExcelApi 1.1',
  'ChartSeries.setValues': 'ExcelApi 1.7',
  'ChartSeries.setXAxisValues': 'ExcelApi 1.7',
  'ChartSeriesCollection.add': 'ExcelApi 1.7',
  'ChartSeriesCollection.getItemAt': 'ExcelApi 1.1',
  'ChartTitle.text': 'ExcelApi 1.1',
  'Functions.date': 'ExcelApi 1.2',
  'Range.values': 'ExcelApi 1.1',
  'Range.formulas': 'ExcelApi 1.1',
  'Range.numberFormat': 'ExcelApi 1.1',
  'Range.clear': 'ExcelApi 1.1',
  'Range.copyFrom': 'ExcelApi 1.9',
  'Range.select': 'ExcelApi 1.1',
  'Range.conditionalFormats': 'ExcelApi 1.6',
  'Range.getMergedAreasOrNullObject': 'ExcelApi 1.13',
  'Range.merge': 'ExcelApi 1.2',
  'RangeAreas.areaCount': 'ExcelApi 1.9',
  'RangeAreas.areas': 'ExcelApi 1.9',
  'RangeFormat.columnWidth': 'ExcelApi 1.2',
  'RangeFormat.protection': 'ExcelApi 1.2',
  'RangeFormat.useStandardWidth': 'ExcelApi 1.7',
  'RangeSort.apply': 'ExcelApi 1.2',
  'Setting.delete': 'ExcelApi 1.4',
  'Setting.value': 'ExcelApi 1.4',
  'Table.columns': 'ExcelApi 1.1',
  'SettingCollection.add': 'ExcelApi 1.4',
  'SettingCollection.getItem': 'ExcelApi 1.4',
  'SettingCollection.getItemOrNullObject': 'ExcelApi 1.4',
  'Table.delete': 'ExcelApi 1.1',
  'Table.getRange': 'ExcelApi 1.1',
  'Table.name': 'ExcelApi 1.1',
  'Table.resize': 'ExcelApi 1.13',
  'Table.style': 'ExcelApi 1.1',
  'Table.showFilterButton': 'ExcelApi 1.3',
  'TableCollection.add': 'ExcelApi 1.1',
  'TableCollection.getItem': 'ExcelApi 1.1',
  'TableCollection.getItemOrNullObject': 'ExcelApi 1.4',
  'TableColumn.delete': 'ExcelApi 1.1',
  'TableColumnCollection.add': 'ExcelApi 1.4', // 1.1 with an index below the count (the adapter's use); the typings' remark also names 1.4
  'TableColumnCollection.getItem': 'ExcelApi 1.1',
  'Workbook.insertWorksheetsFromBase64': 'ExcelApi 1.13',
  'Workbook.settings': 'ExcelApi 1.4',
  'Worksheet.activate': 'ExcelApi 1.1',
  'Worksheet.autoFilter': 'ExcelApi 1.9',
  'Worksheet.charts': 'ExcelApi 1.1',
  'Worksheet.delete': 'ExcelApi 1.1',
  'Worksheet.freezePanes': 'ExcelApi 1.7',
  'Worksheet.getRange': 'ExcelApi 1.1',
  'Worksheet.getRangeByIndexes': 'ExcelApi 1.7',
  'Worksheet.getUsedRange': 'ExcelApi 1.1',
  'Worksheet.getUsedRangeOrNullObject': 'ExcelApi 1.4',
  'Worksheet.name': 'ExcelApi 1.1',
  'Worksheet.pageLayout': 'ExcelApi 1.9',
  'Worksheet.position': 'ExcelApi 1.1',
  'Worksheet.protection': 'ExcelApi 1.2',
  'Worksheet.visibility': 'ExcelApi 1.2', // 1.1 to read it, 1.2 to set it; the adapter sets it
  'WorksheetCollection.add': 'ExcelApi 1.1',
  'WorksheetCollection.getItem': 'ExcelApi 1.1',
  'WorksheetCollection.getItemOrNullObject': 'ExcelApi 1.4',
};

/** What manifest.xml declares (test/manifest/manifest-content.test.ts keeps the two equal). */
export const MANIFEST_SETS: Record<string, string> = {
  ExcelApi: '1.9',
  SharedRuntime: '1.1',
  CustomFunctionsRuntime: '1.3',
};

export function parseSet(set: string): { name: string; version: string } {
  const m = /^(\S+)\s+(\d+(?:\.\d+)?)$/.exec(set.trim());
  if (!m) throw new Error(`Not a requirement set: ${set}`);
  return { name: m[1], version: m[2] };
}

/** -1, 0, 1 comparing "1.10" and "1.9" as versions, not as decimals. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export function isDeclared(set: string, declared: Record<string, string>): boolean {
  const { name, version } = parseSet(set);
  const have = declared[name];
  return have !== undefined && compareVersions(version, have) <= 0;
}

/** Office.js throws ApiNotFound for a member the host does not implement; the fake throws it for one the manifest does not declare. */
export function checkMember(member: string, declared: Record<string, string> | null, used: Set<string>): void {
  used.add(member);
  const set = MEMBER_SETS[member];
  if (set === undefined)
    throw new Error(`The fake does not know the requirement set of ${member}: add it to MEMBER_SETS`);
  if (declared && !isDeclared(set, declared)) {
    throw new FakeOfficeError('ApiNotFound', `${member} needs ${set}, which the manifest does not declare.`);
  }
}
