/**
 * Ending a relationship on purpose (issue 13): the account keeps the day it was ended
 * and the reason, beside its lifecycle 'ended'. Adding nullable columns rewrites no
 * row, so a 100k book migrates at once; rows never ended store nothing for them.
 */
export const sql = `
ALTER TABLE accounts ADD COLUMN ended_on INTEGER;
ALTER TABLE accounts ADD COLUMN ended_reason TEXT;
`;
