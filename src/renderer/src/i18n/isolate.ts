/**
 * Text wrapped in Unicode isolates (U+2068…U+2069), so a name in another script keeps
 * its own order inside a sentence: a Latin name ending in "+" in a Persian title.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
