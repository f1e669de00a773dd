/**
 * Cross-sheet references in formulas and what happens to them. Excel keeps a
 * reference pointing at the same sheet when that sheet is renamed (the
 * formula's text changes to the new name) and replaces it with #REF! when the
 * sheet is deleted ("How to correct a #REF! error",
 * https://support.microsoft.com/office/822c8e46-e610-4d03-9a7b-5d6b1b2e1c6c:
 * "the #REF! error shows when a formula refers to a cell that's not valid …
 * cells that were referenced by formulas have been deleted").
 */
const SHEET_REF = /('(?:[^']|'')+'|[A-Za-z_\u3400-\u9fff][\w.\u3400-\u9fff]*)!/g;

export function unquoteSheet(token: string): string {
  return token.startsWith("'") ? token.slice(1, -1).replace(/''/g, "'") : token;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_\u3400-\u9fff][\w.\u3400-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The formula with every reference to `from` pointing at `to` (or at #REF! when `to` is null). */
export function retargetSheet(formula: string, from: string, to: string | null): string {
  const lower = from.toLowerCase();
  return formula.replace(SHEET_REF, (whole, token: string) => {
    if (unquoteSheet(token).toLowerCase() !== lower) return whole;
    return to === null ? '#REF!' : `${quoteSheet(to)}!`;
  });
}
