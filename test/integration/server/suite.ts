import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/main/sync/adapters/http';
import { revokeDevice } from '../../../src/server/devices';
import { RapportError, type ApiErrorBody } from '../../../src/shared/errors';
import { formatStamp } from '../../../src/shared/hlc';
import type { PushAck, WireChange } from '../../../src/shared/sync/wire';
import { DAY_MS, isoDay, teamBook, Writer, type TeamBook } from './book';
import {
  idOf,
  pullAll,
  rowsOf,
  startHarness,
  type Client,
  type Harness,
  type StorageFactory,
} from './harness';

const failure = async (promise: Promise<unknown>): Promise<RapportError> => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RapportError);
  return error as RapportError;
};

/** The error a server reply carries. */
const errorOf = async (reply: Response) => ((await reply.json()) as { error: ApiErrorBody }).error;

const post = (url: string, route: string, token: string | null, body: unknown) =>
  fetch(`${url}${route}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The same behaviours, whatever the storage: run for SQLite and for PostgreSQL. */
export function serverSuite(kind: 'sqlite' | 'postgres', factory: StorageFactory): void {
  let h: Harness;
  let adminWriter: Writer;
  let book: TeamBook;
  let admin: Client;

  /** The book, pushed by an admin laptop. */
  async function withBook(): Promise<void> {
    adminWriter = new Writer();
    book = teamBook(adminWriter);
    admin = await h.device('admin', null, 'Admin laptop');
    const ack = await admin.adapter.push({
      node: adminWriter.node,
      member: null,
      changes: book.changes,
    });
    expect(ack).toEqual({ accepted: book.changes.length, rejected: [] });
  }

  const push = (
    client: Client,
    writer: Writer,
    member: string | null,
    changes: WireChange[],
  ): Promise<PushAck> => client.adapter.push({ node: writer.node, member, changes });

  describe(`the sync server on ${kind}`, () => {
    afterEach(async () => {
      await h.close();
    });

    beforeEach(async () => {
      h = await startHarness(factory);
    });

    it('answers /health without a token, naming its storage', async () => {
      const reply = await fetch(`${h.url}/health`);
      expect(reply.status).toBe(200);
      expect(await reply.json()).toEqual({ ok: true, storage: kind });
    });

    it('refuses a missing or unknown token with 401 and a revoked device with 403', async () => {
      const pull = { node: '0123456789abcdef', cursor: null, limit: 10 };
      const none = await post(h.url, '/v1/pull', null, pull);
      expect(none.status).toBe(401);
      expect(await errorOf(none)).toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/no access token/),
      });
      const unknown = await post(h.url, '/v1/pull', 'not-a-real-token', pull);
      expect(unknown.status).toBe(401);
      expect((await errorOf(unknown)).message).toMatch(/not known to the sync server/);

      const rep = await h.device('rep', '0190a1b2-0000-7000-8000-000000000001', 'Ada laptop');
      await expect(rep.adapter.pull(pull.node, null, 10)).resolves.toMatchObject({ changes: [] });
      await revokeDevice(h.storage, rep.id);
      const revoked = await post(h.url, '/v1/pull', rep.token, pull);
      expect(revoked.status).toBe(403);
      expect((await errorOf(revoked)).message).toMatch(/Ada laptop\) was revoked/);
      const error = await failure(rep.adapter.pull(pull.node, null, 10));
      expect(error.code).toBe('forbidden');
      expect(error.message).toMatch(/revoked/);
    });

    it('refuses a body over the limit with 413 and says what to do', async () => {
      const admin = await h.device('admin', null);
      const huge = JSON.stringify({
        node: '0123456789abcdef',
        member: null,
        changes: [],
        pad: 'x'.repeat(17 * 1024 * 1024),
      });
      const reply = await post(h.url, '/v1/push', admin.token, huge);
      expect(reply.status).toBe(413);
      expect(await errorOf(reply)).toMatchObject({
        code: 'validation',
        message: expect.stringMatching(/larger than the 16 MB.*send fewer changes/),
      });
    });

    it('names the field of a malformed request', async () => {
      const admin = await h.device('admin', null);
      const writer = new Writer();
      const change = { ...writer.insert('accounts', { name: 'X' }), row: 'not-an-id' };
      const reply = await post(h.url, '/v1/push', admin.token, {
        node: writer.node,
        member: null,
        changes: [change],
      });
      expect(reply.status).toBe(400);
      const body = { error: await errorOf(reply) };
      expect(body.error.code).toBe('validation');
      expect(body.error.issues).toContainEqual({
        field: 'changes.0.row',
        message: 'row must be a valid id',
      });
      expect(body.error.message).toMatch(/changes\.0\.row/);

      const error = await failure(admin.adapter.pull('XYZ', null, 10));
      expect(error.code).toBe('validation');
      expect(error.message).toMatch(/node: node must be 16 hexadecimal digits/);
      const cursor = await failure(admin.adapter.pull('0123456789abcdef', 'bogus', 10));
      expect(cursor.message).toMatch(/cursor is not one this server gave out/);
    });

    it('refuses JSON nested thousands of levels deep with 400, naming the field, and keeps serving', async () => {
      const admin = await h.device('admin', null);
      const writer = new Writer();
      // Written as text: JSON.stringify itself would recurse 10,000 levels.
      const change = writer.insert('accounts', { name: 'Deep', notes: 'DEEP' });
      const body = JSON.stringify({ node: writer.node, member: null, changes: [change] }).replace(
        '"DEEP"',
        `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      );
      const reply = await post(h.url, '/v1/push', admin.token, body);
      expect(reply.status).toBe(400);
      const message = 'is nested more than 64 levels deep (the most Rapport reads)';
      expect(await errorOf(reply)).toEqual({
        code: 'validation',
        message: `The request is not valid: changes.0.values.notes ${message}`,
        issues: [{ field: 'changes.0.values.notes', message }],
      });

      // A megabyte of '[' never closed is not JSON at all: JSON.parse refuses it, unharmed.
      const unclosed = await post(h.url, '/v1/push', admin.token, '['.repeat(1024 * 1024));
      expect(unclosed.status).toBe(400);
      expect((await errorOf(unclosed)).message).toBe('The request body is not valid JSON');
      const pull = await post(h.url, '/v1/pull', admin.token, {
        node: writer.node,
        cursor: null,
        limit: 10,
      });
      expect(pull.status).toBe(200);
    });

    it('stores a batch sent twice once, and pages every change exactly once by cursor', async () => {
      await withBook();
      const again = await admin.adapter.push({
        node: adminWriter.node,
        member: null,
        changes: book.changes,
      });
      expect(again).toEqual({ accepted: book.changes.length, rejected: [] });

      const reader = await h.device('admin', null, 'Second admin');
      const node = new Writer().node;
      const all = await pullAll(reader.adapter, node, null, 5);
      expect(all.pages.length).toBeGreaterThan(3);
      expect(all.pages.slice(0, -1).every((p) => p.changes.length === 5 && p.more)).toBe(true);
      expect(all.changes.map(idOf)).toEqual(book.changes.map(idOf));
      expect(all.changes[0]).toEqual(book.changes[0]);
      expect(all.pages[0]!.authors).toEqual({ [adminWriter.node]: null });
      // Nothing new: an empty page, and the cursor stays usable.
      const next = await reader.adapter.pull(node, all.cursor, 5);
      expect(next).toMatchObject({ changes: [], more: false, purge: [] });
    });

    it("never returns a device's own changes", async () => {
      await withBook();
      const own = await pullAll(admin.adapter, adminWriter.node);
      expect(own.changes).toEqual([]);
      const other = new Writer();
      await push(admin, other, null, [
        other.change('accounts', book.ids.delta, { notes: 'From the second laptop' }),
      ]);
      const mine = await pullAll(admin.adapter, adminWriter.node, own.cursor);
      expect(mine.changes.map((c) => c.node)).toEqual([other.node]);
    });

    it("rejects each change outside a rep's role or scope, with a reason, and stores the rest", async () => {
      await withBook();
      const ada = await h.device('rep', book.ids.ada, 'Ada laptop');
      const w = new Writer();
      const changes = [
        w.change('accounts', book.ids.site, { notes: 'Met the site manager' }),
        w.change('accounts', book.ids.beta, { notes: 'Not mine' }),
        w.change('accounts', book.ids.site, { territoryId: book.ids.territory }),
        w.change('secrets', book.ids.site, { code: 1 }),
        w.change('contacts', book.contacts[book.ids.site]!, { shoeSize: 44 }),
        w.change('contacts', book.contacts[book.ids.site]!, { email: 'not-an-email' }),
        w.insert('contacts', { accountId: book.ids.site, name: 'New contact' }),
        w.insert('assignments', {
          accountId: book.ids.site,
          memberId: book.ids.bo,
          role: 'account_manager',
          validFrom: '2024-01-01',
        }),
        w.change('territories', book.ids.territory, { name: 'Mine now' }),
      ];
      const ack = await push(ada, w, book.ids.ada, changes);
      expect(ack.accepted).toBe(2);
      const reasons = Object.fromEntries(ack.rejected.map((r) => [r.seq, r.reason]));
      expect(Object.keys(reasons).map(Number)).toEqual(
        [1, 2, 3, 4, 5, 6, 7, 8, 9]
          .filter((i) => ![1, 7].includes(i))
          .map((i) => changes[i - 1]!.seq),
      );
      expect(reasons[changes[1]!.seq]).toBe(
        'You can only change accounts you cover, and Beta is not one of them',
      );
      expect(reasons[changes[2]!.seq]).toBe(
        'Territory: only a lead or an admin may change this on an account',
      );
      expect(reasons[changes[3]!.seq]).toMatch(/no table named "secrets"/);
      expect(reasons[changes[4]!.seq]).toMatch(
        /Contact rows have no field "shoeSize" \(contacts\.shoeSize\)/,
      );
      expect(reasons[changes[5]!.seq]).toMatch(
        /email of contact .* \(contacts\.email\): Email must be an address/,
      );
      expect(reasons[changes[7]!.seq]).toBe(
        'Only a lead or an admin may assign or reassign accounts',
      );
      expect(reasons[changes[8]!.seq]).toMatch(/^Territory: only a lead or an admin may /);

      const seen = await pullAll(admin.adapter, adminWriter.node);
      expect(seen.changes.map(idOf)).toEqual([changes[0]!, changes[6]!].map(idOf));
      expect(seen.pages[0]!.authors).toEqual({ [w.node]: book.ids.ada });
    });

    it('lets a rep own an account nobody covers, and a lead staff their team book only', async () => {
      await withBook();
      const bo = await h.device('rep', book.ids.bo);
      const w = new Writer();
      const claim = w.insert('assignments', {
        accountId: book.ids.delta,
        memberId: book.ids.bo,
        role: 'account_manager',
        isOwner: true,
        validFrom: isoDay(Date.now()),
      });
      const work = w.change('accounts', book.ids.delta, { notes: 'Now mine' });
      expect(await push(bo, w, book.ids.bo, [claim, work])).toEqual({ accepted: 2, rejected: [] });

      const lena = await h.device('lead', book.ids.lena);
      const l = new Writer();
      const ours = l.change('accounts', book.ids.beta, { tier: 'A' });
      const theirs = l.change('accounts', book.ids.gamma, { tier: 'A' });
      const team = l.change('teams', book.ids.north, { description: 'The north coast' });
      const other = l.change('teams', book.ids.south, { description: 'Not ours' });
      const ack = await push(lena, l, book.ids.lena, [ours, theirs, team, other]);
      expect(ack.accepted).toBe(2);
      expect(ack.rejected).toMatchObject([
        { seq: theirs.seq, reason: "Gamma is not in your team's book" },
        { seq: other.seq, reason: 'A lead may change their own team only; an admin creates teams' },
      ]);
    });

    it('judges each change of a batch against the changes before it in the same batch', async () => {
      await withBook();
      const lena = await h.device('lead', book.ids.lena);
      const l = new Writer();
      const handOver = l.insert('assignments', {
        accountId: book.ids.beta,
        memberId: book.ids.oskar,
        role: 'account_manager',
        validFrom: '2024-01-01',
      });
      const endBo = l.change('assignments', book.assignments[book.ids.beta]!, {
        validTo: isoDay(Date.now() - DAY_MS),
      });
      const lateEdit = l.change('accounts', book.ids.beta, { tier: 'A', country: 'SE' });
      const prospect = l.insert('accounts', {
        name: 'Epsilon',
        country: 'NO',
        salesForce: 'geographic',
      });
      const contact = l.insert('contacts', { accountId: prospect.row, name: 'Eve at Epsilon' });
      const batch = [handOver, endBo, lateEdit, prospect, contact];
      const made = book.changes.find((c) => c.table === 'accounts' && c.row === book.ids.beta)!;
      const ack = await push(lena, l, book.ids.lena, [...batch, handOver]);
      expect(ack).toEqual({
        accepted: 5,
        rejected: [
          {
            seq: lateEdit.seq,
            reason: "Beta is not in your team's book",
            // tier was never set; country is the admin's, read from the log
            team: {
              tier: { value: 'C', stamp: null },
              country: { value: 'NO', stamp: formatStamp(made) },
            },
          },
        ],
      });
      const seen = await pullAll(admin.adapter, adminWriter.node);
      expect(seen.changes.map(idOf)).toEqual([handOver, endBo, prospect, contact].map(idOf));
      // Beta left Lena's book with the batch: a new laptop of hers no longer receives it.
      const fresh = await pullAll(lena.adapter, new Writer().node);
      expect(rowsOf(fresh.changes).has(`accounts:${book.ids.beta}`)).toBe(false);
      expect(rowsOf(fresh.changes).has(`contacts:${contact.row}`)).toBe(true);
    });

    it("refuses a change sent under another device's node", async () => {
      await withBook();
      const ada = await h.device('rep', book.ids.ada);
      const forged = adminWriter.change('accounts', book.ids.site, { notes: 'Pretending' });
      const ack = await ada.adapter.push({
        node: adminWriter.node,
        member: book.ids.ada,
        changes: [forged],
      });
      expect(ack.rejected).toEqual([
        { seq: forged.seq, reason: expect.stringMatching(/made on another device/) },
      ]);
    });

    it('sends a rep only the accounts in scope, with their parents and the shared data', async () => {
      await withBook();
      const ada = await h.device('rep', book.ids.ada);
      const got = rowsOf((await pullAll(ada.adapter, new Writer().node, null, 5)).changes);
      const { ids } = book;
      const expected = [
        `accounts:${ids.site}`,
        `accounts:${ids.group}`,
        `contacts:${book.contacts[ids.site]}`,
        `contacts:${book.contacts[ids.group]}`,
        `assignments:${book.assignments[ids.site]}`,
        `teams:${ids.north}`,
        `teams:${ids.south}`,
        `territories:${ids.territory}`,
        ...[ids.lena, ids.ada, ids.bo, ids.sven, ids.oskar].map((m) => `team_members:${m}`),
      ];
      expect([...got].sort()).toEqual(expected.sort());

      const lena = await h.device('lead', book.ids.lena);
      const lead = rowsOf((await pullAll(lena.adapter, new Writer().node)).changes);
      for (const account of [ids.site, ids.group, ids.beta, ids.delta])
        expect(lead).toContain(`accounts:${account}`);
      expect(lead).not.toContain(`accounts:${ids.gamma}`);
      expect(lead).not.toContain(`contacts:${book.contacts[ids.gamma]}`);
    });

    it("moves an account on reassignment: purged from the old rep's laptop, sent with its history to the new one", async () => {
      await withBook();
      const ada = await h.device('rep', book.ids.ada);
      const bo = await h.device('rep', book.ids.bo);
      const adaNode = new Writer();
      const boNode = new Writer().node;
      const adaStart = await pullAll(ada.adapter, adaNode.node);
      const boStart = await pullAll(bo.adapter, boNode);
      expect(rowsOf(boStart.changes)).not.toContain(`accounts:${book.ids.site}`);
      // Ada's edit, made offline after her last pull and before the hand-over she has not
      // seen, goes up with the history the next day: the server judges it as of that pull.
      const edit = adaNode.change('contacts', book.contacts[book.ids.site]!, {
        title: 'Plant manager',
      });
      const handOver = [
        adminWriter.change('assignments', book.assignments[book.ids.site]!, {
          validTo: isoDay(Date.now()),
          isOwner: false,
          creditShare: 0,
        }),
        adminWriter.insert('assignments', {
          accountId: book.ids.site,
          memberId: book.ids.bo,
          role: 'account_manager',
          isOwner: true,
          creditShare: 100,
          validFrom: isoDay(Date.now()),
        }),
      ];
      await push(admin, adminWriter, null, handOver);
      h.shiftClock(DAY_MS);
      expect(await push(ada, adaNode, book.ids.ada, [edit])).toEqual({ accepted: 1, rejected: [] });
      const adaNext = await pullAll(ada.adapter, adaNode.node, adaStart.cursor);
      // Once she has pulled, what she has seen is today's state: a later edit is refused.
      const late = adaNode.change('contacts', book.contacts[book.ids.site]!, { title: 'Too late' });
      expect((await push(ada, adaNode, book.ids.ada, [late])).rejected).toMatchObject([
        {
          seq: late.seq,
          reason: 'You can only change accounts you cover, and Acme Site is not one of them',
        },
      ]);
      expect(adaNext.purge.sort()).toEqual([book.ids.site, book.ids.group].sort());
      expect(rowsOf(adaNext.changes)).not.toContain(`accounts:${book.ids.site}`);
      // The purge is said once: the next pull, with the confirmed cursor, is empty.
      expect(await ada.adapter.pull(adaNode.node, adaNext.cursor, 100)).toMatchObject({
        purge: [],
        changes: [],
      });

      const boNext = await pullAll(bo.adapter, boNode, boStart.cursor, 3);
      const ids = boNext.changes.map(idOf);
      expect(new Set(ids).size).toBe(ids.length);
      const siteHistory = [...book.changes, ...handOver, edit].filter((c) =>
        [
          `accounts:${book.ids.site}`,
          `accounts:${book.ids.group}`,
          `contacts:${book.contacts[book.ids.site]}`,
          `contacts:${book.contacts[book.ids.group]}`,
          `assignments:${book.assignments[book.ids.site]}`,
          `assignments:${handOver[1]!.row}`,
        ].includes(`${c.table}:${c.row}`),
      );
      expect(ids.sort()).toEqual(siteHistory.map(idOf).sort());
      expect(boNext.purge).toEqual([]);
    });

    it('sends a page again when the device lost it (it pulls with its last saved cursor)', async () => {
      await withBook();
      const ada = await h.device('rep', book.ids.ada);
      const node = new Writer().node;
      const start = await pullAll(ada.adapter, node);
      await push(admin, adminWriter, null, [
        adminWriter.insert('assignments', {
          accountId: book.ids.beta,
          memberId: book.ids.ada,
          role: 'account_manager',
          validFrom: '2024-01-01',
        }),
      ]);
      const first = await ada.adapter.pull(node, start.cursor, 2);
      const again = await ada.adapter.pull(node, start.cursor, 2);
      expect(again.changes).toEqual(first.changes);
      const rest = await pullAll(ada.adapter, node, first.cursor, 2);
      const beta = [...first.changes, ...rest.changes];
      expect(rowsOf(beta)).toContain(`accounts:${book.ids.beta}`);
      expect(rowsOf(beta)).toContain(`contacts:${book.contacts[book.ids.beta]}`);
      expect(new Set(beta.map(idOf)).size).toBe(beta.length);
    });

    it('keeps tokens and authorization headers out of its logs', async () => {
      await h.close();
      const lines: string[] = [];
      const stream = new PassThrough();
      stream.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
      h = await startHarness(factory, { logStream: stream });
      const admin = await h.device('admin', null);
      await admin.adapter.pull('0123456789abcdef', null, 10);
      await post(h.url, '/v1/pull', 'wrong-token-123', {});
      const log = lines.join('');
      expect(log).toMatch(/"msg":"pull"/);
      expect(log).toMatch(/"statusCode":401/);
      expect(log).not.toContain(admin.token);
      expect(log).not.toContain('wrong-token-123');
      expect(log.toLowerCase()).not.toContain('bearer');
    });

    it('answers 429 past the rate limit, which the adapter reports as unavailable', async () => {
      await h.close();
      h = await startHarness(factory, { rateLimit: 3 });
      const admin = await h.device('admin', null);
      const other = await h.device('admin', null);
      for (let i = 0; i < 3; i++) await admin.adapter.pull('0123456789abcdef', null, 1);
      const error = await failure(admin.adapter.pull('0123456789abcdef', null, 1));
      expect(error.code).toBe('unavailable');
      expect(error.message).toMatch(/Too many requests from this device/);
      const reply = await post(h.url, '/v1/pull', admin.token, {
        node: '0123456789abcdef',
        cursor: null,
        limit: 1,
      });
      expect(reply.status).toBe(429);
      // The limit is per token: another laptop is not held back.
      await expect(other.adapter.pull('0123456789abcdef', null, 1)).resolves.toBeTruthy();
    });

    it('reports a server that cannot be reached as unavailable', async () => {
      const url = h.url;
      await h.close();
      h = await startHarness(factory);
      const gone = createHttpAdapter({ url, token: 'x', timeoutMs: 2000 });
      const error = await failure(gone.pull('0123456789abcdef', null, 1));
      expect(error.code).toBe('unavailable');
      expect(error.message).toBe(
        `The sync server at ${url} cannot be reached: nothing answers at that address (is the server running?) (ECONNREFUSED)`,
      );
      expect(gone.key).toBe(new URL(url).origin);
    });
  });
}
