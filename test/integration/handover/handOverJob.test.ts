import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import { JobRunner } from '../../../src/main/jobs';
import { applyHandOver } from '../../../src/main/services/handover/apply';
import { HandOverPlan } from '../../../src/shared/domain/handover';
import type { JobEvent } from '../../../src/shared/jobs';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { leaverBook, type LeaverBook } from '../../support/leaverBook';

let t: TestCore;
let b: LeaverBook;
beforeEach(async () => {
  t = openTestCore();
  b = await leaverBook(t.api, 300);
  setProfile(t.core, b.lead.id);
});
afterEach(() => t.close());

const plan = () => ({
  fromMemberId: b.leaver.id,
  receivers: { by: 'even' as const, memberIds: [b.per.id, b.lan.id, b.engineer.id] },
  reason: 'Ola leaves the company',
});
const ownedBy = (memberId: string) =>
  t.core.db
    .prepare(
      `SELECT count(*) FROM assignments
       WHERE member_id = unhex(?) AND is_owner = 1 AND valid_to IS NULL AND deleted = 0`,
    )
    .pluck()
    .get(memberId.replace(/-/g, '')) as number;

describe('a large hand-over as a job', () => {
  it('runs in a worker with progress, and its result says what moved', async () => {
    const runner = new JobRunner({ file: t.file });
    const job = runner.start('handOver', plan());
    const events: JobEvent[] = [];
    runner.watch(job.id, (e) => events.push(e));
    const info = await runner.settled(job.id);
    expect(info.state).toBe('done');
    const progress = events.filter((e) => e.type === 'progress' && e.total > 0);
    expect(progress.map((e) => (e.type === 'progress' ? e.done : -1))).toEqual([0, 250, 300]);
    const last = events.at(-1);
    expect(last).toMatchObject({
      type: 'done',
      result: { accounts: 300, opportunities: 4, followUps: 3 },
    });
    expect(ownedBy(b.leaver.id)).toBe(0);
    expect([ownedBy(b.per.id), ownedBy(b.lan.id), ownedBy(b.engineer.id)]).toEqual([100, 100, 100]);
  });

  it('writes nothing when cancelled half-way', () => {
    const changes = () => t.core.db.prepare('SELECT count(*) FROM changes').pluck().get();
    const before = changes();
    const cancel = new AbortController();
    const seen: number[] = [];
    expect(() =>
      applyHandOver(t.core, HandOverPlan.parse(plan()), {
        signal: cancel.signal,
        progress: (done) => {
          seen.push(done);
          cancel.abort(); // Cancel pressed as the first batch is reported
        },
      }),
    ).toThrow('The hand-over was cancelled');
    expect(seen).toEqual([0]);
    expect(changes()).toBe(before);
    expect(ownedBy(b.leaver.id)).toBe(300);
    expect(t.core.db.prepare('SELECT count(*) FROM hand_overs').pluck().get()).toBe(0);
  });
});
