/**
 * Search everywhere (issue 13, docs/search.md). The search index is made again:
 * - accounts gain their city (a column of its own, so a hit can say it matched the
 *   city), their phone, and the rest of the address stays in `place`;
 * - a phone is held as whole numbers of digits: as written ("+98 56 366 8677" →
 *   98563668677), without the country code (563668677) and with the trunk 0 a caller
 *   in that country dials (0563668677), so however a rep types it, its start is found;
 * - a text with ZWNJ between the parts of a word (می‌خواهم) is held both joined and
 *   in parts, so it is found typed with the ZWNJ, with a space or with nothing;
 * - `prefix='1 2 3'`: the first letter typed is answered from a prefix index too
 *   (without it, FTS5 merges every word that starts with that letter).
 * Rows are indexed again from the tables, set-wise; the triggers keep the shapes
 * src/main/db/searchIndex.ts and src/main/db/bulkLoad.ts replay. Folding changed for
 * Arabic-script names (hamza and maddah dropped), so sort_name is computed again.
 */
const TEXT_COLUMNS = {
  accounts: {
    name: text('new.name'),
    city: text('new.city'),
    place: text("concat_ws(' ', new.region, new.country, new.postcode, new.address)"),
    phone: phones('new.phone'),
    notes: text("concat_ws(' ', new.notes, new.industry, new.needs)"),
  },
  contacts: {
    name: text('new.name'),
    title: text('new.title'),
    email: text('new.email'),
    phone: phones('new.phone', 'new.mobile'),
    notes: text('new.notes'),
  },
};

const WATCHED = {
  accounts: [
    'name',
    'city',
    'region',
    'country',
    'postcode',
    'address',
    'phone',
    'notes',
    'industry',
    'needs',
  ],
  contacts: ['name', 'title', 'email', 'phone', 'mobile', 'notes'],
};

/** The value as its parts (ZWNJ as a space), then joined when it had a ZWNJ. */
function text(expr: string): string {
  const parts = `replace(${expr}, char(8204), ' ')`;
  return `concat_ws(' ', ${parts}, CASE WHEN instr(${expr}, char(8204)) > 0 THEN ${expr} END)`;
}

function digits(expr: string): string {
  return [' ', '+', '-', '(', ')', '.', '/'].reduce(
    (inner, ch) => `replace(${inner}, '${ch}', '')`,
    expr,
  );
}

/** A number written "+CC rest": the rest's digits, the number inside its country. */
function national(expr: string): string {
  const trimmed = `trim(${expr})`;
  return `CASE WHEN ${trimmed} LIKE '+%' AND instr(${trimmed}, ' ') > 0
    THEN ${digits(`substr(${trimmed}, instr(${trimmed}, ' ') + 1)`)} END`;
}

function phones(...exprs: string[]): string {
  return `concat_ws(' ', ${exprs
    .flatMap((e) => [digits(e), national(e), `'0' || ${national(e)}`])
    .join(', ')})`;
}

function index(table: keyof typeof TEXT_COLUMNS): string {
  const fts = `${table}_fts`;
  const columns = TEXT_COLUMNS[table];
  const names = Object.keys(columns).join(', ');
  const values = Object.values(columns)
    .map((expr) => `rapport_normalize(coalesce(${expr}, ''))`)
    .join(', ');
  const fill = `INSERT INTO ${fts}(rowid, ${names}) SELECT new.rid, ${values} WHERE new.deleted = 0;`;
  return `
DROP TRIGGER IF EXISTS ${table}_fts_insert;
DROP TRIGGER IF EXISTS ${table}_fts_update;
DROP TABLE IF EXISTS ${fts};
CREATE VIRTUAL TABLE ${fts} USING fts5(
  ${names},
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'
);
INSERT INTO ${fts}(rowid, ${names}) SELECT new.rid, ${values} FROM ${table} AS new
  WHERE new.deleted = 0 ORDER BY new.rid;
CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
  ${fill}
END;
CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${WATCHED[table].join(', ')}, deleted ON ${table} BEGIN
  DELETE FROM ${fts} WHERE rowid = old.rid;
  ${fill}
END;`;
}

export const sql = `
${index('accounts')}
${index('contacts')}
UPDATE accounts SET sort_name = rapport_normalize(name) WHERE sort_name <> rapport_normalize(name);
`;
