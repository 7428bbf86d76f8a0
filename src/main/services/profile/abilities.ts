import type { Abilities, AccountAbilities } from '../../../shared/domain/abilities';
import { accountsTable, type Account } from '../../../shared/domain/account';
import { messages } from '../../../shared/domain/messages';
import type { ParsedInputOf } from '../../../shared/api';
import { offeringsTable, opportunitiesTable } from '../../../shared/domain/commerce';
import { agreementsTable } from '../../../shared/domain/relationship';
import { accountRefusals, mayAdd, mayEditTeam, mayStaff } from '../../../shared/roles/abilities';
import type { WriteFacts } from '../../../shared/roles/writeRule';
import { currentActor, type Core } from '../../core/core';
import { localFacts, today } from '../../core/permissions';
import { idText } from '../../db/codec';
import { getRecord } from '../../core/records';

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

/**
 * What the signed-in member may change on one account, with the rule's reason for each
 * change it refuses: the one question the account's page and form ask of the rule.
 */
export function accountAbilities(
  core: Core,
  { accountId }: ParsedInputOf<'accountAbilities'>,
): AccountAbilities {
  const account = getRecord<Account>(core, accountsTable, accountId);
  const actor = currentActor(core);
  if (!actor) {
    const nobody = messages.noProfile({});
    return { account: nobody, fields: {}, records: nobody, cover: nobody };
  }
  return accountRefusals(actor, account, localFacts(core), today());
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
