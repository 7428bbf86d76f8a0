import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directClient } from '../../../src/main/api/dispatch';
import { setProfile } from '../../../src/main/core/core';
import { idText } from '../../../src/main/db/codec';
import { healthOf } from '../../../src/shared/domain/health';
import { wordsOf } from '../../../src/shared/words';
import { demoBook, type DemoBook } from '../../support/demoBook';
import { exportedFrom } from '../../support/exported';

/**
 * Relationship health and the key dates as files (issue 21): each row holds what the
 * Account 360 and the key-dates service show, in the order the report promises, in the
 * language asked for.
 */
let demo: DemoBook;

beforeAll(() => {
  demo = demoBook(400);
});
afterAll(() => demo.close());

const { rapport, csvOf, xlsxOf } = exportedFrom(() => demo);
const api = () => directClient(demo.core);
const plusDays = (day: string, n: number) =>
  new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);
const localToday = () => {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
};

/** Each assessed account in use by name, with its health as the Account 360 reads it. */
async function healthShown() {
  const ids = demo.core.db
    .prepare(
      `SELECT DISTINCT s.account_id FROM assessments s JOIN accounts a ON a.id = s.account_id
       WHERE s.deleted = 0 AND s.archived = 0 AND a.deleted = 0 AND a.archived = 0`,
    )
    .pluck()
    .all() as Buffer[];
  const shown = new Map<string, ReturnType<typeof healthOf>>();
  for (const id of ids) {
    const overview = await api().accountOverview({ id: idText(id) });
    shown.set(overview.account.name, healthOf(overview.assessments));
  }
  return shown;
}

describe('the relationship health report', () => {
  it("writes each assessed account's score, trend and risk as the Account 360 shows them, worst first", async () => {
    const shown = await healthShown();
    const [header, ...rows] = csvOf('health');
    expect(header).toEqual([
      'Account',
      'Owner',
      'Lifecycle',
      'Assessed on',
      'Health score',
      'Previous score',
      'Change',
      'Trend',
      'Warning signs',
      'Commitment failures',
      'At risk',
      'Why at risk',
    ]);
    expect(rows.length).toBe(shown.size);
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const health = shown.get(row[0]!)!;
      const scores = health.trend.map((t) => t.score);
      expect(row[3]).toBe(health.latest!.assessedOn);
      expect(Number(row[4])).toBe(health.explanation!.score);
      expect(row[5]).toBe(scores.length > 1 ? String(scores.at(-2)) : '');
      expect(row[7]).toBe(scores.join(' → '));
      expect(row[10]).toBe(health.risk ? 'Yes' : 'No');
    }
    // At risk first, then the lowest score.
    const risky = rows.map((r) => r[10] === 'Yes');
    expect(risky).toEqual([...risky].sort((a, b) => Number(b) - Number(a)));
    const atRisk = rows.filter((r) => r[10] === 'Yes').length;
    expect(atRisk).toBeGreaterThan(0);
    for (const part of [rows.slice(0, atRisk), rows.slice(atRisk)]) {
      const scores = part.map((r) => Number(r[4]));
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
    }
  });

  it('names the signs and why an account is at risk in Persian, with the numbers typed in Excel', async () => {
    const shown = await healthShown();
    const fa = wordsOf('fa');
    const [header, ...rows] = xlsxOf('health', '--lang', 'fa');
    expect(header).toEqual([
      fa.report.columns.account,
      fa.fields.owner,
      fa.fields.lifecycle,
      fa.report.columns.assessedOn,
      fa.report.columns.healthScore,
      fa.report.columns.previousScore,
      fa.report.columns.change,
      fa.report.columns.trend,
      fa.report.columns.warningSigns,
      fa.report.columns.commitmentFailures,
      fa.report.columns.atRisk,
      fa.report.columns.whyAtRisk,
    ]);
    const first = rows[0]!;
    const health = shown.get(first[0] as string)!;
    expect(first[4]).toBe(health.explanation!.score);
    expect(first[10]).toBe(fa.report.columns.yes);
    const severe = health.risk!.severeSigns.map((s) => fa.enum.healthSign[s]);
    const fell = health.risk!.fall
      ? [`امتیاز از ${health.risk!.fall.from} به ${health.risk!.fall.to} افتاد`]
      : [];
    expect(first[11]).toBe([...severe, ...fell].join('; '));
    const failures = health.explanation!.signs.commitmentFailures;
    expect(first[9]).toBe(failures.map((s) => fa.enum.healthSign[s]).join(', ') || undefined);
    expect(Object.values(fa.enum.lifecycle)).toContain(first[2]);
  });
});

describe('the key dates report', () => {
  it('writes the key dates of the next 30 days by default, soonest first, as the key-dates service lists them', async () => {
    const from = localToday();
    const dates = await api().listKeyDates({ from, to: plusDays(from, 29) });
    const [header, ...rows] = csvOf('dates');
    expect(header).toEqual([
      'Date',
      'Occasion',
      'Holiday',
      'Contact',
      'Account',
      'Country',
      'Years',
      'Greeting',
      'Greeted',
    ]);
    expect(rows.length).toBe(dates.length);
    expect(rows.length).toBeGreaterThan(10);
    const en = wordsOf('en').enum.agendaKind;
    rows.forEach((row, i) => {
      const date = dates[i]!;
      expect(row.slice(0, 6)).toEqual([
        date.date,
        en[date.kind],
        date.kind === 'holiday' ? date.name : '',
        date.contactId ? date.name : '',
        date.accountName ?? '',
        date.country ?? '',
      ]);
    });
  });

  it("keeps to one account and the days asked for, and marks a greeting once it's recorded, in Norwegian", async () => {
    const from = localToday();
    const to = plusDays(from, 180);
    const birthday = (await api().listKeyDates({ from, to })).find(
      (d) => d.kind === 'birthday' && !d.doNotContact,
    )!;
    const nb = wordsOf('nb');
    const args = ['--account', birthday.accountId!, '--from', from, '--to', to, '--lang', 'nb'];
    const before = csvOf('dates', ...args).slice(1);
    const ofAccount = await api().listKeyDates({ from, to, accountId: birthday.accountId! });
    expect(before.length).toBe(ofAccount.length);
    for (const row of before) {
      expect(row[0]! >= from && row[0]! <= to).toBe(true);
      expect([birthday.accountName, '']).toContain(row[4]);
    }
    const row = () =>
      before.findIndex((r) => r[1] === nb.enum.agendaKind.birthday && r[3] === birthday.name);
    expect(before[row()]![8]).toBe(nb.report.columns.no);
    expect(before[row()]![7]).toMatch(/^Send hilsen via |^Send en hilsen$/);

    const admin = demo.core.db
      .prepare("SELECT id FROM team_members WHERE app_role = 'admin'")
      .pluck()
      .get() as Buffer;
    setProfile(demo.core, idText(admin));
    await api().createInteraction({
      accountId: birthday.accountId!,
      kind: 'greeting',
      occurredAt: `${birthday.date}T09:00:00.000Z`,
      subject: 'Birthday',
      contactIds: [birthday.contactId!],
    });
    const after = csvOf('dates', ...args, '--format', 'csv').slice(1);
    const greeted = after.find(
      (r) => r[1] === nb.enum.agendaKind.birthday && r[3] === birthday.name,
    )!;
    expect(greeted.slice(7)).toEqual([nb.report.say.greetedAlready, nb.report.columns.yes]);
  });

  it('refuses a period running backwards or longer than a year, and writes no file', () => {
    const file = path.join(demo.dir, 'refused.csv');
    const backwards = rapport(
      '--report',
      'dates',
      '--from',
      '2026-03-01',
      '--to',
      '2026-02-01',
      '--out',
      file,
    );
    expect(backwards.status).not.toBe(0);
    expect(backwards.stderr).toContain('To cannot be before From');
    const long = rapport(
      '--report',
      'dates',
      '--from',
      '2026-01-01',
      '--to',
      '2027-06-01',
      '--out',
      file,
    );
    expect(long.status).not.toBe(0);
    expect(long.stderr).toContain('Key dates are listed for at most a year at a time');
    expect(fs.existsSync(file)).toBe(false);
  });
});
