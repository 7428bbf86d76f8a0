/**
 * An account's history (issue 20) is read from the change log: every logged change of
 * the account's row and of its assignments' rows, in clock order. The log had no index
 * but its sequence (appending stays cheap, DESIGN §3); this one files the changes of
 * those two tables by row, so an account with hundreds of changes is read in as many
 * steps, not by scanning every change this device ever made. It costs a write of an
 * account or assignment one more index entry per logged field (docs/decisions.md).
 */
export const sql = `
CREATE INDEX changes_row ON changes(row_id) WHERE tbl IN ('accounts', 'assignments');
`;
