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
