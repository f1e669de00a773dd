import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, LockClosedRegular, LockOpenRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { type DisputeRecord, formatYuan } from '../../engine';
import type { MonthView } from '../state/pane-state';
import { useLang } from '../lang-context';
import { PAYRUN_TEXT } from '../payrun-i18n';
import { loadSignerName, saveSignerName } from '../signer-name';
import { AskDialog } from './AskDialog';
import { column } from './layout-styles';

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalS),
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  period: string;
  month: MonthView | null;
  disabled: boolean;
  /** The period's disputes from the last generation (pending ones are listed). */
  disputes: DisputeRecord[];
  canDownload: boolean;
  onLock: (by: string) => void;
  onUnlock: (by: string, reason: string) => void;
  onDownloadSlips: () => void;
  onDownloadDingtalk: () => void;
}

/** 定稿 / unlock the month, its open disputes, and the private slip downloads. */
export function PayRunPanel({
  period,
  month,
  disabled,
  disputes,
  canDownload,
  onLock,
  onUnlock,
  onDownloadSlips,
  onDownloadDingtalk,
}: Props) {
  const { lang } = useLang();
  const p = PAYRUN_TEXT[lang];
  const styles = useStyles();
  const [asking, setAsking] = useState<'lock' | 'unlock' | null>(null);
  // Prefilled with the name last typed on this computer (signer-name.ts says why not the Office user's).
  const [name, setName] = useState(loadSignerName);
  const [reason, setReason] = useState('');
  const current = month && month.period === period ? month : null;
  const locked = current?.lock?.locked ?? false;
  const pending = disputes.filter((d) => d.status === 'pending');
  const close = () => setAsking(null);
  const accept = () => {
    saveSignerName(name);
    if (asking === 'lock') onLock(name);
    else if (asking === 'unlock') onUnlock(name, reason);
    setAsking(null);
    setReason('');
  };

  return (
    <section className={styles.root} aria-label={p.sectionTitle(period)}>
      <Subtitle2>{p.sectionTitle(period)}</Subtitle2>
      {!current?.generated && <Caption1>{p.notGenerated}</Caption1>}
      {current?.generated && !locked && <Body1>{p.unlocked}</Body1>}
      {locked && current?.lock && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{p.lockedBy(current.lock.by, current.lock.at)}</MessageBarBody>
        </MessageBar>
      )}
      {current?.generated && !locked && (
        <Button icon={<LockClosedRegular />} disabled={disabled} onClick={() => setAsking('lock')}>
          {p.lock}
        </Button>
      )}
      {locked && (
        <Button icon={<LockOpenRegular />} disabled={disabled} onClick={() => setAsking('unlock')}>
          {p.unlock}
        </Button>
      )}
      {pending.length > 0 && (
        <>
          <Body1>{p.openDisputes(pending.length)}</Body1>
          <ul className={styles.list} aria-label={p.openDisputes(pending.length)}>
            {pending.map((d) => (
              <li key={`${d.sheet}-${d.row}`}>
                {p.disputeLine(
                  `${d.agentId} ${d.name}`,
                  d.item,
                  d.claim,
                  d.amount === null ? null : formatYuan(d.amount),
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {canDownload && (
        <>
          <Button icon={<ArrowDownloadRegular />} disabled={disabled} onClick={onDownloadSlips}>
            {p.downloadSlips}
          </Button>
          <Button icon={<ArrowDownloadRegular />} disabled={disabled} onClick={onDownloadDingtalk}>
            {p.downloadDingtalk}
          </Button>
        </>
      )}
      <AskDialog
        open={asking !== null}
        title={asking === 'lock' ? p.lockTitle : p.unlockTitle}
        contentClassName={styles.root}
        acceptLabel={asking === 'lock' ? p.confirmLock : p.confirmUnlock}
        cancelLabel={p.cancel}
        onAccept={accept}
        onDismiss={close}
        acceptDisabled={name.trim() === ''}
      >
        <Body1>{asking === 'lock' ? p.lockBody : p.unlockBody}</Body1>
        {asking === 'lock' && pending.length > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{p.pendingBeforeLock(pending.length)}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={asking === 'lock' ? p.lockName : p.unlockName}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        {asking === 'unlock' && (
          <Field label={p.unlockReason}>
            <Input value={reason} onChange={(_, d) => setReason(d.value)} />
          </Field>
        )}
      </AskDialog>
    </section>
  );
}
