import { describe, expect, it } from 'vitest';
import type { CoverageRow } from '../../../src/shared/domain/assignment';
import { AccountStaffing } from '../../../src/shared/domain/assignment';
import {
  entryOf,
  linesOf,
  newLine,
  revenueSum,
  sameLines,
  withOwner,
  type Line,
} from '../../../src/renderer/src/staffing/lines';

const row = (id: string, over: Partial<CoverageRow>): CoverageRow => ({
  id,
  accountId: '0190a1b2-0000-7000-8000-000000000001',
  memberId: `0190a1b2-0000-7000-8000-00000000010${id}`,
  role: 'sales',
  isOwner: false,
  overlay: false,
  creditShare: 0,
  validFrom: '2026-01-01',
  validTo: null,
  reason: null,
  assignedById: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  archived: false,
  memberName: `Member ${id}`,
  memberSalesForce: 'strategic',
  memberFunction: 'sales',
  ...over,
});

const coverage = [
  row('1', { role: 'account_manager', isOwner: true, creditShare: 70 }),
  row('2', { role: 'application_engineer', creditShare: 30 }),
  row('3', { overlay: true, creditShare: 50, validTo: '2099-06-30' }),
];

describe('the staffing dialog’s lines', () => {
  it('read the cover as owner, team member and overlay, and say it back unchanged', () => {
    const lines = linesOf(coverage);
    expect(lines.map((l) => [l.kind, l.share])).toEqual([
      ['owner', 70],
      ['member', 30],
      ['overlay', 50],
    ]);
    const entries = lines.map(entryOf);
    expect(entries[0]).toMatchObject({ id: '1', isOwner: true, overlay: false, validTo: null });
    expect(entries[2]).toMatchObject({ overlay: true, validTo: '2099-06-30' });
    expect(sameLines(lines, linesOf(coverage))).toBe(true);
  });

  it('add up the revenue shares only, to a hundredth', () => {
    const lines = linesOf(coverage);
    expect(revenueSum(lines)).toBe(100);
    const thirds: Line[] = [33.33, 33.33, 33.34].map((share, i) => ({
      ...lines[1]!,
      key: String(i),
      share,
    }));
    expect(revenueSum(thirds)).toBe(100);
    expect(revenueSum([{ ...lines[0]!, share: null }])).toBe(0);
  });

  it('keep one owner: a new owner turns the old one into a team member', () => {
    const lines = withOwner(linesOf(coverage), 1);
    expect(lines.map((l) => l.kind)).toEqual(['member', 'owner', 'overlay']);
  });

  it('start an empty staffing with its owner, then add team members with no share', () => {
    const first = newLine([]);
    expect(first).toMatchObject({ kind: 'owner', role: 'account_manager', share: 100, id: null });
    expect(newLine([first])).toMatchObject({ kind: 'member', share: 0 });
    expect(newLine([first]).key).not.toBe(newLine([first]).key);
  });

  it('give a revenue share no end of its own, and an empty share to the schema to name', () => {
    const [owner] = linesOf(coverage);
    expect(entryOf({ ...owner!, validTo: '2099-01-01' }).validTo).toBeNull();
    const parsed = AccountStaffing.safeParse({
      accountId: '0190a1b2-0000-7000-8000-000000000001',
      team: [entryOf({ ...owner!, id: null, share: null })],
    });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual([
      'team.0.creditShare',
    ]);
  });
});
