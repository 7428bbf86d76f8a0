/**
 * Search that forgives (issue 22, docs/search.md): `normalize()` now drops an
 * apostrophe inside a word (O'Brien → obrien), so the rows holding one are indexed
 * again and their folded names computed again. Updating a watched column to itself
 * fires the index's own update trigger; no other trigger watches these tables.
 */
const MARKS = "'*[''`\u00B4\u02BB\u02BC\u2018\u2019]*'";

export const sql = `
UPDATE accounts SET name = name, sort_name = rapport_normalize(name)
  WHERE concat_ws(' ', name, city, region, country, postcode, address, notes, industry, needs)
    GLOB ${MARKS};
UPDATE contacts SET name = name, sort_name = rapport_normalize(name)
  WHERE concat_ws(' ', name, title, email, notes) GLOB ${MARKS};
`;
