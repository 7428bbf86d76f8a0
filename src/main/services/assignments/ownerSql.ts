/**
 * Who covers and who owns an account on a day, in SQL, for reads over many accounts at
 * once (the list, territory runs, the board and the coverage gaps): the same rule as
 * `inForce` in src/shared/rules/coverage.ts. `:day` is the day, as a day number.
 */

/**
 * Another assignment of the account of `row` (an alias) that starts on `:day`: one ending
 * that day gives way to it (src/shared/rules/coverage.ts, `inForce`).
 */
const startingToday = (row: string) => `SELECT 1 FROM assignments n
  WHERE n.account_id = ${row}.account_id AND n.deleted = 0 AND n.valid_from = :day
    AND n.rid <> ${row}.rid`;

/**
 * `row` (an alias of assignments) counts on `:day`: on a hand-over day the outgoing cover
 * has given way, so an account's cover of one day never counts twice.
 */
export const inForceOn = (row: string) => `${row}.deleted = 0 AND ${row}.valid_from <= :day
  AND (${row}.valid_to IS NULL OR ${row}.valid_to > :day
    OR (${row}.valid_to = :day AND NOT EXISTS (${startingToday(row)})))`;

/**
 * `row` (an alias of assignments) is its account's owner on `:day` (DESIGN §9; one at a
 * time; on the day of a hand-over, the incoming one).
 */
export const ownsOn = (row: string) => `${row}.is_owner = 1 AND ${inForceOn(row)}`;

/**
 * The owner of the account `a` on `:day`, as `o` (its assignment) and `m` (the member),
 * found per account on the owner index.
 */
export const OWNER_JOIN = `LEFT JOIN assignments o ON o.rid = (
    SELECT c.rid FROM assignments c WHERE c.account_id = a.id AND ${ownsOn('c')}
    ORDER BY c.valid_from DESC, c.rid DESC LIMIT 1)
  LEFT JOIN team_members m ON m.id = o.member_id`;
