/** Folds line breaks and runs of white space into single spaces (page text shown as one line). */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
