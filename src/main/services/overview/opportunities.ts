import { SellingStep } from '../../../shared/domain/enums';
import type { Opportunity } from '../../../shared/domain/commerce';
import type { OverviewOpportunity } from '../../../shared/domain/overview';
import type { Core } from '../../core/core';
import { hexIdList, idText } from '../../db/codec';
import { listOpportunities } from '../opportunities/opportunities';

type OfferingRef = NonNullable<OverviewOpportunity['coreProduct']>;

/**
 * The account's live deals, open ones first, soonest expected close first, each with its step's
 * number among the seven and its offering named: the core product and the chosen
 * services, read in one query for all deals.
 */
export function opportunitiesWithOfferings(core: Core, accountId: string): OverviewOpportunity[] {
  const deals = listOpportunities(core, { accountId, includeArchived: false });
  const offerings = offeringsNamed(
    core,
    deals.flatMap((d) => (d.coreProductId ? [d.coreProductId, ...d.serviceIds] : d.serviceIds)),
  );
  // An offering removed from the catalogue since is left out rather than shown unnamed.
  const known = (ids: readonly string[]) =>
    ids.map((id) => offerings.get(id)).filter((o): o is OfferingRef => o !== undefined);
  return deals
    .map((d) => ({
      ...d,
      stepNumber: SellingStep.options.indexOf(d.step) + 1,
      coreProduct: d.coreProductId ? (offerings.get(d.coreProductId) ?? null) : null,
      services: known(d.serviceIds),
    }))
    .sort(byUrgency);
}

/** Open deals first; the list's own order (soonest expected close) within each (a stable sort). */
function byUrgency(a: Opportunity, b: Opportunity): number {
  return Number(b.status === 'open') - Number(a.status === 'open');
}

function offeringsNamed(core: Core, ids: readonly string[]): Map<string, OfferingRef> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = core
    .statement(
      // CROSS JOIN keeps the named ids outside: one lookup each, however large the catalogue.
      `SELECT o.id, o.name, o.kind, o.service, o.product_line AS productLine
       FROM json_each(?) j CROSS JOIN offerings o ON o.id = unhex(j.value) WHERE o.deleted = 0`,
    )
    .all(hexIdList(unique)) as (Omit<OfferingRef, 'id'> & { id: Buffer })[];
  return new Map(rows.map((r) => [idText(r.id), { ...r, id: idText(r.id) }]));
}
