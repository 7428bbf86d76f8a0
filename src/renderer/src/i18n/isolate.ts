/**
 * Text wrapped in Unicode isolates (U+2068…U+2069), so a name in another script keeps
 * its own order inside a sentence: a Latin name ending in "+" in a Persian title.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/**
 * A file's name in a sentence ("Accounts 2026-12-07.csv"): its title keeps its own
 * direction, and the day with the extension after it reads left to right, so a Persian
 * name shows as the title, then `2026-12-07.csv`, in any sentence.
 */
export function isolateFileName(name: string): string {
  const space = name.lastIndexOf(' ');
  if (space < 0) return `\u2066${name}\u2069`;
  return isolate(`${name.slice(0, space)} \u2066${name.slice(space + 1)}\u2069`);
}
