/**
 * The customer-selection chart (issue 13: smooth with 100k points) reads every live
 * account's style, tier, lifecycle, amounts and id, per currency, most profit potential
 * first. Without an index that is a scan of the whole accounts table (its rows carry
 * names, notes and addresses) and a sort: 0.4–0.9 s for an admin's 94k points. This
 * partial index holds only those points, in that order, with the three vocabulary
 * values already as one three-digit code, so the read is one pass over a small index.
 *
 * Writes pay one more B-tree entry per live account: a bulk load lifts the index and
 * builds it once at the end (db/bulkLoad.ts); an edit of one of these fields moves one
 * entry. Measured on the 100k book (machine loaded): 100k profit-potential updates in
 * one transaction took 3.8–5.5 s with it, 1.3–1.9 s without, ~30 µs a row, against
 * ~200 µs for the search trigger (DESIGN §7).
 */
const digit = (column: string, values: readonly string[]) =>
  `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN '${i}'`).join(' ')} END`;

/**
 * Style, tier and lifecycle as three digits (each value's place in its vocabulary, as
 * of this migration). The chart's query selects this very expression, so SQLite reads
 * the codes from the index instead of computing them per row.
 */
export const SELECTION_CODES = `(${digit('relationship_style', [
  'transactional',
  'leaning_transactional',
  'balanced',
  'leaning_collaborative',
  'collaborative',
])} || ${digit('tier', ['A', 'B', 'C'])} || ${digit('lifecycle', [
  'prospect',
  'active',
  'at_risk',
  'dormant',
  'ended',
])})`;

/** The accounts the chart shows: live ones whose relationship was not ended. */
export const SELECTION_LIVE = `deleted = 0 AND archived = 0 AND lifecycle <> 'ended'`;

export const sql = `
CREATE INDEX IF NOT EXISTS accounts_selection ON accounts(currency, profit_potential DESC,
  ${SELECTION_CODES}, cost_to_serve, id) WHERE ${SELECTION_LIVE};
`;
