import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { openCore, type Core } from '../../src/main/core/core';
import { registerJobsIpc } from '../../src/main/shell/jobsIpc';
import { JOB_CHANNELS } from '../../src/shared/bridge';
import type { Envelope } from '../../src/shared/errors';
import type { JobEvent, JobInfo } from '../../src/shared/jobs';
import { FakeWebContents, ipcMain, resetElectron } from '../support/electron';
import { tempDir } from '../support/tempDb';

// `electron` is aliased to test/support/electron.ts for this project (vitest.config.mts).

/** A page that records what main sends it. */
class Page extends FakeWebContents {
  readonly id = 7;
  readonly sent: [string, ...unknown[]][] = [];
  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return false;
  }
}

let dir: { dir: string; cleanup: () => void };
let core: Core;
const page = new Page('app://rapport/index.html');

beforeAll(() => {
  resetElectron();
  dir = tempDir();
  const file = path.join(dir.dir, 'ipc.db');
  openDatabase(file, { create: true }).close();
  core = openCore(file);
  registerJobsIpc(ipcMain as never, core, {
    origin: 'app://rapport',
    isOurWindow: (contents) => contents === (page as never),
  });
});
afterAll(() => {
  core.close();
  dir.cleanup();
  resetElectron();
});

function invoke<T>(channel: string, frame: unknown, ...args: unknown[]): Envelope<T> {
  const handler = ipcMain.handlers.get(channel) as (...a: unknown[]) => Envelope<T>;
  return handler({ sender: page, senderFrame: frame }, ...args);
}

describe('the job API over IPC', () => {
  it('refuses a call from an embedded frame', () => {
    const reply = invoke(JOB_CHANNELS.list, page.subframe('app://rapport/index.html'));
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('starts a job, answers watch with the latest event and sends the rest to the page', async () => {
    const started = invoke<JobInfo>(JOB_CHANNELS.start, page.mainFrame, 'demo', {
      accounts: 1500,
      seed: 2,
    });
    if (!started.ok) throw new Error(started.error.message);
    const watched = invoke<JobEvent>(JOB_CHANNELS.watch, page.mainFrame, started.value.id);
    expect(watched).toMatchObject({ ok: true, value: { type: 'progress' } });
    // Watching twice from one page does not send each event twice.
    invoke(JOB_CHANNELS.watch, page.mainFrame, started.value.id);

    while (!page.sent.some(([, , event]) => (event as JobEvent).type === 'done')) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const events = page.sent.map(([channel, id, event]) => {
      expect([channel, id]).toEqual([JOB_CHANNELS.event, started.value.id]);
      return event as JobEvent;
    });
    expect(events.filter((e) => e.type === 'done')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'done', result: { rows: { accounts: 1500 } } });
    const list = invoke<JobInfo[]>(JOB_CHANNELS.list, page.mainFrame);
    expect(list).toMatchObject({ ok: true, value: [{ state: 'done' }] });
  });

  it('names the field that is wrong', () => {
    const reply = invoke(JOB_CHANNELS.start, page.mainFrame, 'demo', { accounts: -1 });
    expect(reply).toMatchObject({ ok: false, error: { issues: [{ field: 'accounts' }] } });
  });
});
