import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuid } from 'uuid';
import { loadBook } from '../../../src/server/seed/load';
import { DEMO_WIRE_NODE } from '../../../src/server/seed/bookChanges';
import { hlcAt } from '../../../src/shared/hlc';
import { holidaysTable } from '../../../src/shared/domain/relationship';
import type { WireChange } from '../../../src/shared/sync/wire';
import { DAY_MS, isoDay, teamBook, Writer, type TeamBook } from './book';
import { pullAll, rowsOf, startHarness, type Client, type Harness } from './harness';
import { emptyDevice } from '../../support/devices';
import type { StorageFactory } from './harness';

const YEAR_2001 = Date.parse('2001-03-01T09:00:00Z');
const YEAR_2100 = Date.parse('2100-01-01T09:00:00Z');

/**
 * The findings of issue 19 against the server, for SQLite and PostgreSQL: what a
 * hostile rep's device tried, each refused with its reason, judged by the server's own
 * clock and state.
 */
export function authoritySuite(kind: 'sqlite' | 'postgres', factory: StorageFactory): void {
  describe(`the sync server's authority on ${kind}`, () => {
    let h: Harness;
    let book: TeamBook;
    let admin: Client;
    let adminWriter: Writer;

    beforeEach(async () => {
      h = await startHarness(factory);
      adminWriter = new Writer();
      book = teamBook(adminWriter);
      admin = await h.device('admin', null, 'Admin laptop');
      const ack = await admin.adapter.push({
        node: adminWriter.node,
        member: null,
        changes: book.changes,
      });
      expect(ack.rejected).toEqual([]);
    });
    afterEach(async () => {
      await h.close();
    });

    const push = (client: Client, writer: Writer, member: string | null, changes: WireChange[]) =>
      client.adapter.push({ node: writer.node, member, changes });

    it('refuses a member who would leave before they started, as every laptop would (one rule set)', async () => {
      const w = new Writer();
      const backwards = w.insert('team_members', {
        name: 'Nils Backwards',
        salesForce: 'geographic',
        startedOn: '2026-05-01',
        leftOn: '2026-02-01',
      });
      const ack = await push(admin, w, null, [backwards]);
      expect(ack.accepted).toBe(0);
      expect(ack.rejected.map((r) => r.reason)).toEqual([
        `Team member ${backwards.row} (team_members.leftOn): The day a member left cannot be before the day they started`,
      ]);
    });

    it('gives a member who has left no new account, by any device: the server asks the one rule', async () => {
      const left = adminWriter.change('team_members', book.ids.bo, { leftOn: '2026-01-31' });
      expect((await push(admin, adminWriter, null, [left])).rejected).toEqual([]);
      const lena = await h.device('lead', book.ids.lena);
      const l = new Writer();
      const late = l.insert('assignments', {
        accountId: book.ids.delta,
        memberId: book.ids.bo,
        role: 'sales',
        overlay: true,
        creditShare: 10,
        validFrom: '2026-02-01',
      });
      const history = l.insert('assignments', {
        accountId: book.ids.delta,
        memberId: book.ids.bo,
        role: 'sales',
        overlay: true,
        creditShare: 10,
        validFrom: '2025-01-01',
        validTo: '2025-12-31',
      });
      const ack = await push(lena, l, book.ids.lena, [late, history]);
      expect(ack.accepted).toBe(1);
      expect(ack.rejected.map((r) => r.reason)).toEqual([
        `Assignment ${late.row} (assignments.memberId): Bo Rep left on 2026-01-31 and cannot be given new accounts`,
      ]);
    });

    it('refuses 50 of 50 backdated claims of accounts others cover: the day is the server’s, not the change’s', async () => {
      // Fifty accounts Oskar owns today, from 2020 on.
      const accounts = Array.from({ length: 50 }, () => uuid());
      const staffing = accounts.flatMap((id, i) => [
        adminWriter.change('accounts', id, {
          name: `Taken ${i}`,
          country: 'NO',
          salesForce: 'geographic',
        }),
        adminWriter.insert('assignments', {
          accountId: id,
          memberId: book.ids.oskar,
          role: 'account_manager',
          isOwner: true,
          creditShare: 100,
          validFrom: '2020-01-01',
        }),
      ]);
      expect((await push(admin, adminWriter, null, staffing)).rejected).toEqual([]);

      const ada = await h.device('rep', book.ids.ada);
      const w = new Writer();
      const claims = accounts.map((accountId) =>
        w.change(
          'assignments',
          uuid(),
          {
            accountId,
            memberId: book.ids.ada,
            role: 'account_manager',
            isOwner: true,
            validFrom: '2001-03-01',
          },
          YEAR_2001,
        ),
      );
      const ack = await push(ada, w, book.ids.ada, claims);
      expect(ack.accepted).toBe(0);
      expect(ack.rejected).toHaveLength(50);
      for (const r of ack.rejected) {
        expect(r.reason).toBe('Only a lead or an admin may assign or reassign accounts');
        expect(r.team).toBeNull();
      }
      // Her next laptop holds none of them, and each still has one owner.
      const got = rowsOf((await pullAll(ada.adapter, new Writer().node)).changes);
      for (const id of accounts) expect(got.has(`accounts:${id}`)).toBe(false);
      const all = await pullAll(admin.adapter, new Writer().node);
      const owners = all.changes.filter(
        (c) => c.table === 'assignments' && accounts.includes(c.values.accountId as string),
      );
      expect(owners).toHaveLength(50);
    });

    it('lets a rep claim an account nobody covers today, however the change is dated, but not one already owned', async () => {
      const bo = await h.device('rep', book.ids.bo);
      const w = new Writer();
      const claim = w.insert('assignments', {
        accountId: book.ids.delta,
        memberId: book.ids.bo,
        role: 'account_manager',
        isOwner: true,
        creditShare: 100,
        validFrom: isoDay(Date.now()),
      });
      expect(await push(bo, w, book.ids.bo, [claim])).toEqual({ accepted: 1, rejected: [] });
      const ada = await h.device('rep', book.ids.ada);
      const a = new Writer();
      const second = a.insert('assignments', {
        accountId: book.ids.delta,
        memberId: book.ids.ada,
        role: 'account_manager',
        isOwner: true,
        validFrom: isoDay(Date.now()),
      });
      expect((await push(ada, a, book.ids.ada, [second])).rejected).toMatchObject([
        { seq: second.seq, reason: 'Only a lead or an admin may assign or reassign accounts' },
      ]);
    });

    it('judges the row as it will stand: dates in order, known references, required fields, same-account contacts, credit out of 100%', async () => {
      const ada = await h.device('rep', book.ids.ada);
      const w = new Writer();
      const site = book.ids.site;
      const purchase = (values: Record<string, unknown>) =>
        w.insert('purchases', {
          accountId: site,
          productLine: 'Valves',
          amount: 1200,
          currency: 'NOK',
          ...values,
        });
      const backwards = purchase({ periodStart: '2026-06-01', periodEnd: '2026-01-01' });
      const good = purchase({ periodStart: '2026-01-01', periodEnd: '2026-03-31' });
      const moved = w.change('purchases', good.row, { periodEnd: '2025-12-31' });
      const noName = w.insert('contacts', { accountId: site });
      const ghostBoss = w.insert('contacts', {
        accountId: site,
        name: 'Ghost',
        reportsToId: uuid(),
      });
      const elsewhere = w.insert('contacts', {
        accountId: site,
        name: 'Reports to Beta',
        reportsToId: book.contacts[book.ids.beta],
      });
      const ack = await push(ada, w, book.ids.ada, [
        backwards,
        good,
        moved,
        noName,
        ghostBoss,
        elsewhere,
      ]);
      expect(ack.accepted).toBe(1);
      const reasons = Object.fromEntries(ack.rejected.map((r) => [r.seq, r.reason]));
      expect(reasons[backwards.seq]).toBe(
        `Purchase ${backwards.row} (purchases.periodEnd): Period end cannot be before its start`,
      );
      expect(reasons[moved.seq]).toBe(
        `Purchase ${good.row} (purchases.periodEnd): Period end cannot be before its start`,
      );
      expect(reasons[noName.seq]).toBe(`Contact ${noName.row} (contacts.name): Name is required`);
      expect(reasons[ghostBoss.seq]).toMatch(
        /^Contact .* \(contacts\.reportsToId\) points to contact .*, which the server does not have/,
      );
      expect(reasons[elsewhere.seq]).toBe(
        `Contact ${elsewhere.row} (contacts.reportsToId): Reports to must be someone at the same account: Contact at Beta works at Beta`,
      );
      // A refused edit says what the team holds; a refused new row, that there is none.
      const team = Object.fromEntries(ack.rejected.map((r) => [r.seq, r.team]));
      expect(team[moved.seq]).toEqual({
        periodEnd: { value: '2026-03-31', stamp: expect.stringMatching(/^\d{16}:/) },
      });
      expect(team[backwards.seq]).toBeNull();

      const lena = await h.device('lead', book.ids.lena);
      const l = new Writer();
      const extra = l.insert('assignments', {
        accountId: book.ids.beta,
        memberId: book.ids.ada,
        role: 'application_engineer',
        creditShare: 30,
        validFrom: isoDay(Date.now()),
      });
      expect((await push(lena, l, book.ids.lena, [extra])).rejected).toEqual([
        {
          seq: extra.seq,
          reason: `Assignment ${extra.row} (assignments.creditShare): Credit shares for Beta would add up to 130% (at most 100%; 100% is already given)`,
          team: null,
        },
      ]);
    });

    it('judges an offline edit as of the last pull for 30 days, and no longer: a device that stops pulling loses yesterday’s rights', async () => {
      const ada = await h.device('rep', book.ids.ada);
      const w = new Writer();
      await pullAll(ada.adapter, w.node);
      const handOver = [
        adminWriter.change('assignments', book.assignments[book.ids.site]!, {
          validTo: isoDay(Date.now()),
          isOwner: false,
          creditShare: 0,
        }),
      ];
      expect((await push(admin, adminWriter, null, handOver)).rejected).toEqual([]);
      h.shiftClock(30 * DAY_MS);
      const within = w.change('contacts', book.contacts[book.ids.site]!, { title: 'Day 30' });
      expect((await push(ada, w, book.ids.ada, [within])).rejected).toEqual([]);
      h.shiftClock(DAY_MS);
      const after = w.change('contacts', book.contacts[book.ids.site]!, { title: 'Day 31' });
      expect((await push(ada, w, book.ids.ada, [after])).rejected).toMatchObject([
        {
          seq: after.seq,
          reason: 'You can only change accounts you cover, and Acme Site is not one of them',
        },
      ]);
    });

    it('refuses every kind of rule-breaking change the declarations allow, and a new laptop then syncs to the end', async () => {
      const w = adminWriter;
      const { ids, contacts, assignments } = book;
      const visit = w.insert('interactions', {
        accountId: ids.beta,
        kind: 'visit',
        occurredAt: '2026-02-01T09:00:00Z',
        subject: 'Visit',
      });
      const purchase = w.insert('purchases', {
        accountId: ids.beta,
        productLine: 'Valves',
        periodStart: '2026-01-01',
        periodEnd: '2026-03-31',
        amount: 10,
        currency: 'NOK',
      });
      expect((await push(admin, w, null, [visit, purchase])).rejected).toEqual([]);
      const breaking: Record<string, WireChange> = {
        'a purchase ending before it starts': w.change('purchases', purchase.row, {
          periodEnd: '2025-12-31',
        }),
        'an agreement ending before it starts': w.insert('partner_agreements', {
          accountId: ids.beta,
          kind: 'supply',
          title: 'Steel',
          startsOn: '2026-06-01',
          endsOn: '2026-01-01',
        }),
        'a follow-up due before its interaction': w.change('interactions', visit.row, {
          nextStepDue: '2026-01-15',
        }),
        'an assignment ending before it starts': w.change('assignments', assignments[ids.beta]!, {
          validTo: '2019-12-31',
        }),
        'a contact reporting to themself': w.change('contacts', contacts[ids.beta]!, {
          reportsToId: contacts[ids.beta]!,
        }),
        'a contact reporting to someone at another account': w.change(
          'contacts',
          contacts[ids.beta]!,
          { reportsToId: contacts[ids.gamma]! },
        ),
        'an interaction with a contact of another account': w.change('interactions', visit.row, {
          contactIds: [contacts[ids.gamma]!],
        }),
        'a service without its kind': w.insert('offerings', { kind: 'service', name: 'Help' }),
        'credit over 100%': w.insert('assignments', {
          accountId: ids.beta,
          memberId: ids.ada,
          role: 'sales',
          creditShare: 50,
          validFrom: '2024-01-01',
        }),
        'a second owner': w.insert('assignments', {
          accountId: ids.beta,
          memberId: ids.ada,
          role: 'sales',
          isOwner: true,
          validFrom: '2024-01-01',
        }),
        'a contact moved to another account': w.change('contacts', contacts[ids.beta]!, {
          accountId: ids.gamma,
        }),
        'a new row without a required field': w.insert('purchases', { accountId: ids.beta }),
        'a row pointing to one the server does not have': w.insert('contacts', {
          accountId: uuid(),
          name: 'Nowhere',
        }),
      };
      const changes = Object.values(breaking);
      const ack = await push(admin, w, null, changes);
      const refused = new Set(ack.rejected.map((r) => r.seq));
      const taken = Object.entries(breaking).filter(([, c]) => !refused.has(c.seq));
      expect(taken.map(([kind]) => kind)).toEqual([]);

      const laptop = emptyDevice(h.url, (await h.device('admin', null, 'New laptop')).token);
      try {
        const report = await laptop.sync();
        expect(report.held).toEqual([]);
        expect(laptop.core.statement('SELECT count(*) FROM sync_inbox').pluck().get()).toBe(0);
        expect(laptop.core.statement('SELECT count(*) FROM accounts').pluck().get()).toBe(5);
      } finally {
        laptop.close();
      }
    });

    it('refuses a clock far ahead of its own, so a forged future cannot beat a lead’s edit of today', async () => {
      const ada = await h.device('rep', book.ids.ada);
      const w = new Writer();
      const future = w.change('accounts', book.ids.site, { notes: 'Mine forever' }, YEAR_2100);
      const ack = await push(ada, w, book.ids.ada, [future]);
      expect(ack.rejected).toMatchObject([
        {
          seq: future.seq,
          reason: expect.stringMatching(/clock was \d+ days ahead of the server's/),
        },
      ]);
      const lena = await h.device('lead', book.ids.lena);
      const l = new Writer();
      const today = l.change('accounts', book.ids.site, { notes: 'Visit planned' });
      expect((await push(lena, l, book.ids.lena, [today])).rejected).toEqual([]);
      const seen = await pullAll(admin.adapter, new Writer().node);
      const notes = seen.changes.filter((c) => c.row === book.ids.site && 'notes' in c.values);
      expect(notes.map((c) => c.values.notes)).toEqual(['Visit planned']);
    });

    it('refuses a change stamped before the device’s own earlier changes', async () => {
      const ada = await h.device('rep', book.ids.ada);
      const w = new Writer();
      const first = w.change('accounts', book.ids.site, { notes: 'Today' });
      expect((await push(ada, w, book.ids.ada, [first])).rejected).toEqual([]);
      const backdated = w.change('accounts', book.ids.site, { city: 'Bergen' }, YEAR_2001);
      expect((await push(ada, w, book.ids.ada, [backdated])).rejected).toMatchObject([
        {
          seq: backdated.seq,
          reason: expect.stringMatching(/earlier than the changes this device sent/),
        },
      ]);
    });

    it("binds a loaded book's node to the server: no device can push under it", async () => {
      const holiday = {
        node: DEMO_WIRE_NODE,
        seq: 1,
        hlc: hlcAt(Date.now() - DAY_MS),
        table: 'holidays',
        row: uuid(),
        values: { name: 'Seed day', country: 'NO', month: 5, day: 17 },
        bases: null,
      };
      // A server filled from a book (as `rapport serve --demo` is): it holds nothing else.
      await h.storage.run('DELETE FROM changes');
      await loadBook(h.storage, [{ t: holidaysTable, changes: [holiday] }], null);
      const ada = await h.device('rep', book.ids.ada);
      const forged = { ...holiday, seq: 2, hlc: hlcAt(Date.now()), values: { name: 'Taken over' } };
      const ack = await ada.adapter.push({
        node: DEMO_WIRE_NODE,
        member: book.ids.ada,
        changes: [forged],
      });
      expect(ack).toMatchObject({
        accepted: 0,
        rejected: [
          {
            seq: 2,
            reason: 'This change was made on another device: a device sends only its own changes',
          },
        ],
      });
    });
  });
}
