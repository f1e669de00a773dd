import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { strings } from '../i18n';

/** Shown when the page is opened outside Excel (or office.js could not load). */
export function NotInExcel() {
  return (
    <FluentProvider theme={webLightTheme}>
      {(['zh', 'en'] as const).map((lang) => (
        <MessageBar key={lang} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings(lang).notInExcelTitle}</MessageBarTitle>
            {strings(lang).notInExcelBody}
          </MessageBarBody>
        </MessageBar>
      ))}
    </FluentProvider>
  );
}
