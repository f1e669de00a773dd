/**
 * The pane's two stacking layouts, for makeStyles: panels and lists stack their children in a column, and lists
 * drop the bullets and indent the browser gives them. Only the gap differs from place to place.
 */
export const column = (gap: string) => ({ display: 'flex', flexDirection: 'column', gap }) as const;

export const bareList = (gap: string) =>
  ({ listStyleType: 'none', margin: '0', padding: '0', ...column(gap) }) as const;
