import type { Core } from '../../main/core/core';
import { dayNumber, idBytes, idText } from '../../main/db/codec';
import { today } from '../scope';

/** A team member a filled server makes a device for. */
export interface BookPerson {
  readonly memberId: string;
  readonly name: string;
  readonly role: 'lead' | 'rep';
}

/** The team member a demo book runs as (its profile: a team lead). */
export function bookProfile(core: Core): string {
  const row = core.statement("SELECT value FROM meta WHERE key = 'profile_member_id'").get() as
    { value: string } | undefined;
  if (!row) throw new Error('This book has no profile: it is not a demo book');
  return idText(Buffer.from(row.value, 'hex'));
}

const CURRENT =
  'a.deleted = 0 AND a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to >= :day)';

/** The lead of the team whose members cover the most accounts today: the biggest team book. */
export function largestTeamLead(core: Core): string {
  const row = core
    .statement(
      `SELECT t.lead_id AS lead FROM assignments a
       JOIN team_members m ON m.id = a.member_id JOIN teams t ON t.id = m.team_id
       WHERE ${CURRENT} AND t.lead_id IS NOT NULL AND t.deleted = 0
       GROUP BY t.id ORDER BY count(DISTINCT a.account_id) DESC, t.id LIMIT 1`,
    )
    .get({ day: dayNumber(today()) }) as { lead: Buffer } | undefined;
  if (!row) throw new Error('This book has no team with a lead who covers accounts');
  return idText(row.lead);
}

/**
 * A lead, and the reps of their teams (those they lead and their own) who cover the
 * most accounts today, at most `reps` of them.
 */
export function teamPeople(core: Core, leadId: string, reps: number): BookPerson[] {
  const lead = core
    .statement('SELECT name, team_id AS team FROM team_members WHERE id = ? AND deleted = 0')
    .get(idBytes(leadId)) as { name: string; team: Buffer | null } | undefined;
  if (!lead) throw new Error(`The book has no team member ${leadId}`);
  const covering = core
    .statement(
      `SELECT m.id, m.name FROM assignments a JOIN team_members m ON m.id = a.member_id
       WHERE ${CURRENT} AND m.deleted = 0 AND m.app_role = 'rep'
         AND (m.team_id IN (SELECT id FROM teams WHERE lead_id = :lead AND deleted = 0)
           OR m.team_id = :team)
       GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT :reps`,
    )
    .all({ day: dayNumber(today()), lead: idBytes(leadId), team: lead.team, reps }) as {
    id: Buffer;
    name: string;
  }[];
  return [
    { memberId: leadId, name: lead.name, role: 'lead' },
    ...covering.map((m) => ({ memberId: idText(m.id), name: m.name, role: 'rep' as const })),
  ];
}
