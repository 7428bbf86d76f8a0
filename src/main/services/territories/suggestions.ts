import type { ParsedInputOf } from '../../../shared/api';
import type {
  Candidate,
  OwnerSuggestion,
  OwnerSuggestions,
  RepMoves,
  SuggestionsApplied,
} from '../../../shared/domain/suggestions';
import { messages } from '../../../shared/domain/messages';
import { RapportError } from '../../../shared/errors';
import type { RuleSet } from '../../../shared/rules/territory';
import { territoryIndex } from '../../../shared/rules/territoryIndex';
import { currentActor, type Core } from '../../core/core';
import { CURRENT, LEAD_TEAMS, today } from '../../core/permissions';
import { inTransaction } from '../../core/records';
import { idBytes, idText } from '../../db/codec';
import { ownsOn } from '../assignments/ownerSql';
import { setAccountOwner } from '../assignments/assignments';

/** The reason an owner change made by a territory run gives, on both rows. */
const RULE_REASON = 'Territory rule';

/**
 * Which accounts a run reads, as a condition on `a` over `:day` and the scope's own
 * parameter (`:lead`, `:member`, `:ids`): the actor's book (an admin's is every account;
 * a lead's, their team's book as the write rule has it; a rep's, the accounts they
 * cover), or some accounts by id.
 */
const SCOPES = {
  all: '',
  team: `AND (a.id IN (SELECT s.account_id FROM assignments s JOIN team_members m ON m.id = s.member_id
      WHERE m.team_id IN (${LEAD_TEAMS}) AND ${CURRENT})
    OR NOT EXISTS (SELECT 1 FROM assignments s WHERE s.account_id = a.id AND ${CURRENT}))`,
  covered: `AND a.id IN (SELECT s.account_id FROM assignments s
    WHERE s.member_id = :member AND ${CURRENT})`,
  accounts: 'AND a.id IN (SELECT unhex(value) FROM json_each(:ids))',
} as const;

interface Scope {
  kind: keyof typeof SCOPES;
  params: Record<string, unknown>;
}

/** The actor's book; a book without a profile is refused nothing (see authorizeAccountRead). */
function bookOf(core: Core): Scope {
  const actor = currentActor(core);
  if (!actor || actor.appRole === 'admin') return { kind: 'all', params: {} };
  return actor.appRole === 'lead'
    ? { kind: 'team', params: { lead: idBytes(actor.id) } }
    : { kind: 'covered', params: { member: idBytes(actor.id) } };
}

const accountsNamed = (ids: readonly string[]): Scope => ({
  kind: 'accounts',
  params: { ids: JSON.stringify(ids.map((i) => i.replaceAll('-', ''))) },
});

/**
 * The accounts territory rules may move: of the geographic force, live, not kept out of
 * rule runs; each with what the rules read and its owner today (one at a time, by the
 * coverage rules). Numbers and short texts only, as arrays taken one at a time (a
 * book's worth is never held at once), and only the accounts given a suggestion are
 * then read in full.
 * The table is read in its own order (NOT INDEXED): through the force's index, each of
 * three quarters of the book would be a jump to another page, ten times slower.
 */
const placementsSql = (scope: Scope['kind']) => `
  SELECT a.rid, a.country, a.region, a.postcode, a.industry, a.kind, m.rid AS owner
  FROM accounts a NOT INDEXED
  LEFT JOIN assignments o ON o.account_id = a.id AND ${ownsOn('o')}
  LEFT JOIN team_members m ON m.id = o.member_id
  WHERE a.sales_force = 'geographic' AND a.deleted = 0 AND a.archived = 0
    AND a.exclude_from_rules = 0 ${SCOPES[scope]}`;

type Placement = [
  rid: number,
  country: string | null,
  region: string | null,
  postcode: string | null,
  industry: string | null,
  kind: string,
  owner: number | null,
];

interface Member {
  id: string;
  name: string;
  territoryId: string | null;
}

interface Territory {
  id: string;
  name: string;
  rules: RuleSet;
}

/** The live territories, every member by rid, and each territory's geographic reps. */
function teamOf(core: Core): {
  territories: Territory[];
  members: Map<number, Member>;
  reps: Map<string, Member[]>;
} {
  const territories = (
    core
      .statement('SELECT id, name, rules FROM territories WHERE deleted = 0 AND archived = 0')
      .all() as { id: Buffer; name: string; rules: string }[]
  ).map((t) => ({ id: idText(t.id), name: t.name, rules: JSON.parse(t.rules) as RuleSet }));
  const members = new Map<number, Member>();
  const reps = new Map<string, Member[]>();
  const rows = core
    .statement(
      `SELECT rid, id, name, territory_id AS territoryId, sales_force = 'geographic'
         AND left_on IS NULL AND archived = 0 AS placeable
       FROM team_members WHERE deleted = 0 ORDER BY name, id`,
    )
    .all() as {
    rid: number;
    id: Buffer;
    name: string;
    territoryId: Buffer | null;
    placeable: number;
  }[];
  for (const row of rows) {
    const member = {
      id: idText(row.id),
      name: row.name,
      territoryId: row.territoryId && idText(row.territoryId),
    };
    members.set(row.rid, member);
    // A rep a rule may suggest: of the geographic force, in a territory, not left.
    if (row.placeable && member.territoryId) {
      reps.set(member.territoryId, [...(reps.get(member.territoryId) ?? []), member]);
    }
  }
  return { territories, members, reps };
}

/**
 * The suggestions for the accounts in scope: each account the rules place in a
 * territory other than its owner's (or that nobody owns) gets the reps of the
 * territories that place it most specifically. Several reps are a tie, never settled
 * here. An account whose best territories have no rep is counted as unplaced.
 */
function suggestionsIn(core: Core, scope: Scope): OwnerSuggestions {
  const { territories, members, reps } = teamOf(core);
  const names = new Map(territories.map((t) => [t.id, t.name]));
  const index = territoryIndex(territories);
  const rows = core
    .statement(placementsSql(scope.kind))
    .raw(true)
    .iterate({ day: today(), ...scope.params }) as IterableIterator<Placement>;
  const found = new Map<number, Omit<OwnerSuggestion, 'accountId' | 'name'>>();
  let unplaced = 0;
  for (const [rid, country, region, postcode, industry, kind, ownerRid] of rows) {
    const owner = ownerRid === null ? null : (members.get(ownerRid) ?? null);
    // An owner outside the territories (a lead, another force) is the lead's to move.
    if (owner && !owner.territoryId) continue;
    const best = index.best({ country, region, postcode, industry, kind });
    if (owner && (best.length === 0 || best.some((t) => t.id === owner.territoryId))) continue;
    const candidates = best.flatMap((t): Candidate[] =>
      (reps.get(t.id) ?? []).map((r) => ({
        memberId: r.id,
        name: r.name,
        territoryId: t.id,
        territoryName: t.name,
      })),
    );
    if (candidates.length === 0) {
      unplaced += 1;
      continue;
    }
    found.set(rid, {
      owner: owner && {
        id: owner.id,
        name: owner.name,
        territoryName: names.get(owner.territoryId!) ?? null,
      },
      candidates,
      reason: owner ? 'territoryMismatch' : 'noOwner',
    });
  }
  const suggestions = namedInOrder(core, found);
  return { suggestions, reps: movesOf(suggestions), unplaced };
}

/** The suggested accounts with their ids and names, in the list's name order. */
function namedInOrder(
  core: Core,
  found: ReadonlyMap<number, Omit<OwnerSuggestion, 'accountId' | 'name'>>,
): OwnerSuggestion[] {
  if (found.size === 0) return [];
  const rows = core
    .statement(
      `SELECT rid, id, name FROM accounts
       WHERE rid IN (SELECT value FROM json_each(?)) ORDER BY sort_name, id`,
    )
    .all(JSON.stringify([...found.keys()])) as { rid: number; id: Buffer; name: string }[];
  return rows.map((r) => ({ accountId: idText(r.id), name: r.name, ...found.get(r.rid)! }));
}

/** Per rep, what the run gains and loses them, by name. */
function movesOf(suggestions: readonly OwnerSuggestion[]): RepMoves[] {
  const moves = new Map<string, RepMoves>();
  const of = (id: string, name: string) => {
    let found = moves.get(id);
    if (!found) moves.set(id, (found = { memberId: id, name, gains: 0, losses: 0, ties: 0 }));
    return found;
  };
  for (const s of suggestions) {
    if (s.owner) of(s.owner.id, s.owner.name).losses += 1;
    const [only, ...others] = s.candidates;
    if (only && others.length === 0) of(only.memberId, only.name).gains += 1;
    else for (const c of s.candidates) of(c.memberId, c.name).ties += 1;
  }
  return [...moves.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.memberId.localeCompare(b.memberId),
  );
}

/** The preview of a territory run over the actor's book: nothing moves. */
export function suggestOwners(core: Core): OwnerSuggestions {
  return suggestionsIn(core, bookOf(core));
}

/**
 * Applies suggestions, worked out again from the book (a preview may be stale): each
 * owner change is setAccountOwner's, so the write path's role rule and the coverage
 * rules apply to every account, and the whole run is one transaction. Applying all
 * leaves ties without a choice; a tie among chosen accounts needs its choice.
 */
export function applyOwnerSuggestions(
  core: Core,
  input: ParsedInputOf<'applyOwnerSuggestions'>,
): SuggestionsApplied {
  const scope = input.all ? bookOf(core) : accountsNamed(input.accountIds);
  const choices = new Map(input.choices.map((c) => [c.accountId, c.memberId]));
  return inTransaction(core, () => {
    const { suggestions } = suggestionsIn(core, scope);
    let applied = 0;
    let tiesLeft = 0;
    for (const s of suggestions) {
      const memberId = chosenFor(core, s, choices.get(s.accountId));
      if (memberId === null) {
        if (!input.all) {
          throw RapportError.validation('choices', messages.tieUnchosen({ account: s.name }));
        }
        tiesLeft += 1;
        continue;
      }
      setAccountOwner(core, { accountId: s.accountId, memberId, reason: RULE_REASON });
      applied += 1;
    }
    const unchanged = input.all ? 0 : input.accountIds.length - suggestions.length;
    return { applied, tiesLeft, unchanged };
  });
}

/** The rep a suggestion goes to: the one it names, or the lead's choice among a tie's. */
function chosenFor(core: Core, s: OwnerSuggestion, choice: string | undefined): string | null {
  if (choice === undefined) return s.candidates.length === 1 ? s.candidates[0]!.memberId : null;
  if (s.candidates.some((c) => c.memberId === choice)) return choice;
  const member = core
    .statement('SELECT name FROM team_members WHERE id = ?')
    .get(idBytes(choice)) as { name: string } | undefined;
  throw RapportError.validation(
    'choices',
    messages.notSuggested({ name: member?.name ?? choice, account: s.name }),
  );
}
