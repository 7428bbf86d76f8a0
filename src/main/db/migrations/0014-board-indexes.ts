/**
 * The board and the coverage gaps (issue 20: ≤ 100 ms for a team of 50 reps, ≤ 200 ms
 * for a lead's report, at 100k accounts) read, for each account of a book, whether it
 * is live and a key account, whether anyone covers it today or visited it lately, its
 * open deals and its purchases of the last 12 months. Each answer was an index entry
 * and then a row of a large table (an account or an interaction carries its notes):
 * the rows, scattered over the file, cost most of the time. These indexes hold what is
 * read, so each answer comes from an index alone. Measured on the 100k demo book (CPU
 * time, best of 15): the board of the 50 reps with most accounts (4,863 accounts) took
 * 62 ms before and 30 ms after (with the larger page cache of db/open.ts); finding the
 * accounts nobody covers, 330 ms looking up each account's assignments, 83 ms walking
 * accounts and assignments side by side, and 14 ms walking these indexes.
 *
 * - accounts_live: the live accounts in id order, with what makes a key account.
 * - assignments_account gains valid_from, so "covered today" is read from it.
 * - interactions_visits: the visits only (a fifth of the interactions), by account and
 *   time; opportunities_open: the open deals with their step and value. Each also
 *   lists the columns of its own condition: the planner reads a partial index alone
 *   only when it holds every column the query names.
 * - purchases_account gains the period's end, the currency and the amount.
 *
 * Writes pay an index entry more for an account, a visit and an open deal, and a wider
 * one for an assignment and a purchase; a bulk load lifts them and builds them once.
 */
export const sql = `
CREATE INDEX accounts_live ON accounts(id, tier, sales_force) WHERE deleted = 0 AND archived = 0;
DROP INDEX assignments_account;
CREATE INDEX assignments_account ON assignments(account_id, valid_to, valid_from)
  WHERE deleted = 0;
CREATE INDEX interactions_visits ON interactions(account_id, occurred_at, kind, deleted, archived)
  WHERE kind = 'visit' AND deleted = 0 AND archived = 0;
CREATE INDEX opportunities_open
  ON opportunities(account_id, step, currency, value, status, deleted, archived)
  WHERE status = 'open' AND deleted = 0 AND archived = 0;
DROP INDEX purchases_account;
CREATE INDEX purchases_account
  ON purchases(account_id, period_start, period_end, currency, amount, deleted, archived);
`;
