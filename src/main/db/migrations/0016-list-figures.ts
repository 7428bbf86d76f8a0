import { HEALTH_SQL, LAST_CONTACT_SQL } from '../figures/accountFigures';
import { HEALTH_COLUMNS } from '../figures/health';

/**
 * The account list shows and sorts by last contact and health (issue 22). Both are
 * computed from other tables, so reading them per row of a sorted list would visit every
 * account's interactions or assessments; instead each account carries them, kept by
 * triggers on interactions and assessments, and an index per order finds a page.
 * Health goes through `rapport_health` (db/open.ts), so the formula stays the shared one.
 *
 * The insert triggers are of the shape a bulk load lifts and replays once over the
 * loaded accounts (db/bulkLoad.ts). Existing books are filled here, once.
 */
const contact = (where: string) =>
  `UPDATE accounts SET last_contact_at = (${LAST_CONTACT_SQL}) WHERE ${where};`;
const health = (where: string) => `UPDATE accounts SET health = (${HEALTH_SQL}) WHERE ${where};`;

export const sql = `
ALTER TABLE accounts ADD COLUMN last_contact_at INTEGER;
ALTER TABLE accounts ADD COLUMN health INTEGER;
CREATE TRIGGER accounts_last_contact_insert AFTER INSERT ON interactions BEGIN
  ${contact('id = new.account_id')}
END;
CREATE TRIGGER accounts_last_contact_update
AFTER UPDATE OF account_id, occurred_at, deleted, archived ON interactions BEGIN
  ${contact('id IN (old.account_id, new.account_id)')}
END;
CREATE TRIGGER accounts_health_insert AFTER INSERT ON assessments BEGIN
  ${health('id = new.account_id')}
END;
CREATE TRIGGER accounts_health_update
AFTER UPDATE OF account_id, assessed_on, deleted, archived, ${HEALTH_COLUMNS.join(', ')} ON assessments BEGIN
  ${health('id IN (old.account_id, new.account_id)')}
END;
${contact('id IN (SELECT account_id FROM interactions)')}
${health('id IN (SELECT account_id FROM assessments)')}
CREATE INDEX accounts_last_contact ON accounts(last_contact_at, id) WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_health ON accounts(health, id) WHERE deleted = 0 AND archived = 0;
`;
