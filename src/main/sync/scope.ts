import type { Core } from '../core/core';
import { TABLES } from '../../shared/schema/tables';
import type { Table } from '../../shared/schema/table';
import { toColumn } from '../db/codec';

/**
 * Scope on the device (DESIGN §3): the server decides what a device may hold. When a
 * reassignment takes accounts out of it, the pull says so; the accounts are queued
 * here and removed once every edit made to them here has gone up (`purgeQueued` is
 * called only after a push that left nothing waiting), so no note is lost with them.
 */
export function queuePurge(core: Core, accountIds: readonly Buffer[]): void {
  const insert = core.statement('INSERT OR IGNORE INTO sync_purge (account_id) VALUES (?)');
  for (const id of accountIds) insert.run(id);
}

/** Removes the queued accounts and everything that belongs to them; returns how many. */
export function purgeQueued(core: Core): number {
  return core.transaction(() => {
    // A site whose parent stays on the device keeps its parent: only leaves are removed.
    const queued = core
      .statement(
        `SELECT q.account_id AS id FROM sync_purge q
         WHERE NOT EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = q.account_id
           AND c.id NOT IN (SELECT account_id FROM sync_purge))`,
      )
      .all() as { id: Buffer }[];
    if (queued.length === 0) return 0;
    core.db.exec('CREATE TEMP TABLE IF NOT EXISTS purging (id BLOB PRIMARY KEY) WITHOUT ROWID');
    core.db.exec('DELETE FROM temp.purging');
    const add = core.statement('INSERT INTO temp.purging (id) VALUES (?)');
    for (const { id } of queued) add.run(id);
    const owned = TABLES.filter((t) => t.account !== null).reverse() as readonly Table[];
    for (const t of owned) purgeTable(core, t);
    core.db.exec('DELETE FROM sync_purge WHERE account_id IN (SELECT id FROM temp.purging)');
    return queued.length;
  });
}

function purgeTable(core: Core, t: Table): void {
  const accountColumn = t.account === 'id' ? 'id' : toColumn(t.account as string);
  const rows = `SELECT id FROM ${t.name} WHERE ${accountColumn} IN (SELECT id FROM temp.purging)`;
  for (const link of Object.values(t.links ?? {})) {
    core.db.exec(`DELETE FROM ${link.table} WHERE ${link.owner} IN (${rows})`);
  }
  // Links from rows of other tables to these (the contacts present at an interaction).
  for (const other of TABLES as readonly Table[]) {
    for (const link of Object.values(other.links ?? {})) {
      if (link.references === t.name) {
        core.db.exec(`DELETE FROM ${link.table} WHERE ${link.member} IN (${rows})`);
      }
    }
  }
  core.db.exec(`DELETE FROM conflicts WHERE resolved_at IS NULL AND row_id IN (${rows})`);
  // The tombstone first, so the search index lets go of the row (its trigger), then the row.
  core.db.exec(`UPDATE ${t.name} SET deleted = 1 WHERE deleted = 0 AND id IN (${rows})`);
  core.db.exec(`DELETE FROM ${t.name} WHERE id IN (${rows})`);
}
