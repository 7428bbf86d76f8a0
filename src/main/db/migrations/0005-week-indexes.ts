/**
 * My week (issue 13) reads a rep's open follow-ups two ways: at the accounts they
 * cover, and wherever they logged them. With only `interactions_due` (by due date)
 * the second read looked up every open follow-up of the book: 330 ms for the busiest
 * rep of the 100k demo book. These partial indexes hold only open follow-ups (about
 * 30,000 of its 1M interactions), so each read finds its own rows at once (~0.1 ms).
 */
export const sql = `
CREATE INDEX interactions_open_by_member ON interactions(member_id, next_step_due)
  WHERE next_step_due IS NOT NULL AND next_step_done = 0 AND deleted = 0;
CREATE INDEX interactions_open_by_account ON interactions(account_id, next_step_due)
  WHERE next_step_due IS NOT NULL AND next_step_done = 0 AND deleted = 0;
`;
