import { healthScoreSql } from './health';

/**
 * What the account list shows of an account's interactions and assessments, kept on the
 * account by this device (never synced or logged): when someone last had contact with
 * it, and the health score of its latest current assessment. Each is the value of a
 * subquery over the account `accounts`, so a trigger recomputes one account and a bulk
 * load recomputes them all with the same SQL.
 */
export const LAST_CONTACT_SQL = `SELECT max(i.occurred_at) FROM interactions i
  WHERE i.account_id = accounts.id AND i.deleted = 0 AND i.archived = 0`;

/** The latest current assessment, ordered as `atRisk` orders them (day, then id). */
export const HEALTH_SQL = `SELECT ${healthScoreSql('s')} FROM assessments s
  WHERE s.account_id = accounts.id AND s.deleted = 0 AND s.archived = 0
  ORDER BY s.assessed_on DESC, s.id DESC LIMIT 1`;
