import { describe, expect, it } from 'vitest';
import type { WireChange } from '../../../src/shared/sync/wire';
import { emptyDevice } from '../../support/devices';
import { authorityBook } from '../../support/authority/book';
import { newNode, Random, randomChange, type NodeLog } from '../../support/authority/changes';
import { BookModel } from '../../support/authority/model';
import { clockLeak, leak, scopeOf, type Actor } from '../../support/authority/oracle';
import { Writer } from './book';
import { startHarness, type Client, type StorageFactory } from './harness';

/** The run's seed and size: `AUTHORITY_SEED=7 AUTHORITY_CHANGES=100000 npx vitest run …`. */
const SEED = Number(process.env.AUTHORITY_SEED ?? 19);
const CHANGES = Number(process.env.AUTHORITY_CHANGES ?? 2500);

interface Pusher extends Actor {
  client: Client;
  log: NodeLog;
}

/**
 * Issue 19's randomized authority test, against a real server: a rep's, a lead's and an
 * outsider's devices push thousands of random changes (random rows, fields, values,
 * clocks from 1970 to 2200, their own node ids and others'). Afterwards no accepted
 * change is outside its device's role and scope (judged by the test's own statement of
 * the rules, oracle.ts), and a new laptop of each role syncs to the end with nothing
 * held, holding nothing outside its scope.
 */
export function randomAuthoritySuite(kind: 'sqlite' | 'postgres', factory: StorageFactory): void {
  describe(`the sync server's authority under random pushes, on ${kind}`, () => {
    it(
      `holds against ${CHANGES} random changes (seed ${SEED})`,
      { timeout: Math.max(120_000, CHANGES * 20) },
      async () => {
        const h = await startHarness(factory);
        try {
          const model = new BookModel();
          const adminWriter = new Writer();
          const book = authorityBook(adminWriter);
          const admin = await h.device('admin', null, 'Office');
          const loaded = await admin.adapter.push({
            node: adminWriter.node,
            member: null,
            changes: book.changes,
          });
          expect(loaded.rejected).toEqual([]);
          book.changes.forEach((c) => model.apply(c));

          const rng = new Random(SEED);
          const pusher = async (name: string, role: 'rep' | 'lead', memberId: string) => ({
            name,
            role,
            memberId,
            client: await h.device(role, memberId, `${name}'s laptop`),
            log: newNode(rng),
          });
          const pushers: Pusher[] = [
            await pusher('Ada', 'rep', book.people.ada),
            await pusher('Lena', 'lead', book.people.lena),
            await pusher('Uma', 'rep', book.people.uma),
          ];
          const adminLog: NodeLog = { node: adminWriter.node, seq: 100_000, hlc: 0 };
          const bound = new Map<string, string>([[adminWriter.node, admin.id]]);
          const last = new Map<string, { seq: number; hlc: number }>();
          const today = () => new Date().toISOString().slice(0, 10);
          const figures = { tried: 0, accepted: 0, refused: 0 };
          const leaks: string[] = [];

          while (figures.tried < CHANGES) {
            const actor = rng.pick(pushers);
            const day = today();
            const mine = [...scopeOf(model, actor, day)];
            const others = [...pushers.filter((p) => p !== actor).map((p) => p.log), adminLog];
            // One node a batch, as a laptop sends: the device's own, another's, or a new one
            // (whose first change has no earlier clock to be held to).
            const draw = rng.next();
            const log = draw < 0.8 ? actor.log : draw < 0.9 ? rng.pick(others) : newNode(rng);
            const batch: WireChange[] = [];
            for (let n = rng.int(1, 60); n > 0 && figures.tried + batch.length < CHANGES; n--) {
              batch.push(randomChange(rng, model, log, mine));
            }
            if (!bound.has(log.node)) bound.set(log.node, actor.client.id);
            const sentAt = Date.now();
            const ack = await actor.client.adapter.push({
              node: log.node,
              member: actor.memberId,
              changes: batch,
            });
            const refused = new Set(ack.rejected.map((r) => r.seq));
            for (const change of batch) {
              figures.tried += 1;
              if (refused.has(change.seq)) {
                figures.refused += 1;
                continue;
              }
              figures.accepted += 1;
              const why =
                (bound.get(change.node) !== actor.client.id
                  ? `${actor.name} pushed under node ${change.node}, not theirs`
                  : null) ??
                clockLeak(change, sentAt, last.get(change.node)) ??
                leak(model, actor, change, day);
              if (why) leaks.push(why);
              model.apply(change);
              const mark = last.get(change.node);
              if (!mark || change.seq > mark.seq) last.set(change.node, change);
            }
          }

          // A new laptop of each role, and of the admin, takes everything it is sent.
          const actors: Actor[] = [{ name: 'Admin', role: 'admin', memberId: null }, ...pushers];
          for (const actor of actors) {
            const { token } = await h.device(
              actor.role,
              actor.memberId,
              `${actor.name}'s new laptop`,
            );
            const laptop = emptyDevice(h.url, token);
            try {
              await laptop.sync();
              const held = laptop.core
                .statement('SELECT DISTINCT tbl, row_id, reason FROM sync_inbox')
                .all() as { tbl: string; reason: string }[];
              expect(
                held.map((r) => `${r.tbl}: ${r.reason}`),
                `${actor.name}'s new laptop holds changes back`,
              ).toEqual([]);
              const scope = scopeOf(model, actor, today());
              const accounts = laptop.core
                .statement('SELECT lower(hex(id)) AS id FROM accounts')
                .pluck()
                .all() as string[];
              const outside = accounts.filter((hex) => !scope.has(dashed(hex)));
              expect(
                outside,
                `${actor.name}'s new laptop holds accounts outside its scope`,
              ).toEqual([]);
              if (actor.role === 'admin') {
                expect(accounts.length).toBe(model.ids('accounts').length);
              }
            } finally {
              laptop.close();
            }
          }
          console.log(
            `authority (${kind}, seed ${SEED}): ${figures.tried} changes tried, ${figures.accepted} accepted, ${figures.refused} refused, ${leaks.length} leaks`,
          );
          expect(leaks).toEqual([]);
        } finally {
          await h.close();
        }
      },
    );
  });
}

const dashed = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
