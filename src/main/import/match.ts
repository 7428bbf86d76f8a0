import type { Db } from '../db/open';
import { reasonText, type ImportKind } from '../../shared/imports';
import type { Words } from '../../shared/words';
import { STAGE } from './stage';

/**
 * Finds what each staged row is in the book, set-wise over the stage: the record it
 * updates (`target`), the parent it links to (`parent`: an account's parent, a
 * contact's account), and the order in which new records go in (`depth`: a parent
 * before its children); a row that cannot be placed gets its reason.
 */
export function matchRows(db: Db, kind: ImportKind, w: Words): void {
  if (kind === 'accounts') matchAccounts(db, w);
  else matchContacts(db, w);
}

const LIVE = 'deleted = 0 AND archived = 0';
const GOOD = 'error IS NULL';

/** Runs an UPDATE until it changes nothing (a reason passed down a chain of parents). */
function untilSettled(db: Db, sql: string, params: Record<string, unknown> = {}): void {
  const statement = db.prepare(sql);
  while (statement.run(params).changes > 0);
}

/** A row that names the same record as an earlier good row is refused, naming that line. */
function refuseRepeats(db: Db, w: Words, same: string): void {
  const earlier = `SELECT min(f.line) FROM ${STAGE} f WHERE ${same} AND f.line < s.line AND f.error IS NULL`;
  db.prepare(
    `UPDATE ${STAGE} AS s SET error = replace(:reason, '{{line}}', (${earlier}))
     WHERE s.error IS NULL AND (${earlier}) IS NOT NULL`,
  ).run({ reason: reasonText(w, 'sameAs') });
}

/**
 * An account is the book's one with its external id, else the one with its normalised
 * name and country (unless that one has another external id). Its parent, named by
 * external id, is a row of the file (earlier or later) or an account of the book.
 */
function matchAccounts(db: Db, w: Words): void {
  db.exec(`UPDATE ${STAGE} AS s SET target = (SELECT a.id FROM main.accounts a
      WHERE a.external_id = s.ext AND a.${LIVE} ORDER BY a.rid LIMIT 1)
    WHERE ${GOOD} AND ext IS NOT NULL`);
  db.exec(`UPDATE ${STAGE} AS s SET target = (SELECT a.id FROM main.accounts a
      WHERE a.sort_name = s.name_key AND a.${LIVE} AND a.country IS s.country
        AND (s.ext IS NULL OR a.external_id IS NULL OR a.external_id = s.ext)
      ORDER BY a.rid LIMIT 1)
    WHERE ${GOOD} AND target IS NULL`);
  refuseRepeats(db, w, 'f.ext = s.ext');
  refuseRepeats(
    db,
    w,
    'f.ext IS NULL AND s.ext IS NULL AND f.name_key = s.name_key AND f.country IS s.country',
  );
  refuseRepeats(db, w, 'f.target = s.target');
  linkParents(db, w);
}

function linkParents(db: Db, w: Words): void {
  db.exec(`UPDATE ${STAGE} AS s SET
      parent_line = (SELECT min(p.line) FROM ${STAGE} p WHERE p.ext = s.parent_ref),
      parent = (SELECT a.id FROM main.accounts a WHERE a.external_id = s.parent_ref AND a.${LIVE}
        ORDER BY a.rid LIMIT 1)
    WHERE ${GOOD} AND parent_ref IS NOT NULL`);
  // A parent row that updates an account of the book links to that account now.
  db.exec(`UPDATE ${STAGE} AS s SET parent = p.target, parent_line = NULL
    FROM ${STAGE} p WHERE p.line = s.parent_line AND p.target IS NOT NULL AND p.error IS NULL
      AND s.${GOOD}`);
  db.prepare(
    `UPDATE ${STAGE} SET error = replace(:reason, '{{value}}', parent_ref)
     WHERE ${GOOD} AND parent_ref IS NOT NULL AND parent_line IS NULL AND parent IS NULL`,
  ).run({ reason: reasonText(w, 'parentMissing') });
  // A refused parent row: its account in the book, if there is one, else the child is refused too.
  db.exec(`UPDATE ${STAGE} AS s SET parent_line = NULL
    WHERE ${GOOD} AND parent IS NOT NULL AND parent_line IS NOT NULL
      AND (SELECT p.error FROM ${STAGE} p WHERE p.line = s.parent_line) IS NOT NULL`);
  const refuseChildren = `UPDATE ${STAGE} AS s SET error = replace(:reason, '{{line}}', s.parent_line)
    WHERE ${GOOD} AND parent_line IS NOT NULL
      AND (SELECT p.error FROM ${STAGE} p WHERE p.line = s.parent_line) IS NOT NULL`;
  untilSettled(db, refuseChildren, { reason: reasonText(w, 'parentRefused') });
  orderParentsFirst(db, w);
  untilSettled(db, refuseChildren, { reason: reasonText(w, 'parentRefused') });
}

/** Depth 0: no parent row waiting; depth k + 1: its parent row is at depth k. Left over: a loop. */
function orderParentsFirst(db: Db, w: Words): void {
  db.exec(`UPDATE ${STAGE} SET depth = 0 WHERE ${GOOD} AND parent_line IS NULL`);
  const deeper = db.prepare(`UPDATE ${STAGE} AS s SET depth = :depth + 1
    WHERE ${GOOD} AND depth IS NULL AND parent_line IN
      (SELECT p.line FROM ${STAGE} p WHERE p.depth = :depth AND p.error IS NULL)`);
  for (let depth = 0; deeper.run({ depth }).changes > 0; depth++);
  db.prepare(`UPDATE ${STAGE} SET error = :reason WHERE ${GOOD} AND depth IS NULL`).run({
    reason: reasonText(w, 'parentLoop'),
  });
}

/**
 * A contact's account is the book's one with the external id given, else the one
 * named (refused when several are). Within its account, a contact is the one with its
 * email, else with its normalised name.
 */
function matchContacts(db: Db, w: Words): void {
  db.prepare(
    `UPDATE ${STAGE} SET error = :reason WHERE ${GOOD} AND parent_ref IS NULL AND account_name IS NULL`,
  ).run({ reason: reasonText(w, 'noAccount') });
  db.exec(`UPDATE ${STAGE} AS s SET parent = (SELECT a.id FROM main.accounts a
      WHERE a.external_id = s.parent_ref AND a.${LIVE} ORDER BY a.rid LIMIT 1)
    WHERE ${GOOD} AND parent_ref IS NOT NULL`);
  const named = `FROM main.accounts a WHERE a.sort_name = rapport_normalize(s.account_name) AND a.${LIVE}`;
  db.prepare(
    `UPDATE ${STAGE} AS s SET error = replace(replace(:reason, '{{count}}', (SELECT count(*) ${named})),
      '{{value}}', s.account_name)
     WHERE ${GOOD} AND parent IS NULL AND account_name IS NOT NULL AND (SELECT count(*) ${named}) > 1`,
  ).run({ reason: reasonText(w, 'accountAmbiguous') });
  db.exec(`UPDATE ${STAGE} AS s SET parent = (SELECT a.id ${named})
    WHERE ${GOOD} AND parent IS NULL AND account_name IS NOT NULL`);
  db.prepare(
    `UPDATE ${STAGE} SET error = replace(:reason, '{{value}}', coalesce(parent_ref, account_name))
     WHERE ${GOOD} AND parent IS NULL`,
  ).run({ reason: reasonText(w, 'accountMissing') });
  db.exec(`UPDATE ${STAGE} AS s SET target = (SELECT c.id FROM main.contacts c
      WHERE c.account_id = s.parent AND c.${LIVE}
        AND ((s.email IS NOT NULL AND lower(c.email) = s.email)
          OR (c.sort_name = s.name_key AND (s.email IS NULL OR c.email IS NULL)))
      ORDER BY c.rid LIMIT 1), depth = 0
    WHERE ${GOOD}`);
  refuseRepeats(db, w, 'f.target = s.target');
  refuseRepeats(
    db,
    w,
    'f.target IS NULL AND s.target IS NULL AND f.parent = s.parent AND coalesce(f.email, f.name_key) = coalesce(s.email, s.name_key)',
  );
}
