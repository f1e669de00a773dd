import { type ReactNode, useEffect, useState } from 'react';

/**
 * Its children, mounted one task after the rest of the view. Why: the results appear in one React commit, and
 * the charts in it measure their legends (Fluent's overflow manager), a forced layout of the whole pane; at
 * 200,000 orders that commit was the pane's longest main-thread task (issue 17: none over 200 ms). Apart, each
 * is a short task and the page can paint between them.
 */
export function InNextTask({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return shown ? children : null;
}
