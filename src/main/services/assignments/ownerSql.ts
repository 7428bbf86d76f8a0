/**
 * Who owns an account on a day, in SQL, for reads over many accounts at once (the list,
 * territory runs): the same rule as `inForce` in src/shared/rules/coverage.ts. `:day`
 * is the day, as a day number.
 */

/**
 * Another assignment of the account of `row` (an alias) that starts on `:day`: one ending
 * that day gives way to it (src/shared/rules/coverage.ts, `inForce`).
 */
const startingToday = (row: string) => `SELECT 1 FROM assignments n
  WHERE n.account_id = ${row}.account_id AND n.deleted = 0 AND n.valid_from = :day
    AND n.rid <> ${row}.rid`;

/**
 * `row` (an alias of assignments) is its account's owner on `:day` (DESIGN §9; one at a
 * time; on the day of a hand-over, the incoming one).
 */
export const ownsOn = (row: string) => `${row}.is_owner = 1 AND ${row}.deleted = 0
  AND ${row}.valid_from <= :day AND (${row}.valid_to IS NULL OR ${row}.valid_to > :day
    OR (${row}.valid_to = :day AND NOT EXISTS (${startingToday(row)})))`;
