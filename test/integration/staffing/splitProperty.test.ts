import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import type { StaffingEntry } from '../../../src/shared/domain/assignment';
import type { CoverageRole } from '../../../src/shared/domain/enums';
import { inForce } from '../../../src/shared/rules/coverage';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { teamBook, type TeamBook } from '../../support/teamBook';

/**
 * Issue 20: after any sequence of staffing operations (staffing an account, valid or
 * not, handing it to a new owner, handing a member's cover over to another) and undos
 * (staffing it back as it was before the last one, undoing the last hand-over), every
 * account's live revenue shares add up to exactly 100%, or it has none.
 */
let t: TestCore;
let b: TeamBook;
let pool: string[];
beforeAll(async () => {
  t = openTestCore();
  b = await teamBook(t.api);
  const extra = await Promise.all(
    ['Ana', 'Bao', 'Cem'].map((name) =>
      t.api.createTeamMember({ name, salesForce: 'strategic', teamId: b.team.id }),
    ),
  );
  pool = [b.rep.id, b.lead.id, ...extra.map((m) => m.id)];
  setProfile(t.core, b.lead.id);
});
afterAll(() => t.close());

const ROLES: CoverageRole[] = ['account_manager', 'sales', 'application_engineer', 'service'];

/** A team drawn at random: shares that may or may not add up, owners that may be wrong. */
const staffing = fc.record({
  kind: fc.constant('staff' as const),
  members: fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 0, maxLength: 4 }),
  shares: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }),
  exact: fc.boolean(),
  owner: fc.integer({ min: 0, max: 4 }),
  overlay: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  keep: fc.boolean(),
});
const handOver = fc.record({
  kind: fc.constant('owner' as const),
  member: fc.integer({ min: 0, max: 4 }),
});
const undo = fc.record({ kind: fc.constant('undo' as const) });
/** A hand-over of the account from one member to another (often one who covers none). */
const bookHandOver = fc.record({
  kind: fc.constant('handOver' as const),
  from: fc.integer({ min: 0, max: 4 }),
  to: fc.integer({ min: 0, max: 4 }),
});
const handOverUndo = fc.record({ kind: fc.constant('undoHandOver' as const) });
const operation = fc.oneof(
  { weight: 4, arbitrary: staffing },
  handOver,
  undo,
  { weight: 2, arbitrary: bookHandOver },
  { weight: 2, arbitrary: handOverUndo },
);

type Op = typeof staffing extends fc.Arbitrary<infer S> ? S : never;

function teamOf(op: Op, current: Awaited<ReturnType<typeof t.api.getStaffing>>): StaffingEntry[] {
  const ids = op.members.map((m) => pool[m]!);
  const revenue = ids.map((_, i) => !op.overlay[i]);
  const raw = ids.map((_, i) => op.shares[i]!);
  // An exact draw scales the revenue shares to 100; the last takes the rounding.
  if (op.exact && revenue.some(Boolean)) {
    const sum = raw.reduce((s, v, i) => s + (revenue[i] ? v : 0), 0) || 1;
    let left = 100;
    const last = revenue.lastIndexOf(true);
    raw.forEach((v, i) => {
      if (!revenue[i]) return;
      raw[i] = i === last ? left : Math.floor((v * 100) / sum);
      left -= i === last ? 0 : raw[i]!;
    });
  }
  return ids.map((memberId, i) => {
    const was = current.coverage.find((c) => c.memberId === memberId);
    return {
      id: op.keep && was ? was.id : null,
      memberId,
      role: ROLES[i % ROLES.length]!,
      isOwner: i === op.owner % Math.max(ids.length, 1),
      overlay: op.overlay[i]!,
      creditShare: raw[i]!,
      validTo: null,
    };
  });
}

const today = () => new Date().toISOString().slice(0, 10);

async function liveRevenue(accountId: string): Promise<number> {
  const history = await t.api.listCoverage({ accountId, includeEnded: true });
  const live = inForce(history, today()).filter((c) => !c.overlay);
  return Math.round(live.reduce((s, c) => s + c.creditShare, 0) * 100) / 100;
}

it('keeps every account’s live revenue shares at exactly 100% or none, through staffing and undos', async () => {
  let refused = 0;
  let done = 0;
  let handedOver = 0;
  let handOversUndone = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (ops) => {
      const account = await t.api.createAccount({ name: 'Property Co', ownerId: pool[0] });
      const undoStack: StaffingEntry[][] = [];
      const handOvers: string[] = [];
      for (const op of ops) {
        const current = await t.api.getStaffing({ accountId: account.id });
        const snapshot: StaffingEntry[] = current.coverage.map((c) => ({
          id: null,
          memberId: c.memberId,
          role: c.role,
          isOwner: c.isOwner,
          overlay: c.overlay,
          creditShare: c.creditShare,
          // only an overlay names its end; a revenue share runs until staffed again
          validTo: c.overlay ? c.validTo : null,
        }));
        try {
          if (op.kind === 'staff') {
            await t.api.staffAccount({ accountId: account.id, team: teamOf(op, current) });
            undoStack.push(snapshot);
          } else if (op.kind === 'owner') {
            await t.api.setAccountOwner({ accountId: account.id, memberId: pool[op.member]! });
            undoStack.push(snapshot);
          } else if (op.kind === 'handOver') {
            const done = await t.api.handOver({
              fromMemberId: pool[op.from]!,
              accounts: { pick: 'ids', ids: [account.id] },
              receivers: { by: 'one', memberId: pool[op.to]! },
              reason: 'Property hand-over',
            });
            handOvers.push(done.id);
            handedOver += 1;
          } else if (op.kind === 'undoHandOver') {
            const last = handOvers.pop();
            if (last) {
              await t.api.undoHandOver({ id: last });
              handOversUndone += 1;
            }
          } else {
            const back = undoStack.pop();
            if (back) await t.api.staffAccount({ accountId: account.id, team: back });
          }
          done += 1;
        } catch {
          refused += 1;
        }
        const total = await liveRevenue(account.id);
        expect([0, 100]).toContain(total);
      }
    }),
    { numRuns: 60, seed: 20, endOnFailure: true },
  );
  // The draws reach both sides: many operations go through, many are refused.
  expect(done).toBeGreaterThan(40);
  expect(refused).toBeGreaterThan(20);
  expect(handedOver).toBeGreaterThan(5);
  expect(handOversUndone).toBeGreaterThan(0);
});
