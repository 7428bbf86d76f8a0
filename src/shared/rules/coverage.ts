import type { CoverageRole, SalesForce } from '../domain/enums';
import { messages } from '../domain/messages';
import type { RowRefusal } from './rowRules';

/** An assignment as the coverage rules read it. */
export interface Cover {
  readonly id: string;
  readonly memberName: string;
  readonly isOwner: boolean;
  /** An overlay share is credited on top: it is not part of the account's 100%. */
  readonly overlay: boolean;
  readonly creditShare: number;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** The assignment fields a write must set for the coverage rules to be asked again. */
export const COVERAGE_FIELDS = [
  'accountId',
  'isOwner',
  'overlay',
  'creditShare',
  'validFrom',
  'validTo',
];

/**
 * Whether two assignments are in force on a common day. The end day is the last day
 * of cover, except against one that starts on it: an owner handed over on a day ends
 * on that day, and the day is the incoming owner's (issue 20).
 */
export function overlaps(
  a: Pick<Cover, 'validFrom' | 'validTo'>,
  b: Pick<Cover, 'validFrom' | 'validTo'>,
): boolean {
  const endsBy = (end: string | null, start: string) => end !== null && end <= start;
  return !endsBy(a.validTo, b.validFrom) && !endsBy(b.validTo, a.validFrom);
}

/**
 * The rules that span an account's assignments (DESIGN §9), asked by the core before it
 * writes an assignment and by the sync server before it stores one, with the account's
 * other assignments as each keeps them: the revenue shares in force together add up to
 * at most 100% (overlay shares are on top), and an account has one owner at a time.
 * Only what is in force from today on is compared: an assignment that ended before
 * today changes neither. (That the revenue shares add up to exactly 100% is a rule of
 * an account's whole staffing, asked by the one write that sets it: `splitRefusal`.)
 */
export function coverageRefusal(
  next: Cover,
  others: readonly Cover[],
  today: string,
  accountName: string,
): RowRefusal | null {
  const ended = (c: Cover) => c.validTo !== null && c.validTo < today;
  if (ended(next)) return null;
  const current = others.filter((o) => o.id !== next.id && !ended(o) && overlaps(o, next));
  if (!next.overlay) {
    const given = current.reduce((sum, o) => sum + (o.overlay ? 0 : o.creditShare), 0);
    if (given + next.creditShare > 100) {
      return {
        field: 'creditShare',
        message: messages.creditOver({
          account: accountName,
          total: given + next.creditShare,
          given,
        }),
      };
    }
  }
  const owner = next.isOwner ? current.find((o) => o.isOwner) : undefined;
  if (owner)
    return { field: 'isOwner', message: messages.alreadyOwned({ name: owner.memberName }) };
  return null;
}

/**
 * An account's staffing as one write sets it: the revenue shares of the assignments in
 * force on `day` add up to exactly 100%, or there are none. Null when they do.
 */
export function splitRefusal(
  covers: readonly Cover[],
  day: string,
  accountName: string,
): RowRefusal | null {
  const revenue = inForce(covers, day).filter((c) => !c.overlay);
  if (revenue.length === 0) return null;
  // Shares are kept to a hundredth of a percent: 33.33 + 33.33 + 33.34 is 100.
  const total = Math.round(revenue.reduce((sum, c) => sum + c.creditShare, 0) * 100) / 100;
  if (total === 100) return null;
  return { field: 'creditShare', message: messages.splitNot100({ account: accountName, total }) };
}

/**
 * The assignments in force on a day: one that ends on it gives way to any other that
 * starts on it (a hand-over, or a staffing that replaced it; the one it replaced may
 * have started that day too), so an account's cover of one day never adds up twice.
 */
export function inForce<C extends Cover>(covers: readonly C[], day: string): C[] {
  const starting = covers.filter((c) => c.validFrom === day);
  const over = (c: C) =>
    c.validTo !== null &&
    (c.validTo < day || (c.validTo === day && starting.some((s) => s.id !== c.id)));
  return covers.filter((c) => c.validFrom <= day && !over(c));
}
/**
 * A member who has left is given no new accounts: a new assignment of theirs must end
 * before the day they left (history may still be written down). Null when allowed.
 */
export function leftRefusal(
  member: { readonly name: string; readonly leftOn: string | null },
  next: Pick<Cover, 'validTo'>,
): RowRefusal | null {
  if (member.leftOn === null || (next.validTo !== null && next.validTo < member.leftOn)) {
    return null;
  }
  return {
    field: 'memberId',
    message: messages.memberLeft({ name: member.name, day: member.leftOn }),
  };
}

/**
 * The functions of its team's template that a strategic account's cover leaves unfilled
 * (an application engineer, say): asked by the core of the staffing it keeps and by the
 * staffing dialog of the one being typed. Other accounts follow no template.
 */
export function templateGaps(
  salesForce: SalesForce,
  template: readonly CoverageRole[],
  roles: Iterable<CoverageRole>,
): CoverageRole[] {
  if (salesForce !== 'strategic') return [];
  const filled = new Set(roles);
  return template.filter((role) => !filled.has(role));
}
