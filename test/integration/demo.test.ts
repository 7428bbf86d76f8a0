import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/main/db/open';
import { generateDemo, type DemoSummary } from '../../src/main/demo';
import { toWords } from '../../src/shared/text';

const TODAY = '2025-06-15';
let dir: string;
const open: Db[] = [];

function demo(name: string, seed: number): { db: Db; summary: DemoSummary; phases: string[] } {
  const db = openDatabase(path.join(dir, `${name}.db`), { create: true });
  open.push(db);
  const phases: string[] = [];
  const summary = generateDemo(db, {
    accounts: 300,
    seed,
    today: TODAY,
    onProgress: (_done, _total, phase) => phases.push(phase),
  });
  return { db, summary, phases };
}

const count = (db: Db, sql: string, ...params: unknown[]): number =>
  (db.prepare(sql).get(...params) as { n: number }).n;

let a: ReturnType<typeof demo>;
let b: ReturnType<typeof demo>;
let c: ReturnType<typeof demo>;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-'));
  a = demo('a', 7);
  b = demo('b', 7);
  c = demo('c', 8);
});

afterAll(() => {
  for (const db of open) db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('demo data', () => {
  it('has the promised volumes and reports them', () => {
    const { db, summary, phases } = a;
    expect(count(db, 'SELECT count(*) AS n FROM accounts')).toBe(300);
    expect(count(db, 'SELECT count(*) AS n FROM contacts')).toBeGreaterThanOrEqual(900);
    expect(count(db, 'SELECT count(*) AS n FROM interactions')).toBeGreaterThanOrEqual(3000);
    expect(count(db, 'SELECT count(*) AS n FROM team_members')).toBeGreaterThanOrEqual(12);
    expect(summary.rows.accounts).toBe(300);
    expect(summary.rows.contacts).toBe(count(db, 'SELECT count(*) AS n FROM contacts'));
    for (const table of [
      'interaction_contacts',
      'purchases',
      'opportunities',
      'assessments',
      'partner_agreements',
    ]) {
      expect(count(db, `SELECT count(*) AS n FROM ${table}`), table).toBeGreaterThan(0);
    }
    expect(summary.rows.offerings).toBe(20);
    expect(phases).toContain('accounts');
    expect(count(db, 'SELECT count(*) AS n FROM changes')).toBe(0);
  });

  it('is the same for the same seed and different for another', () => {
    const rows = (db: Db) => db.prepare('SELECT id, name FROM accounts ORDER BY id').all();
    expect(rows(b.db)).toEqual(rows(a.db));
    expect(rows(c.db)).not.toEqual(rows(a.db));
    const members = (db: Db) =>
      db.prepare('SELECT id, name, app_role FROM team_members ORDER BY id').all();
    expect(members(b.db)).toEqual(members(a.db));
    expect(b.summary).toEqual(a.summary);
  });

  it('uses UUIDv7 ids and the demo clock', () => {
    const row = a.db.prepare('SELECT id, updated_hlc AS hlc FROM contacts LIMIT 1').get() as {
      id: string;
      hlc: string;
    };
    expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row.hlc).toMatch(/^\d{15}:[0-9a-z]{5}:demo0000$/);
  });

  it('keeps every org chart inside its account, without self-reports or cycles', () => {
    const { db } = a;
    expect(count(db, 'SELECT count(*) AS n FROM contacts WHERE reports_to_id = id')).toBe(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM contacts c JOIN contacts boss ON boss.id = c.reports_to_id
         WHERE boss.account_id <> c.account_id`,
      ),
    ).toBe(0);
    const deepest = count(
      db,
      `WITH RECURSIVE up(id, boss, depth) AS (
         SELECT id, reports_to_id, 0 FROM contacts
         UNION ALL
         SELECT up.id, c.reports_to_id, depth + 1 FROM up JOIN contacts c ON c.id = up.boss WHERE depth < 50
       ) SELECT max(depth) AS n FROM up`,
    );
    expect(deepest).toBeLessThan(10);
  });

  it('covers every account, with active credit shares summing to 100', () => {
    const { db } = a;
    const sums = db
      .prepare(
        'SELECT account_id, sum(credit_share) AS total FROM assignments WHERE valid_to IS NULL GROUP BY account_id',
      )
      .all() as { total: number }[];
    expect(sums).toHaveLength(300);
    for (const row of sums) expect(row.total).toBe(100);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM accounts acc WHERE NOT EXISTS (SELECT 1 FROM assignments s
           WHERE s.account_id = acc.id AND s.member_id = acc.owner_id AND s.valid_to IS NULL)`,
      ),
    ).toBe(0);
    expect(
      count(
        db,
        'SELECT count(*) AS n FROM assignments WHERE valid_to IS NOT NULL AND reason IS NOT NULL',
      ),
    ).toBeGreaterThan(0);
    expect(
      count(
        db,
        "SELECT count(*) AS n FROM accounts WHERE kind = 'distributor' AND sales_force <> 'distributor'",
      ),
    ).toBe(0);
    expect(
      count(
        db,
        "SELECT count(*) AS n FROM accounts WHERE sales_force = 'geographic' AND territory_id IS NULL",
      ),
    ).toBe(0);
  });

  it('has a team-lead profile and the seed in meta', () => {
    const { db, summary } = a;
    const meta = (key: string) =>
      (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)
        ?.value;
    expect(meta('profile_member_id')).toBe(summary.profileMemberId);
    expect(meta('demo_seed')).toBe('7');
    const role = db
      .prepare('SELECT app_role FROM team_members WHERE id = ?')
      .get(summary.profileMemberId) as {
      app_role: string;
    };
    expect(role.app_role).toBe('lead');
    expect(count(db, "SELECT count(*) AS n FROM team_members WHERE app_role = 'admin'")).toBe(1);
  });

  it('mixes English, Persian (in both keyboards), Norwegian and Vietnamese names', () => {
    const { db } = a;
    const names = (pattern: string) =>
      count(
        db,
        `SELECT (SELECT count(*) FROM accounts WHERE name GLOB ?) + (SELECT count(*) FROM contacts WHERE name GLOB ?) AS n`,
        pattern,
        pattern,
      );
    expect(names('*[يك]*')).toBeGreaterThan(0); // Arabic yeh / kaf
    expect(names('*[یک]*')).toBeGreaterThan(0); // Persian yeh / keheh
    expect(names('*[æøåÆØÅ]*')).toBeGreaterThan(0);
    expect(names('*[ễịạđĐơư]*')).toBeGreaterThan(0);
    expect(
      count(
        db,
        "SELECT count(DISTINCT country) AS n FROM accounts WHERE country IN ('GB','US','IR','NO','VN')",
      ),
    ).toBe(5);
  });

  it('passes the foreign-key check', () => {
    expect(a.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('indexes every live account and contact for search, and keeps the triggers', () => {
    const { db } = a;
    expect(count(db, 'SELECT count(*) AS n FROM accounts_fts')).toBe(
      count(db, 'SELECT count(*) AS n FROM accounts WHERE deleted = 0'),
    );
    expect(count(db, 'SELECT count(*) AS n FROM contacts_fts')).toBe(
      count(db, 'SELECT count(*) AS n FROM contacts WHERE deleted = 0'),
    );
    const find = db.prepare(
      `SELECT m.account_id AS id FROM accounts_fts f JOIN accounts_fts_map m ON m.rowid = f.rowid
       WHERE accounts_fts MATCH ?`,
    );
    const sample = db.prepare('SELECT id, name FROM accounts ORDER BY id LIMIT 40').all() as {
      id: string;
      name: string;
    }[];
    for (const account of sample) {
      const word = account.name.split(/\s+/).find((w) => w.length >= 3) ?? account.name;
      const [first] = toWords(word.slice(0, 3));
      if (!first) continue;
      const ids = (find.all(`name : "${first}"*`) as { id: string }[]).map((r) => r.id);
      expect(ids, account.name).toContain(account.id);
    }
    expect(
      count(
        db,
        "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_fts_%'",
      ),
    ).toBe(4);
  });

  it('goes into a fresh database only', () => {
    expect(() => generateDemo(a.db, { accounts: 10, seed: 1 })).toThrow(/already has data/);
  });
});
