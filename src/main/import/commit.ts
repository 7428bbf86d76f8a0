import { v7 as uuidv7 } from 'uuid';
import { AccountFields, accountsTable } from '../../shared/domain/account';
import { assignmentsTable } from '../../shared/domain/assignment';
import { ContactFields, contactsTable } from '../../shared/domain/contact';
import { RapportError } from '../../shared/errors';
import type { ImportKind } from '../../shared/imports';
import type { Table } from '../../shared/schema/table';
import { currentActor, type Core } from '../core/core';
import type { Authorize } from '../core/permissions';
import { findRecords, insertRows, updateRows } from '../core/records';
import { dayText, idBytes, idText } from '../db/codec';
import { deferSearchIndex } from '../db/searchIndex';
import { bulkLoadPending, insertInChunks, suspendIndexing } from '../db/bulkLoad';
import type { Db } from '../db/open';
import type { JobContext } from '../jobs/work';
import { STAGE } from './stage';

type Values = Record<string, unknown>;

/** Records written per call of the write path, and between looks at Cancel. */
const PAGE = 1000;

const TABLES: Record<ImportKind, Table> = { accounts: accountsTable, contacts: contactsTable };
const PARENT_FIELD: Record<ImportKind, string> = { accounts: 'parentId', contacts: 'accountId' };

/** What a new record gets for the fields the file leaves out: the create form's defaults. */
const DEFAULTS: Record<ImportKind, Values> = {
  accounts: without(AccountFields.parse({ name: '-' }), 'name'),
  contacts: without(
    ContactFields.parse({ name: '-', accountId: '00000000-0000-7000-8000-000000000000' }),
    'name',
    'accountId',
  ),
};

function without(values: Values, ...fields: string[]): Values {
  return Object.fromEntries(Object.entries(values).filter(([f]) => !fields.includes(f)));
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

interface StagedRow {
  line: number;
  fields: string;
  target: Buffer | null;
  /** The parent's id: in the book, or made by this import at a lower depth. */
  parent: Buffer | null;
  /** 1 when a row of the file names this one as its parent (its new id is noted). */
  isParent: number;
}

/** One page of good rows as writes: new records, and patches with the values they replace. */
interface PagePlan {
  inserts: { line: number; isParent: number; values: Values }[];
  patches: { id: string; patch: Values; before: Values }[];
  unchanged: number;
}

function planPage(core: Core, kind: ImportKind, rows: readonly StagedRow[]): PagePlan {
  const t = TABLES[kind];
  const parentField = PARENT_FIELD[kind];
  const linked = (row: StagedRow): Values => {
    const values = JSON.parse(row.fields) as Values;
    if (row.parent) values[parentField] = idText(row.parent);
    return values;
  };
  const inserts = rows
    .filter((r) => !r.target)
    .map((r) => ({
      line: r.line,
      isParent: r.isParent,
      values: { ...DEFAULTS[kind], ...linked(r) },
    }));
  const matched = rows.filter((r) => r.target);
  const stored = findRecords<Values>(
    core,
    t,
    matched.map((r) => idText(r.target!)),
  );
  const patches: PagePlan['patches'] = [];
  for (const row of matched) {
    const id = idText(row.target!);
    const now = stored.get(id)!;
    const patch = Object.fromEntries(
      Object.entries(linked(row)).filter(([field, value]) => now[field] !== value),
    );
    if (Object.keys(patch).length === 0) continue;
    patches.push({
      id,
      patch,
      before: Object.fromEntries(Object.keys(patch).map((f) => [f, now[f]])),
    });
  }
  return { inserts, patches, unchanged: matched.length - patches.length };
}

/** Pages of good rows, parents' depth before children's, in the file's order within a depth. */
function* pages(core: Core): Generator<StagedRow[]> {
  const page = core.statement(
    `SELECT s.line, s.fields, s.target,
       coalesce(s.parent, (SELECT p.target FROM ${STAGE} p WHERE p.line = s.parent_line)) AS parent,
       EXISTS (SELECT 1 FROM ${STAGE} c WHERE c.parent_line = s.line) AS isParent
     FROM ${STAGE} s
     WHERE s.error IS NULL AND s.depth = :depth AND s.line > :line ORDER BY s.line LIMIT ${PAGE}`,
  );
  for (let depth = 0; ; depth++) {
    let line = 0;
    let rows = page.all({ depth, line }) as StagedRow[];
    if (rows.length === 0) return;
    while (rows.length > 0) {
      yield rows;
      line = rows.at(-1)!.line;
      rows = page.all({ depth, line }) as StagedRow[];
    }
  }
}

/** What the import would do, without writing: the dry run's counts. */
export function countChanges(core: Core, kind: ImportKind): Counts {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const rows of pages(core)) {
    const plan = planPage(core, kind, rows);
    counts.created += plan.inserts.length;
    counts.updated += plan.patches.length;
    counts.unchanged += plan.unchanged;
  }
  return counts;
}

export interface Committed extends Counts {
  id: string;
}

/**
 * Writes the good rows as one transaction through the one write path (role check, clock,
 * change log: the import syncs as any change does), in pages, with the search index
 * brought up to date once at the end; keeps what undo needs (imports, import_rows).
 * Cancelled, or failing on any row, it writes nothing.
 */
export function commitImport(
  core: Core,
  kind: ImportKind,
  fileName: string,
  authorize: Authorize,
  context: JobContext,
): Committed {
  const good = core
    .statement(`SELECT count(*) FROM ${STAGE} WHERE error IS NULL`)
    .pluck()
    .get() as number;
  // Into an empty table (a first import from another CRM), rows go in fastest without
  // its secondary indexes and search index, each built once at the end, set-wise
  // (db/bulkLoad.ts); into a book, the search index alone is brought up to date at the end.
  const table = TABLES[kind].name;
  const intoEmpty =
    core.statement(`SELECT NOT EXISTS (SELECT 1 FROM ${table})`).pluck().get() === 1 &&
    !bulkLoadPending(core.db);
  const indexing = intoEmpty
    ? withoutIndexes(core.db, table)
    : <T>(work: () => T) => deferSearchIndex(core.db, work);
  return core.transaction(() =>
    indexing(() => {
      const id = uuidv7();
      const key = idBytes(id);
      core
        .statement(
          `INSERT INTO imports (id, made_at, kind, file_name, created, updated, last_hlc)
           VALUES (?, ?, ?, ?, 0, 0, 0)`,
        )
        .run(key, Date.now(), kind, fileName);
      const noteTarget = core.statement(`UPDATE ${STAGE} SET target = ? WHERE line = ?`);
      const owner = ownerOfNew(core, kind);
      const counts = { created: 0, updated: 0, unchanged: 0 };
      let seq = 0;
      for (const rows of pages(core)) {
        context.progress(counts.created + counts.updated + counts.unchanged, good, 'importing');
        if (context.signal.aborted) throw new RapportError('conflict', 'The import was cancelled');
        const plan = planPage(core, kind, rows);
        const ids = insertRows(
          core,
          TABLES[kind],
          plan.inserts.map((i) => i.values),
          authorize,
        );
        owner?.(ids, authorize);
        updateRows(core, TABLES[kind], plan.patches, authorize);
        const touched: unknown[] = [];
        ids.forEach((rowId, i) => {
          const insert = plan.inserts[i]!;
          touched.push(key, ++seq, idBytes(rowId), null);
          if (insert.isParent) noteTarget.run(idBytes(rowId), insert.line);
        });
        for (const p of plan.patches)
          touched.push(key, ++seq, idBytes(p.id), JSON.stringify(p.before));
        remember(core, touched);
        counts.created += ids.length;
        counts.updated += plan.patches.length;
        counts.unchanged += plan.unchanged;
      }
      const lastHlc =
        core.statement('SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1').pluck().get() ?? 0;
      core
        .statement('UPDATE imports SET created = ?, updated = ?, last_hlc = ? WHERE id = ?')
        .run(counts.created, counts.updated, lastHlc, key);
      return { id, ...counts };
    }),
  );
}

/** Rows of `import_rows` written by one INSERT statement. */
const REMEMBERED_A_STATEMENT = 250;

/**
 * What undo needs of a page (`import_id, seq, row_id, before` after each other), written
 * REMEMBERED_A_STATEMENT rows a statement.
 */
function remember(core: Core, params: readonly unknown[]): void {
  const statement = (n: number) =>
    core.statement(
      `INSERT INTO import_rows (import_id, seq, row_id, before) VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?)').join(', ')}`,
    );
  insertInChunks(statement, params, 4, REMEMBERED_A_STATEMENT);
}

/** Runs `work` with the table's indexes lifted, and puts them back (built anew) after it. */
const withoutIndexes =
  (db: Db, table: string) =>
  <T>(work: () => T): T => {
    const restore = suspendIndexing(db, [table]);
    try {
      return work();
    } finally {
      restore();
    }
  };

/**
 * A rep who creates an account owns it, as in the app (createAccount), so that they
 * can go on working on it: their owner assignment, written with the accounts.
 */
function ownerOfNew(core: Core, kind: ImportKind) {
  const actor = currentActor(core);
  if (kind !== 'accounts' || actor?.appRole !== 'rep') return null;
  const validFrom = dayText(Math.floor(Date.now() / 86_400_000));
  return (accountIds: readonly string[], authorize: Authorize) =>
    insertRows(
      core,
      assignmentsTable,
      accountIds.map((accountId) => ({
        accountId,
        memberId: actor.id,
        role: 'account_manager',
        isOwner: true,
        overlay: false,
        creditShare: 100,
        validFrom,
        validTo: null,
        reason: 'Imported',
        assignedById: actor.id,
      })),
      authorize,
    );
}
