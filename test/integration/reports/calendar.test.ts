import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directClient } from '../../../src/main/api/dispatch';
import { idText } from '../../../src/main/db/codec';
import { cli, demoBook, type DemoBook } from '../../support/demoBook';

/**
 * My week as a calendar file (issue 21): `rapport export --report week --format ics`,
 * read back by an iCalendar library, each event the agenda's item on its day.
 */
let demo: DemoBook;
let rep: string;

beforeAll(() => {
  demo = demoBook(300);
  // The member with the most open follow-ups: a week with something in it.
  rep = idText(
    demo.core.db
      .prepare(
        `SELECT member_id FROM interactions WHERE next_step_due IS NOT NULL AND next_step_done = 0
         GROUP BY member_id ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get() as Buffer,
  );
});
afterAll(() => demo.close());

const rapport = (...args: string[]) =>
  spawnSync(process.execPath, [cli, 'export', '--db', demo.book, ...args], { encoding: 'utf8' });
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe('my week as a calendar file', () => {
  it('holds each follow-up and key date as an all-day event on its day', async () => {
    const file = path.join(demo.dir, 'week.ics');
    const from = day(0);
    const to = day(20);
    const done = rapport(
      '--report',
      'week',
      '--format',
      'ics',
      '--owner',
      rep,
      '--from',
      from,
      '--to',
      to,
      '--out',
      file,
    );
    expect(done.status, done.stderr).toBe(0);
    const agenda = await directClient(demo.core).myWeek({ memberId: rep, from, days: 21 });
    expect(agenda.items.length).toBeGreaterThan(0);

    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(agenda.items.length);
    for (const [i, item] of agenda.items.entries()) {
      const event = events[i]!;
      expect(event.summary).toBe(`${item.title} — ${item.account.name}`);
      expect(event.startDate.isDate).toBe(true); // all day
      expect(event.startDate.toString()).toBe(item.day);
      expect(event.description).toContain(item.contact?.name ?? '');
    }
    // Each event names its item: importing the file again updates instead of doubling.
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(done.stdout.trim()).toBe(`${events.length} rows written to ${file}`);
  });

  it('writes the same week as a table in CSV, and refuses a calendar of another report', () => {
    const file = path.join(demo.dir, 'week.csv');
    const done = rapport('--report', 'week', '--owner', rep, '--out', file, '--lang', 'nb');
    expect(done.status, done.stderr).toBe(0);
    const [header, ...rows] = parse(fs.readFileSync(file, 'utf8'), { bom: true }) as string[][];
    expect(header!.slice(0, 3)).toEqual(['Dag', 'Type', 'Hva']);
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[0]!))).toBe(true);

    const wrong = rapport(
      '--report',
      'accounts',
      '--format',
      'ics',
      '--out',
      path.join(demo.dir, 'x.ics'),
    );
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('A calendar file (ics) holds the week report only');
    expect(fs.existsSync(path.join(demo.dir, 'x.ics'))).toBe(false);
  });
});
