/** Pay-run control: change lists, private slips, DingTalk / WeCom export. */
export { readPreviousRun, CompareRefused } from './previous-run';
export type { PreviousRun, PreviousAgent } from './previous-run';
export { compareRuns, changesJson } from './compare';
export type { PayRunChanges, AgentChange, InputChange, PlanChange } from './compare';
export { changesRows, withChangesSection, componentWhy, inputChangeDetail, whichCellNote } from './changes-section';
export { buildSlips, slipSheet, slipFileName, safeFileName } from './slips';
export type { Slip } from './slips';
export { dingtalkSheet } from './dingtalk';
export { withOutputFiles, recordedOutputFiles } from './output-files';
export type { OutputFileKind, RecordedFile } from './output-files';
export { pendingDisputesIn } from './pending-disputes';
export { disputedMonths } from './disputed-months';
export {
  lockState,
  lockRow,
  lockRows,
  auditWithLockRow,
  carriedLockRows,
  withLockHistory,
  auditSheetNames,
  isLockRecordSheet,
} from './lock';
export type { LockState } from './lock';
