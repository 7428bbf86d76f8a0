/**
 * A refused change keeps what the server holds instead (issue 19): the team's value and
 * clock of the refused field, as JSON `{"value": …, "stamp": …}`, or `{"absent": true}`
 * when the server has no such row (a refused new row). Discarding the refusal puts it
 * back. NULL when the receiver could not tell (a folder, an older server).
 */
export const sql = `
ALTER TABLE rejected_changes ADD COLUMN team TEXT CHECK (team IS NULL OR json_valid(team));
`;
