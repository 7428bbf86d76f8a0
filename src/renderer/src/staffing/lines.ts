import type { CoverageRow, StaffingEntry } from '../../../shared/domain/assignment';
import type { CoverageRole, MemberFunction } from '../../../shared/domain/enums';

/** How a member covers the account: its owner, a team member, or an overlay on top of 100%. */
export type LineKind = 'owner' | 'member' | 'overlay';
export const LINE_KINDS: readonly LineKind[] = ['owner', 'member', 'overlay'];

/** One line of the staffing dialog, as typed. */
export interface Line {
  /** React's key: the assignment's id, or a new line's own. */
  readonly key: string;
  /** The assignment the line keeps; null for a new one. */
  readonly id: string | null;
  readonly memberId: string | null;
  readonly kind: LineKind;
  readonly role: CoverageRole;
  /** The credit share in percent; null while the field is empty. */
  readonly share: number | null;
  /** When the cover began; null for a new line (it starts today). */
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

const kindOf = (c: Pick<CoverageRow, 'isOwner' | 'overlay'>): LineKind =>
  c.isOwner ? 'owner' : c.overlay ? 'overlay' : 'member';

/** The dialog's lines for the account's cover today, the owner first. */
export function linesOf(coverage: readonly CoverageRow[]): Line[] {
  return coverage.map((c) => ({
    key: c.id,
    id: c.id,
    memberId: c.memberId,
    kind: kindOf(c),
    role: c.role,
    share: c.creditShare,
    validFrom: c.validFrom,
    validTo: c.validTo,
  }));
}

/** A new line: the owner (with it all) when it is the first, else a team member with none. */
export function newLine(existing: readonly Line[]): Line {
  const first = existing.length === 0;
  return {
    key: crypto.randomUUID(),
    id: null,
    memberId: null,
    kind: first ? 'owner' : 'member',
    role: first ? 'account_manager' : 'sales',
    share: first ? 100 : 0,
    validFrom: null,
    validTo: null,
  };
}

/** What a line says to the contract; the shared schema and the core check the rest. */
export function entryOf(line: Line): StaffingEntry {
  return {
    id: line.id,
    memberId: line.memberId ?? '',
    role: line.role,
    isOwner: line.kind === 'owner',
    overlay: line.kind === 'overlay',
    creditShare: line.share ?? Number.NaN,
    // a revenue share runs until the account is staffed again; it names no end of its own
    validTo: line.kind === 'overlay' ? line.validTo : null,
  };
}

/** The revenue shares typed so far, to a hundredth of a percent (overlays are on top). */
export function revenueSum(lines: readonly Line[]): number {
  const sum = lines
    .filter((line) => line.kind !== 'overlay')
    .reduce((total, line) => total + (line.share ?? 0), 0);
  return Math.round(sum * 100) / 100;
}

/** Makes `index` the owner; the owner it replaces stays on as a team member. */
export function withOwner(lines: readonly Line[], index: number): Line[] {
  return lines.map((line, i) => {
    if (i === index) return { ...line, kind: 'owner' };
    return line.kind === 'owner' ? { ...line, kind: 'member' } : line;
  });
}

/** The function a member usually covers an account in, from what they do. */
const ROLE_OF: Record<MemberFunction, CoverageRole> = {
  sales: 'sales',
  application_engineer: 'application_engineer',
  quality_engineer: 'quality_engineer',
  service: 'service',
  sales_manager: 'account_manager',
  channel_manager: 'distributor_rep',
  other: 'sales',
};
export const roleFor = (fn: MemberFunction): CoverageRole => ROLE_OF[fn];

/** Whether the lines still say what the account's cover says (nothing typed yet). */
export function sameLines(a: readonly Line[], b: readonly Line[]): boolean {
  return JSON.stringify(a.map(entryOf)) === JSON.stringify(b.map(entryOf));
}
