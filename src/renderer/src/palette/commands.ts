import { navigate, paths } from '../app/router';
import { openOpportunity } from '../account360/opportunityDialogStore';
import { openLogInteraction } from '../record/logInteractionStore';

export interface Command {
  id: 'logInteraction' | 'newAccount' | 'myWeek' | 'accountList' | 'newOpportunity';
  /** Offered only on an account's page, when the write rule lets the person sell there. */
  sells?: true;
  run: (accountId: string | null) => void;
}

/** What the palette can do besides opening a search hit; labels are `palette.commands.<id>`. */
export const commands: Command[] = [
  // Over an account's page, that account is filled in.
  {
    id: 'logInteraction',
    run: (accountId) => openLogInteraction({ accountId: accountId ?? undefined }),
  },
  { id: 'newAccount', run: () => navigate(paths.accountNew()) },
  { id: 'myWeek', run: () => navigate('#/week') },
  { id: 'accountList', run: () => navigate(paths.accounts()) },
  {
    id: 'newOpportunity',
    sells: true,
    run: (accountId) => accountId && openOpportunity(accountId),
  },
];
