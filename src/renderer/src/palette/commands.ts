import { toWords } from '../../../shared/text';
import { navigate, paths } from '../app/router';
import { openLogInteraction } from '../record/logInteractionStore';

export interface Command {
  id: 'logInteraction' | 'newAccount' | 'myWeek' | 'accountList';
  run: () => void;
}

/** What the palette can do besides opening a search hit; labels are `palette.commands.<id>`. */
export const commands: Command[] = [
  { id: 'logInteraction', run: () => openLogInteraction() },
  { id: 'newAccount', run: () => navigate(paths.accountNew()) },
  { id: 'myWeek', run: () => navigate('#/week') },
  { id: 'accountList', run: () => navigate(paths.accounts()) },
];

/**
 * A command matches when every typed word begins a word of its label or keywords, folded
 * as search folds (`ghi` finds "Ghi", `mote` finds "Møte"); an empty query matches all.
 */
export function commandMatches(words: string, query: string): boolean {
  const own = toWords(words);
  return toWords(query).every((typed) => own.some((word) => word.startsWith(typed)));
}
