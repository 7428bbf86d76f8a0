import type { ParsedInputOf } from '../../../shared/api';
import type { AccountOverview } from '../../../shared/domain/overview';
import type { Core } from '../../core/core';
import { getAccountDetail } from '../accounts/accounts';
import { listAgreements, listAssessments } from '../relationship/relationship';
import { withLastInteraction } from './contacts';
import { opportunitiesWithOfferings } from './opportunities';
import { purchaseSummary } from './purchases';
import { interactionCounts, listTimeline } from './timeline';

/** How many interactions the timeline shows before "load more". */
const FIRST_PAGE = 50;

/**
 * Everything the Account 360 page shows, in one call. The reads run in one
 * transaction, so the panels agree with each other even while a sync writes from
 * another connection (the counts match the first page, the contacts the timeline).
 */
export function accountOverview(
  core: Core,
  { id }: ParsedInputOf<'accountOverview'>,
): AccountOverview {
  return core.transaction(() => {
    const { account, parent, servedVia, sites, owner, territory, contacts, coverage } =
      getAccountDetail(core, { id });
    const byAccount = { accountId: id, includeArchived: false };
    const assessments = listAssessments(core, byAccount).reverse();
    return {
      account,
      owner,
      territory,
      latestAssessment: assessments[assessments.length - 1] ?? null,
      parent,
      servedVia,
      sites,
      contacts: withLastInteraction(core, id, contacts),
      team: coverage,
      timeline: {
        ...listTimeline(core, { accountId: id, limit: FIRST_PAGE }),
        ...interactionCounts(core, id),
      },
      purchases: purchaseSummary(core, id, account.currency),
      opportunities: opportunitiesWithOfferings(core, id),
      assessments,
      agreements: listAgreements(core, byAccount),
    };
  });
}
