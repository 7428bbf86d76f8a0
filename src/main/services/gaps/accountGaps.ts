import type { CoverageRole, SalesForce } from '../../../shared/domain/enums';
import type { GapRow } from '../../../shared/domain/gaps';
import type { RuleSet } from '../../../shared/rules/territory';
import { specificity } from '../../../shared/rules/territory';
import { templateGaps } from '../../../shared/rules/coverage';
import type { Core } from '../../core/core';
import { dayOfInstant, dayText, idText } from '../../db/codec';

/** An account of the book as the report reads it (gaps/book.ts, `FACTS`). */
export interface AccountFacts {
  id: Buffer;
  name: string;
  salesForce: SalesForce;
  country: string | null;
  region: string | null;
  postcode: string | null;
  industry: string | null;
  kind: string;
  excluded: number;
  isKey: number;
  ownerId: Buffer | null;
  ownerName: string | null;
  leftOn: number | null;
  territoryId: Buffer | null;
  template: string | null;
  roles: string | null;
  lastVisit: number | null;
}

export interface RuledTerritory {
  id: string;
  name: string;
  rules: RuleSet;
}

const NO_RULES: RuleSet = {
  countries: [],
  regions: [],
  postcodes: [],
  industries: [],
  accountKinds: [],
};

/** The live territories of the owners of these accounts (those the rules look at), by hex id. */
export function territoriesOf(
  core: Core,
  facts: readonly AccountFacts[],
): Map<string, RuledTerritory> {
  const ids = new Set<string>();
  for (const f of facts) if (f.territoryId && !f.excluded) ids.add(f.territoryId.toString('hex'));
  const rows = core
    .statement(
      `SELECT id, name, rules FROM territories
       WHERE id IN (SELECT unhex(value) FROM json_each(:ids)) AND deleted = 0 AND archived = 0`,
    )
    .all({ ids: JSON.stringify([...ids]) }) as { id: Buffer; name: string; rules: string }[];
  return new Map(
    rows.map((r) => [
      r.id.toString('hex'),
      {
        id: idText(r.id),
        name: r.name,
        rules: { ...NO_RULES, ...(JSON.parse(r.rules) as RuleSet) },
      },
    ]),
  );
}

/**
 * The gaps of one account: a key account nobody visited since `visitSince` (ms); no
 * owner; an owner who has left by `day`, or whose territory's rules do not hold the
 * account (unless it stays out of rule runs); a strategic account missing a function
 * of its owner's team's template.
 */
export function accountGaps(
  f: AccountFacts,
  territories: ReadonlyMap<string, RuledTerritory>,
  day: number,
  visitSince: number,
): GapRow[] {
  const account = { accountId: idText(f.id), accountName: f.name };
  const gaps: GapRow[] = [];
  if (f.isKey && (f.lastVisit === null || f.lastVisit < visitSince)) {
    const lastVisit = f.lastVisit === null ? null : dayOfInstant(f.lastVisit);
    gaps.push({
      kind: 'key_account_not_visited',
      ...account,
      detail: { lastVisit },
      fix: 'planVisit',
    });
  }
  if (!f.ownerId) {
    gaps.push({ kind: 'no_owner', ...account, detail: {}, fix: 'assign' });
    return gaps;
  }
  const owner = { ownerId: idText(f.ownerId), ownerName: f.ownerName ?? '' };
  if (f.leftOn !== null && f.leftOn <= day) {
    gaps.push({
      kind: 'owner_left',
      ...account,
      detail: { ...owner, leftOn: dayText(f.leftOn) },
      fix: 'assign',
    });
  }
  const territory =
    f.territoryId && !f.excluded ? territories.get(f.territoryId.toString('hex')) : undefined;
  if (territory && specificity(territory.rules, f) === null) {
    gaps.push({
      kind: 'territory_mismatch',
      ...account,
      detail: { ...owner, territoryId: territory.id, territoryName: territory.name },
      fix: 'assign',
    });
  }
  const missing = templateGaps(
    f.salesForce,
    f.template === null ? [] : (JSON.parse(f.template) as CoverageRole[]),
    f.roles === null ? [] : (JSON.parse(f.roles) as CoverageRole[]),
  );
  if (missing.length > 0) {
    gaps.push({
      kind: 'missing_function',
      ...account,
      detail: { ...owner, missing },
      fix: 'staff',
    });
  }
  return gaps;
}
