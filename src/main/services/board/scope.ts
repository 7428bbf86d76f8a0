import { messages } from '../../../shared/domain/messages';
import type { TeamName } from '../../../shared/domain/board';
import { RapportError } from '../../../shared/errors';
import { currentActor, type Core } from '../../core/core';
import { LEAD_TEAMS } from '../../core/permissions';
import { idBytes, idText } from '../../db/codec';

/**
 * Whose figures the board and the coverage gaps show, from the actor's role (never from
 * the input): a rep sees themselves, a lead the teams they lead and their own, an admin
 * every team. A team named in the input narrows that to it, and must be one of them.
 */
export interface TeamScope {
  /** The teams the actor may look at, by name. */
  readonly teams: TeamName[];
  /** The team asked for, or null for all of `teams`. */
  readonly teamId: string | null;
  /** One member (a rep, themselves), the members of some teams, every account, or none. */
  readonly who:
    { readonly member: string } | { readonly teams: readonly string[] } | 'everything' | 'nobody';
}

const LIVE_TEAMS = 'SELECT id, name FROM teams WHERE deleted = 0 AND archived = 0';

export function teamScope(core: Core, teamId: string | undefined): TeamScope {
  const actor = currentActor(core);
  if (!actor) return { teams: [], teamId: null, who: 'nobody' };
  const member = idBytes(actor.id);
  const teams = named(
    core
      .statement(
        {
          rep: `${LIVE_TEAMS} AND id = (SELECT team_id FROM team_members WHERE id = :lead) ORDER BY name`,
          lead: `${LIVE_TEAMS} AND id IN (${LEAD_TEAMS}) ORDER BY name`,
          admin: `${LIVE_TEAMS} ORDER BY name`,
        }[actor.appRole],
      )
      .all(actor.appRole === 'admin' ? {} : { lead: member }) as { id: Buffer; name: string }[],
  );
  if (teamId !== undefined && !teams.some((t) => t.id === teamId)) refuseTeam(core, teamId);
  const chosen = teamId ?? null;
  if (actor.appRole === 'rep') return { teams, teamId: chosen, who: { member: actor.id } };
  if (chosen) return { teams, teamId: chosen, who: { teams: [chosen] } };
  if (actor.appRole === 'admin') return { teams, teamId: null, who: 'everything' };
  return { teams, teamId: null, who: { teams: teams.map((t) => t.id) } };
}

const named = (rows: { id: Buffer; name: string }[]): TeamName[] =>
  rows.map((r) => ({ id: idText(r.id), name: r.name }));

function refuseTeam(core: Core, teamId: string): never {
  const team = core
    .statement('SELECT name FROM teams WHERE id = ? AND deleted = 0')
    .get(idBytes(teamId)) as { name: string } | undefined;
  if (!team) throw RapportError.notFound('Team', teamId);
  throw new RapportError('forbidden', messages.notYourTeam({ team: team.name }));
}

/** A list of ids as SQL reads it: `SELECT unhex(value) FROM json_each(:name)`. */
export const idList = (ids: readonly string[]): string =>
  JSON.stringify(ids.map((i) => idBytes(i).toString('hex')));

export const IN_LIST = (name: string) => `SELECT unhex(value) FROM json_each(:${name})`;
