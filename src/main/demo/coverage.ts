/**
 * Who covers each account (assignments), with credit splits for shared key accounts
 * and a little history: earlier coverage that ended, with the reason it ended.
 */
import { assignmentsTable } from '../../shared/domain/assignment';
import type { CoverageRole } from '../../shared/domain/enums';
import type { AccountState, Context } from './context';
import type { Org, StrategicTeam } from './org';

const TWO_WAY: readonly (readonly [number, number])[] = [
  [70, 30],
  [60, 40],
  [80, 20],
];
const THREE_WAY: readonly (readonly [number, number, number])[] = [
  [60, 25, 15],
  [50, 30, 20],
  [70, 20, 10],
];
const GEO_REASONS = [
  'Territory realignment',
  'Previous rep left the company',
  'Workload rebalancing',
  'Rep moved to another region',
];
const KEY_REASONS = [
  'Account manager changed roles',
  'Team restructuring',
  'Previous account manager left the company',
];
const CHANNEL_REASONS = ['Channel team reorganised', 'Previous rep left the company'];

export interface Coverage {
  /** the strategic team, for strategic accounts */
  team: StrategicTeam | null;
  territory: number;
}

/** The roles that own an account when held: its account manager or its rep. */
const OWNS: ReadonlySet<CoverageRole> = new Set([
  'account_manager',
  'territory_rep',
  'distributor_rep',
]);

/**
 * One assignment. The account manager, territory rep or distributor rep is the owner
 * (an ended one was the owner of its time: the history shows who owned the account).
 */
function assign(
  ctx: Context,
  accountId: string,
  memberId: string,
  role: CoverageRole,
  creditShare: number,
  from: number,
  to: number | null,
  assignedById: string,
  reason: string | null,
): void {
  const { ids, cal, w } = ctx;
  const validFrom = cal.day(from);
  w.write(assignmentsTable, {
    id: ids.next(),
    createdAt: `${validFrom}T09:00:00.000Z`,
    accountId,
    memberId,
    role,
    isOwner: OWNS.has(role),
    creditShare,
    validFrom,
    validTo: to === null ? null : cal.day(to),
    reason,
    assignedById,
  });
}

/**
 * Writes the account's coverage and notes its owner (and a helper for shared
 * accounts) for the rows written after it. `sponsor`: the team lead joins as executive sponsor with no credit.
 */
export function writeCoverage(
  ctx: Context,
  org: Org,
  a: AccountState,
  cover: Coverage,
  sponsor: boolean,
): void {
  const { rng } = ctx;
  // Current coverage began some time after the account was created.
  const from = rng.int(Math.min(10, a.since), Math.min(a.since, 1800));
  const history = rng.chance(0.12) && from < 3000;
  const earlier = from + rng.int(120, 1400);
  a.helperId = null;

  if (a.force === 'geographic') {
    const rep = org.territoryReps[cover.territory];
    if (!rep) throw new Error(`No rep for territory ${cover.territory}`);
    a.ownerId = rep.id;
    assign(ctx, a.id, rep.id, 'territory_rep', 100, from, null, rep.leadId, 'Territory coverage');
    if (history) {
      const before = rng.pick(org.territoryReps);
      if (before.id !== rep.id) {
        assign(
          ctx,
          a.id,
          before.id,
          'territory_rep',
          100,
          earlier,
          from,
          rep.leadId,
          rng.pick(GEO_REASONS),
        );
      }
    }
    return;
  }

  if (a.force === 'distributor') {
    const rep = rng.pick(org.distributorReps);
    a.ownerId = rep.id;
    assign(
      ctx,
      a.id,
      rep.id,
      'distributor_rep',
      100,
      from,
      null,
      rep.leadId,
      'Channel partner coverage',
    );
    if (history) {
      const before = rng.pick(org.distributorReps);
      if (before.id !== rep.id) {
        assign(
          ctx,
          a.id,
          before.id,
          'distributor_rep',
          100,
          earlier,
          from,
          rep.leadId,
          rng.pick(CHANNEL_REASONS),
        );
      }
    }
    return;
  }

  const team = cover.team ?? rng.pick(org.strategic);
  cover.team = team;
  const manager = rng.pick(team.sales);
  const engineer = team.engineers.length > 0 ? rng.pick(team.engineers) : null;
  const quality =
    engineer !== null && team.quality.length > 0 && rng.chance(0.35)
      ? rng.pick(team.quality)
      : null;
  a.ownerId = manager;
  a.helperId = engineer;
  const why = 'Key account team';
  if (engineer === null) {
    assign(ctx, a.id, manager, 'account_manager', 100, from, null, team.leadId, why);
  } else if (quality === null) {
    const [m, e] = rng.pick(TWO_WAY);
    assign(ctx, a.id, manager, 'account_manager', m, from, null, team.leadId, why);
    assign(ctx, a.id, engineer, 'application_engineer', e, from, null, team.leadId, why);
  } else {
    const [m, e, q] = rng.pick(THREE_WAY);
    assign(ctx, a.id, manager, 'account_manager', m, from, null, team.leadId, why);
    assign(ctx, a.id, engineer, 'application_engineer', e, from, null, team.leadId, why);
    assign(ctx, a.id, quality, 'quality_engineer', q, from, null, team.leadId, why);
  }
  if (sponsor && team.leadId !== manager) {
    assign(
      ctx,
      a.id,
      team.leadId,
      'executive_sponsor',
      0,
      from,
      null,
      team.leadId,
      'Global customer',
    );
  }
  if (history) {
    if (rng.chance(0.5)) {
      const before = rng.pick(org.territoryReps);
      assign(
        ctx,
        a.id,
        before.id,
        'territory_rep',
        100,
        earlier,
        from,
        team.leadId,
        'Upgraded to the strategic sales force',
      );
    } else {
      const before = rng.pick(team.sales);
      if (before !== manager) {
        assign(
          ctx,
          a.id,
          before,
          'account_manager',
          70,
          earlier,
          from,
          team.leadId,
          rng.pick(KEY_REASONS),
        );
      }
    }
  }
}
