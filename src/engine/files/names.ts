/** The sheet a CSV becomes: the file's name without folder or extension, made unique among the sheets already there. */
export function sheetNameForFile(fileName: string, taken: Iterable<string>): string {
  const base =
    fileName
      .replace(/^.*[\\/]/, '')
      .replace(/\.[^.]*$/, '')
      .trim() || 'CSV';
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
