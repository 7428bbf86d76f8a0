/**
 * Staffing and the sales forces' book (issue 20): an assignment can be an overlay (its
 * credit share on top of the account's 100%); a team member has the day they started
 * and the day they left; a team, the functions a strategic account of theirs needs; an
 * account, the distributor it is served via and whether territory rules leave it be.
 * Adding columns with constant defaults rewrites no row, so a 100k book migrates at once.
 */
export const sql = `
ALTER TABLE assignments ADD COLUMN overlay INTEGER NOT NULL DEFAULT 0 CHECK (overlay IN (0, 1));
ALTER TABLE team_members ADD COLUMN started_on INTEGER;
ALTER TABLE team_members ADD COLUMN left_on INTEGER
  CHECK (left_on IS NULL OR started_on IS NULL OR left_on >= started_on);
ALTER TABLE teams ADD COLUMN template TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(template));
ALTER TABLE accounts ADD COLUMN served_via_id BLOB REFERENCES accounts(id)
  CHECK (served_via_id IS NULL OR length(served_via_id) = 16);
ALTER TABLE accounts ADD COLUMN exclude_from_rules INTEGER NOT NULL DEFAULT 0
  CHECK (exclude_from_rules IN (0, 1));
CREATE INDEX accounts_served_via ON accounts(served_via_id) WHERE served_via_id IS NOT NULL;
`;
