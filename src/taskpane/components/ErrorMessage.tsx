import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { UiError } from '../errors';
import { useLang } from '../lang-context';

interface Props {
  error: Exclude<UiError, { kind: 'cancelled' }>;
  onDismiss: () => void;
}

/** A failure in words a manager can act on, in the current language. */
export function ErrorMessage({ error, onDismiss }: Props) {
  const { lang, t } = useLang();
  let title = t.errorTitle;
  let body: ReactNode;
  switch (error.kind) {
    case 'missingSheets':
      title = t.missingTitle;
      body = (
        <>
          {error.missing.map((k) => (
            <div key={k}>{t.missingSheet(t.kind[k], t.sheetAliases[k])}</div>
          ))}
          {error.others.length > 0 && <div>{t.otherSheets(error.others)}</div>}
        </>
      );
      break;
    case 'input':
      title = t.inputErrorTitle;
      body = error.issues.map((i, k) => <div key={k}>{i.message[lang]}</div>);
      break;
    case 'refused':
      title = t.refusedTitle;
      body = error.message[lang];
      break;
    case 'excel':
      body = t.excelError[error.problem];
      break;
    case 'unexpected':
      body = (
        <>
          <div>{t.unexpected}</div>
          {error.detail && <Caption1>{t.details(error.detail)}</Caption1>}
        </>
      );
      break;
  }
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={t.dismiss} icon={<DismissRegular />} onClick={onDismiss} />
        }
      />
    </MessageBar>
  );
}
