import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateAccount } from '../../../src/main/services/accounts/accounts';
import { fileState } from '../../support/files';
import { refusal } from '../../support/refusal';
import {
  accountsByName,
  count,
  csv,
  importBook,
  runImport,
  runUndo,
} from '../../support/importBook';

let book: ReturnType<typeof importBook>;
beforeEach(() => {
  book = importBook();
});
afterEach(() => book.close());

const HEADER = ['Account ID', 'Account Name', 'Billing Country', 'Billing City'];
const rows = (n: number, city = 'Oslo') =>
  Array.from({ length: n }, (_, i) => [`EXT-${i}`, `Company ${i}`, 'NO', city]);
const stats = () => ({
  accounts: count(book.core, 'SELECT count(*) FROM accounts'),
  changes: count(book.core, 'SELECT count(*) FROM changes'),
  imports: count(book.core, 'SELECT count(*) FROM imports'),
  searchable: count(
    book.core,
    "SELECT count(*) FROM accounts_fts WHERE accounts_fts MATCH 'company'",
  ),
});

describe('writing an import', () => {
  it('a dry run counts what would change and writes nothing to the book', async () => {
    await runImport(book.core, {
      kind: 'accounts',
      path: book.write('a.csv', csv([HEADER, ...rows(3)])),
    });
    book.core.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fileState(book.file);
    const counts = stats();
    const changed = [HEADER, ...rows(5)];
    changed[1]![3] = 'Bergen';
    const result = await runImport(book.core, {
      kind: 'accounts',
      path: book.write('b.csv', csv(changed)),
      dryRun: true,
    });
    expect(result).toMatchObject({
      id: null,
      dryRun: true,
      created: 2,
      updated: 1,
      unchanged: 2,
      errors: 0,
    });
    expect(stats()).toEqual(counts);
    book.core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileState(book.file).sha256).toBe(before.sha256);
  });

  it('makes the new accounts findable by search, indexed once at the end', async () => {
    await runImport(book.core, {
      kind: 'accounts',
      path: book.write('a.csv', csv([HEADER, ...rows(1500)])),
    });
    expect(stats()).toMatchObject({ accounts: 1500, searchable: 1500 });
    const hits = await book.api.search({ text: 'Company 1499' });
    expect(JSON.stringify(hits)).toContain('Company 1499');
  });

  it('lands all of its rows or none: a failure half-way leaves the book as it was', async () => {
    await runImport(book.core, {
      kind: 'accounts',
      path: book.write('a.csv', csv([HEADER, ...rows(10)])),
    });
    const before = stats();
    // the second page of writes fails, after the first 1,000 rows were written in the transaction
    book.core.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON accounts WHEN new.name = 'Company 1500'
      BEGIN SELECT RAISE(ABORT, 'the disk is full'); END`);
    const error = await runImport(book.core, {
      kind: 'accounts',
      path: book.write('b.csv', csv([HEADER, ...rows(2000, 'Bergen')])),
    }).catch((e: Error) => e);
    expect(String(error)).toMatch(/the disk is full/);
    expect(stats()).toEqual(before);
    expect(count(book.core, "SELECT count(*) FROM accounts WHERE city = 'Bergen'")).toBe(0);
  });
});

describe('undoing an import', () => {
  it('archives what it made and puts back what it changed, through the change log', async () => {
    await runImport(book.core, {
      kind: 'accounts',
      path: book.write('a.csv', csv([HEADER, ...rows(2)])),
    });
    const changed = [HEADER, ...rows(3)];
    changed[1]![3] = 'Bergen';
    const made = await runImport(book.core, {
      kind: 'accounts',
      path: book.write('b.csv', csv(changed)),
    });
    expect(made).toMatchObject({ created: 1, updated: 1 });
    const logged = count(book.core, 'SELECT count(*) FROM changes');
    const undone = runUndo(book.core, made.id!);
    expect(undone).toEqual({ id: made.id, archived: 1, restored: 1 });
    const accounts = accountsByName(book.core);
    expect(accounts.get('Company 0')).toMatchObject({ city: 'Oslo', archived: 0 });
    expect(accounts.get('Company 2')?.archived).toBe(1);
    const undoChanges = book.core.db
      .prepare('SELECT field, value FROM changes WHERE seq > ? ORDER BY seq')
      .all(logged);
    expect(undoChanges).toEqual(
      expect.arrayContaining([
        { field: 'city', value: '"Oslo"' },
        { field: 'archived', value: 'true' },
      ]),
    );
    expect(undoChanges).toHaveLength(2);
    const again = await refusal(Promise.resolve().then(() => runUndo(book.core, made.id!)));
    expect(again.message).toBe('This import has already been undone');
  });

  it('refuses when a record it touched was changed since, naming it, and changes nothing', async () => {
    const made = await runImport(book.core, {
      kind: 'accounts',
      path: book.write('a.csv', csv([HEADER, ...rows(3)])),
    });
    const id = book.core.db
      .prepare("SELECT lower(hex(id)) FROM accounts WHERE name = 'Company 1'")
      .pluck()
      .get() as string;
    const uuid = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
    updateAccount(book.core, { id: uuid, patch: { city: 'Trondheim' } });
    const before = stats();
    const error = await refusal(Promise.resolve().then(() => runUndo(book.core, made.id!)));
    expect(error.message).toBe(
      'Company 1 was changed after the import: undo the changes since first, or keep the import',
    );
    expect(stats()).toEqual(before);
    expect(count(book.core, 'SELECT count(*) FROM accounts WHERE archived = 1')).toBe(0);
  });
});
