import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../src/main/db/open';
import { decodeRow, idText, mappingOf } from '../../src/main/db/codec';
import { DEMO_NODE, generateDemo, type DemoSummary } from '../../src/main/demo';
import { SellingStep } from '../../src/shared/domain/enums';
import { hlcMillis } from '../../src/shared/hlc';
import { rowOf, type Table } from '../../src/shared/schema/table';
import { TABLES } from '../../src/shared/schema/tables';
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
const meta = (db: Db, key: string): string | undefined =>
  (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)
    ?.value;

let a: ReturnType<typeof demo>;
let big: { db: Db; summary: DemoSummary } | null = null;

/** A book big enough for as many territories as countries. */
function large(): { db: Db; summary: DemoSummary } {
  if (!big) {
    const db = openDatabase(path.join(dir, 'large.db'), { create: true });
    open.push(db);
    big = { db, summary: generateDemo(db, { accounts: 1000, seed: 9, today: TODAY }) };
  }
  return big;
}
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
  it('has the promised volumes, rows in every declared table, and reports them', () => {
    const { db, summary, phases } = a;
    expect(count(db, 'SELECT count(*) AS n FROM accounts')).toBe(300);
    expect(count(db, 'SELECT count(*) AS n FROM contacts')).toBeGreaterThanOrEqual(900);
    expect(count(db, 'SELECT count(*) AS n FROM interactions')).toBeGreaterThanOrEqual(3000);
    expect(count(db, 'SELECT count(*) AS n FROM team_members')).toBeGreaterThanOrEqual(12);
    for (const table of [...TABLES.map((t) => t.name), 'interaction_contacts']) {
      const n = count(db, `SELECT count(*) AS n FROM ${table}`);
      expect(n, table).toBeGreaterThan(0);
      expect(summary.rows[table as keyof DemoSummary['rows']], table).toBe(n);
    }
    expect(phases).toContain('accounts');
    expect(count(db, 'SELECT count(*) AS n FROM changes')).toBe(0);
  });

  it('scales with the number of accounts', () => {
    const { summary } = large();
    expect(summary.rows.accounts).toBe(1000);
    expect(summary.rows.contacts).toBeGreaterThanOrEqual(3000);
    expect(summary.rows.interactions).toBeGreaterThanOrEqual(10_000);
    expect(summary.rows.contacts).toBeGreaterThan((a.summary.rows.contacts ?? 0) * 3);
    expect(summary.rows.team_members).toBeGreaterThan(a.summary.rows.team_members ?? 0);
  });

  it('is the same for the same seed and different for another', () => {
    const rows = (db: Db) => db.prepare('SELECT id, name, hlc FROM accounts ORDER BY id').all();
    expect(rows(b.db)).toEqual(rows(a.db));
    expect(rows(c.db)).not.toEqual(rows(a.db));
    const members = (db: Db) =>
      db.prepare('SELECT id, name, app_role FROM team_members ORDER BY id').all();
    expect(members(b.db)).toEqual(members(a.db));
    expect(b.summary).toEqual(a.summary);
  });

  it('stores every row as its declaration says', () => {
    const { db } = a;
    for (const t of TABLES as readonly Table[]) {
      const schema = rowOf(t);
      const rows = db.prepare(`SELECT ${mappingOf(t).select} FROM ${t.name}`).all() as Record<
        string,
        unknown
      >[];
      for (const row of rows) {
        const parsed = schema.safeParse(decodeRow(t, row));
        if (!parsed.success) {
          throw new Error(`${t.name}: ${JSON.stringify(decodeRow(t, row))}\n${parsed.error}`);
        }
      }
    }
  });

  it('uses UUIDv7 ids, the demo node, creation clocks no later than the start of its today (never ahead of a server that day), and no change clocks', () => {
    const { db } = a;
    const node = db.prepare('SELECT idx FROM nodes WHERE node_id = ?').pluck().get(DEMO_NODE);
    const end = Date.parse(`${TODAY}T00:00:00.000Z`);
    for (const t of TABLES) {
      const row = db
        .prepare(
          `SELECT id, min(node) AS low, max(node) AS high, max(hlc) AS latest,
             count(updated_hlc) + count(clocks) AS changed FROM ${t.name}`,
        )
        .get() as { id: Buffer; low: number; high: number; latest: number; changed: number };
      expect(idText(row.id), t.name).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect([row.low, row.high], t.name).toEqual([node, node]);
      expect(hlcMillis(row.latest), t.name).toBeLessThanOrEqual(end);
      expect(row.changed, t.name).toBe(0);
    }
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

  it('covers every account, with one current owner and credit shares summing to 100', () => {
    const { db } = a;
    const sums = db
      .prepare(
        'SELECT account_id, sum(credit_share) AS total FROM assignments WHERE valid_to IS NULL GROUP BY account_id',
      )
      .all() as { total: number }[];
    expect(sums).toHaveLength(300);
    for (const row of sums) expect(row.total).toBe(100);
    const owners = db
      .prepare(
        `SELECT acc.sales_force AS force, s.role, count(*) AS n FROM accounts acc
         JOIN assignments s ON s.account_id = acc.id AND s.is_owner = 1 AND s.valid_to IS NULL
         GROUP BY acc.id`,
      )
      .all() as { force: string; role: string; n: number }[];
    expect(owners).toHaveLength(300);
    const expected: Record<string, string> = {
      strategic: 'account_manager',
      geographic: 'territory_rep',
      distributor: 'distributor_rep',
    };
    for (const o of owners) {
      expect(o.n).toBe(1);
      expect(o.role).toBe(expected[o.force]);
    }
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
    // Global customers have sites abroad and a strategic team with a lead as sponsor.
    expect(
      count(db, 'SELECT count(*) AS n FROM accounts WHERE parent_id IS NOT NULL'),
    ).toBeGreaterThan(0);
    expect(
      count(db, "SELECT count(*) AS n FROM assignments WHERE role = 'executive_sponsor'"),
    ).toBeGreaterThan(0);
  });

  it('has a team-lead profile, the seed and the demo mark in meta', () => {
    const { db, summary } = a;
    expect(meta(db, 'profile_member_id')).toBe(summary.profileMemberId.replace(/-/g, ''));
    expect(meta(db, 'profile_member_id')).toMatch(/^[0-9a-f]{32}$/);
    expect(meta(db, 'demo')).toBe('1');
    expect(meta(db, 'demo_seed')).toBe('7');
    expect(meta(db, 'demo_today')).toBe(TODAY);
    const role = db
      .prepare(
        "SELECT m.app_role FROM meta JOIN team_members m ON m.id = unhex(meta.value) WHERE meta.key = 'profile_member_id'",
      )
      .pluck()
      .get();
    expect(role).toBe('lead');
    expect(count(db, "SELECT count(*) AS n FROM team_members WHERE app_role = 'admin'")).toBe(1);
    expect(
      count(
        db,
        "SELECT count(*) AS n FROM teams t JOIN team_members m ON m.id = t.lead_id AND m.app_role = 'lead' AND m.team_id = t.id",
      ),
    ).toBe(count(db, 'SELECT count(*) AS n FROM teams'));
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

  it('keeps each territory in one country once there are enough of them', () => {
    const rules = large().db.prepare('SELECT rules FROM territories').pluck().all() as string[];
    expect(rules.length).toBeGreaterThanOrEqual(6);
    for (const text of rules) {
      expect((JSON.parse(text) as { countries: string[] }).countries).toHaveLength(1);
    }
  });

  it('gives each opportunity the history of the steps it took', () => {
    const { db } = a;
    const steps = db
      .prepare(
        `SELECT o.id, o.step AS current, s.step, s.reason FROM opportunities o
         JOIN opportunity_steps s ON s.opportunity_id = o.id AND s.account_id = o.account_id
         ORDER BY o.id, s.changed_at`,
      )
      .all() as { id: Buffer; current: string; step: string; reason: string | null }[];
    const byDeal = new Map<string, typeof steps>();
    for (const s of steps) {
      const key = s.id.toString('hex');
      byDeal.set(key, [...(byDeal.get(key) ?? []), s]);
    }
    expect(byDeal.size).toBe(count(db, 'SELECT count(*) AS n FROM opportunities'));
    const order = SellingStep.options as readonly string[];
    for (const history of byDeal.values()) {
      expect(history[0]?.step).toBe('prospecting');
      expect(history.at(-1)?.step).toBe(history[0]?.current);
      for (let i = 1; i < history.length; i++) {
        const step = order.indexOf(history[i]?.step ?? '');
        const before = order.indexOf(history[i - 1]?.step ?? '');
        if (step < before) expect(history[i]?.reason).toBeTruthy();
        else expect(step).toBe(before + 1);
      }
    }
    expect(
      count(
        db,
        'SELECT count(*) AS n FROM opportunities WHERE core_product_id IS NOT NULL AND json_array_length(service_ids) > 0',
      ),
    ).toBeGreaterThan(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM opportunities o, json_each(o.service_ids) j
         WHERE NOT EXISTS (SELECT 1 FROM offerings f WHERE f.id = unhex(replace(j.value, '-', '')) AND f.kind = 'service')`,
      ),
    ).toBe(0);
  });

  it('seeds the holidays of the demo countries, and customers know their anniversary', () => {
    const { db } = a;
    const has = (country: string, calendar: string, month: number, day: number) =>
      count(
        db,
        'SELECT count(*) AS n FROM holidays WHERE country = ? AND calendar = ? AND month = ? AND day = ?',
        country,
        calendar,
        month,
        day,
      );
    for (const country of ['GB', 'US', 'NO', 'SE', 'IR', 'VN']) {
      expect(has(country, 'gregorian', 1, 1), country).toBe(1);
    }
    for (const country of ['NO', 'SE', 'GB']) expect(has(country, 'gregorian', 12, 25)).toBe(1);
    expect(has('NO', 'gregorian', 5, 17)).toBe(1);
    expect(has('IR', 'persian', 1, 1)).toBe(1);
    expect(has('VN', 'lunar', 1, 1)).toBe(1);
    expect(
      count(
        db,
        "SELECT count(*) AS n FROM accounts WHERE kind = 'customer' AND customer_since IS NULL",
      ),
    ).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM partner_agreements WHERE parties IS NULL')).toBe(0);
  });

  it('marks open follow-ups and done ones', () => {
    const { db } = a;
    expect(
      count(
        db,
        'SELECT count(*) AS n FROM interactions WHERE next_step_due IS NOT NULL AND next_step_done = 0',
      ),
    ).toBeGreaterThan(0);
    expect(
      count(db, 'SELECT count(*) AS n FROM interactions WHERE next_step_done = 1'),
    ).toBeGreaterThan(0);
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM interaction_contacts l JOIN interactions i ON i.id = l.interaction_id
         JOIN contacts c ON c.id = l.contact_id WHERE c.account_id <> i.account_id`,
      ),
    ).toBe(0);
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
    for (const [table, fts] of [
      ['accounts', 'accounts_fts'],
      ['contacts', 'contacts_fts'],
    ] as const) {
      const find = db.prepare(
        `SELECT t.id FROM ${fts} f JOIN ${table} t ON t.rid = f.rowid WHERE ${fts} MATCH ?`,
      );
      const sample = db.prepare(`SELECT id, name FROM ${table} ORDER BY id LIMIT 40`).all() as {
        id: Buffer;
        name: string;
      }[];
      for (const row of sample) {
        const word = row.name.split(/\s+/).find((w) => w.length >= 3) ?? row.name;
        const [first] = toWords(word.slice(0, 3));
        if (!first) continue;
        const ids = (find.all(`name : "${first}"*`) as { id: Buffer }[]).map((r) => idText(r.id));
        expect(ids, row.name).toContain(idText(row.id));
      }
    }
    expect(
      count(
        db,
        "SELECT count(*) AS n FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%_fts_%'",
      ),
    ).toBe(4);
  });

  it('builds every index of the schema again after the load', () => {
    const fresh = openDatabase(path.join(dir, 'fresh.db'), { create: true });
    open.push(fresh);
    const indexes = (db: Db) =>
      db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name").all();
    expect(indexes(a.db)).toEqual(indexes(fresh));
  });

  it('goes into a fresh database only', () => {
    expect(() => generateDemo(a.db, { accounts: 10, seed: 1 })).toThrow(/already has data/);
  });
});
