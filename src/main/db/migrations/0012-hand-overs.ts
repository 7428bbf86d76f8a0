/**
 * Hand-overs made on this laptop (issue 20; a move of picked accounts has no one
 * leaver, `from_member_id` null), kept so that the lead can undo one as a
 * unit: what each account's cover was and became, and which open opportunities and
 * follow-ups moved. The rows they changed are synced as every change is; this record
 * of the unit is the laptop's own, as an undo is.
 */
export const sql = `
CREATE TABLE hand_overs (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  made_at INTEGER NOT NULL,
  from_member_id BLOB CHECK (from_member_id IS NULL OR length(from_member_id) = 16),
  reason TEXT NOT NULL,
  moves TEXT NOT NULL CHECK (json_valid(moves)),
  undone_at INTEGER
) STRICT;
`;
