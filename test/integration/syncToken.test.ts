import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directClient } from '../../src/main/api/dispatch';
import { registerJobsIpc } from '../../src/main/shell/jobsIpc';
import { sealTokens } from '../../src/main/shell/tokens';
import { JOB_CHANNELS } from '../../src/shared/bridge';
import type { Envelope } from '../../src/shared/errors';
import type { JobEvent, JobInfo } from '../../src/shared/jobs';
import { FakeWebContents, ipcMain, resetElectron, safeStorage } from '../support/electron';
import { openTestCore, type TestCore } from '../support/tempDb';
import { startHarness, sqliteFactory, type Harness } from './server/harness';

/**
 * In the Electron shell the server token is sealed by the operating system's store:
 * the book keeps only sealed bytes, and "Sync now" still reaches the server, because
 * the shell unseals the token for the sync job it starts.
 */
class Page extends FakeWebContents {
  readonly id = 3;
  send(): void {}
  isDestroyed(): boolean {
    return false;
  }
}
const page = new Page('app://rapport/index.html');
let t: TestCore;
let harness: Harness;
let token: string;

beforeAll(async () => {
  resetElectron();
  harness = await startHarness(sqliteFactory);
  token = (await harness.device('admin', null, 'Office laptop')).token;
  t = openTestCore();
  sealTokens(t.core, safeStorage);
  registerJobsIpc(ipcMain as never, t.core, {
    origin: 'app://rapport',
    isOurWindow: (contents) => contents === (page as never),
  });
});
afterAll(async () => {
  t.close();
  await harness.close();
  resetElectron();
});

function invoke<T>(channel: string, ...args: unknown[]): Envelope<T> {
  const handler = ipcMain.handlers.get(channel) as (...a: unknown[]) => Envelope<T>;
  return handler({ sender: page, senderFrame: page.mainFrame }, ...args);
}

describe('the server token in the Electron shell', () => {
  it('is kept sealed, never as typed, and said to be', async () => {
    const status = await t.api.setSyncTarget({ spec: harness.url, token });
    expect(status.target).toMatchObject({ kind: 'http', hasToken: true, tokenSealed: true });
    const stored = t.core.db.prepare('SELECT token FROM sync_target').pluck().get() as string;
    expect(stored).not.toContain(token);
    expect(safeStorage.decryptString(Buffer.from(stored, 'base64'))).toBe(token);
  });

  it('reaches the server when the window starts a sync', async () => {
    await t.api.createAccount({ name: 'Vardø Fisk', country: 'NO' });
    const started = invoke<JobInfo>(JOB_CHANNELS.start, 'sync', {});
    if (!started.ok) throw new Error(started.error.message);
    let last: JobEvent | undefined;
    while (last?.type !== 'done' && last?.type !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const listed = invoke<JobInfo[]>(JOB_CHANNELS.list);
      last = listed.ok ? listed.value.find((j) => j.id === started.value.id)?.last : undefined;
    }
    expect(last).toMatchObject({ type: 'done', result: { complete: true } });
    expect((last as { result: { pushed: number } }).result.pushed).toBeGreaterThan(0);
    expect((await directClient(t.core).syncStatus({})).waiting).toBe(0);
  });
});
