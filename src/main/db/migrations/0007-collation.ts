/**
 * The account list sorts names in the user's language (issue 13): Norwegian puts Æ Ø Å
 * after Z, Persian follows its own alphabet, Vietnamese puts ă â after a. One sort key
 * per language (src/shared/collation.ts, computed with the name like sort_name) and an
 * index on each, so a page deep in a sorted 100k list costs what the first one does.
 * Existing rows get their keys here, through the function the app registers.
 */
const languages = ['nb', 'fa', 'vi'];

export const sql = [
  ...languages.map((l) => `ALTER TABLE accounts ADD COLUMN sort_${l} TEXT NOT NULL DEFAULT '';`),
  `UPDATE accounts SET ${languages.map((l) => `sort_${l} = rapport_sort_key(name, '${l}')`).join(', ')};`,
  ...languages.map(
    (l) =>
      `CREATE INDEX accounts_sort_${l} ON accounts(sort_${l}, id) WHERE deleted = 0 AND archived = 0;`,
  ),
].join('\n');
