import type { ParsedInputOf, Profile, TableCounts } from '../../../shared/api';
import { membersTable, teamsTable, type Team, type TeamMember } from '../../../shared/domain/team';
import { TABLES } from '../../../shared/schema/tables';
import { currentActor, setProfile, type Core } from '../../core/core';
import { findRecord, inTransaction, listRecords } from '../../core/records';
import { idBytes } from '../../db/codec';
import { v7 as uuidv7 } from 'uuid';
import { RapportError } from '../../../shared/errors';

/** Who the app runs as, and the teams they can see. */
export function getProfile(core: Core): Profile {
  const actor = currentActor(core);
  const member = actor ? findRecord<TeamMember>(core, membersTable, actor.id) : null;
  const demo = core.statement("SELECT 1 FROM meta WHERE key = 'demo' AND value = '1'").get();
  return {
    member,
    teams: listRecords<Team>(core, teamsTable, false),
    demo: demo !== undefined,
    ownBookBeside: false,
  };
}

/**
 * The first person on a new database is its admin. Written directly, not through the
 * write path: until this row exists nobody is signed in to pass its checks.
 */
export function setupProfile(core: Core, input: ParsedInputOf<'setupProfile'>): Profile {
  return inTransaction(core, () => {
    const id = uuidv7();
    const hlc = core.clock.tick();
    core
      .statement(
        `INSERT INTO team_members (id, hlc, node, name, email, sales_force, function, app_role)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'admin')`,
      )
      .run(
        idBytes(id),
        hlc,
        core.nodeIdx,
        input.name,
        input.email,
        input.salesForce,
        input.function,
      );
    core.log.record(hlc, membersTable.name, idBytes(id), {
      name: input.name,
      ...(input.email ? { email: input.email } : {}),
      salesForce: input.salesForce,
      function: input.function,
      appRole: 'admin',
    });
    setProfile(core, id);
    return getProfile(core);
  });
}

/**
 * A new laptop that received its team by sync signs in as one of its members (through a
 * folder: a server tells the laptop who it is). Only while the book has no profile.
 */
export function chooseProfile(core: Core, { memberId }: ParsedInputOf<'chooseProfile'>): Profile {
  const member = findRecord<TeamMember>(core, membersTable, memberId);
  if (!member) {
    throw RapportError.validation('memberId', `Team member ${memberId} is not in this book`);
  }
  setProfile(core, memberId);
  return getProfile(core);
}

/** Rows per table, as `rapport stats` reports them. */
export function tableCounts(core: Core): TableCounts {
  const counts: TableCounts = {};
  const names = [...TABLES.map((t) => t.name), 'interaction_contacts', 'changes', 'conflicts'];
  for (const table of names) {
    counts[table] = (core.statement(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return counts;
}
