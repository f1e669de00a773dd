/**
 * The pane's language, shared through React context so components read it
 * (and its strings) without every parent passing `lang` down.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../engine';
import { strings, type Strings } from './i18n';
import { loadLang, saveLang } from './lang-preference';

export interface LangContextValue {
  lang: Lang;
  t: Strings;
  /** Switches the language and remembers the choice. */
  setLang: (next: Lang) => void;
}

const LangContext = createContext<LangContextValue | null>(null);

export function LangProvider({
  initialLang,
  hostLang,
  children,
}: {
  initialLang?: Lang;
  hostLang?: Lang;
  children: ReactNode;
}) {
  const [lang, setLangState] = useState<Lang>(() => initialLang ?? loadLang(hostLang));
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    saveLang(next);
  }, []);
  const value = useMemo(() => ({ lang, t: strings(lang), setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangContextValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang must be used inside <LangProvider>');
  return value;
}
