import type { RowRefusal } from './rowRules';

/** An assignment as the coverage rules read it. */
export interface Cover {
  readonly id: string;
  readonly memberName: string;
  readonly isOwner: boolean;
  readonly creditShare: number;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** The assignment fields a write must set for the coverage rules to be asked again. */
export const COVERAGE_FIELDS = ['accountId', 'isOwner', 'creditShare', 'validFrom', 'validTo'];

/**
 * The rules that span an account's assignments (DESIGN §9), asked by the core before it
 * writes an assignment and by the sync server before it stores one, with the account's
 * other assignments as each keeps them: credit is shared out of 100% among the
 * assignments that count today (not ended before it), and an account has one owner at a
 * time. An assignment that ended before today changes neither.
 */
export function coverageRefusal(
  next: Cover,
  others: readonly Cover[],
  today: string,
  accountName: string,
): RowRefusal | null {
  if (next.validTo !== null && next.validTo < today) return null;
  const current = others.filter(
    (o) => o.id !== next.id && (o.validTo === null || o.validTo >= today),
  );
  const total = current.reduce((sum, o) => sum + o.creditShare, 0);
  if (total + next.creditShare > 100) {
    return {
      field: 'creditShare',
      message: `Credit shares for ${accountName} would add up to ${total + next.creditShare}% (at most 100%; ${total}% is already given)`,
    };
  }
  const owner = next.isOwner ? current.find((o) => o.isOwner) : undefined;
  if (owner) {
    return {
      field: 'isOwner',
      message: `${owner.memberName} already owns this account; hand it over instead (set a new owner)`,
    };
  }
  return null;
}
