import type { Abilities } from '../../../shared/domain/abilities';
import type { ParsedInputOf } from '../../../shared/api';
import { offeringsTable, opportunitiesTable } from '../../../shared/domain/commerce';
import { agreementsTable } from '../../../shared/domain/relationship';
import { mayAdd, mayEditTeam, mayStaff } from '../../../shared/roles/abilities';
import type { WriteFacts } from '../../../shared/roles/writeRule';
import { currentActor, type Core } from '../../core/core';
import { localFacts, today } from '../../core/permissions';
import { idText } from '../../db/codec';

const NOTHING: Abilities = {
  staffs: false,
  staffable: [],
  teams: [],
  allTeams: false,
  opportunities: [],
  agreements: [],
  catalogue: false,
};

/**
 * What the signed-in member may do on the accounts asked about and on the team: the
 * write rule asked with the local book's facts, dated today, as the write path asks it.
 */
export function abilities(core: Core, { accountIds }: ParsedInputOf<'abilities'>): Abilities {
  const actor = currentActor(core);
  if (!actor) return NOTHING;
  const facts = onceTeamsLed(localFacts(core));
  const day = today();
  const teamIds = (
    core.statement('SELECT id FROM teams WHERE deleted = 0').all() as { id: Buffer }[]
  ).map((row) => idText(row.id));
  return {
    staffs: mayStaff(actor, null, facts, day),
    staffable: accountIds.filter((accountId) => mayStaff(actor, accountId, facts, day)),
    teams: teamIds.filter((teamId) => mayEditTeam(actor, teamId, facts, day)),
    allTeams: mayEditTeam(actor, null, facts, day),
    opportunities: accountIds.filter((a) => mayAdd(actor, opportunitiesTable, a, facts, day)),
    agreements: accountIds.filter((a) => mayAdd(actor, agreementsTable, a, facts, day)),
    catalogue: mayAdd(actor, offeringsTable, null, facts, day),
  };
}

/** The facts, with the teams a lead leads read once for every question of this call. */
function onceTeamsLed(facts: WriteFacts): WriteFacts {
  const led = new Map<string, string[]>();
  return {
    ...facts,
    teamsLedBy: (leadId) => {
      let teams = led.get(leadId);
      if (!teams) led.set(leadId, (teams = facts.teamsLedBy(leadId)));
      return teams;
    },
  };
}
