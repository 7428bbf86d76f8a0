import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src/main/core/core';
import { jobsFor } from '../../src/main/jobs';
import { registerExportsIpc } from '../../src/main/shell/exportsIpc';
import { EXPORT_CHANNEL } from '../../src/shared/bridge';
import type { Envelope } from '../../src/shared/errors';
import type { JobInfo } from '../../src/shared/jobs';
import { dialog, FakeWebContents, ipcMain, resetElectron } from '../support/electron';
import { tempDir } from '../support/tempDb';

// `electron` is aliased to test/support/electron.ts for this project (vitest.config.mts).

/**
 * Exports from the desktop window (issue 21): the system's save dialog asks where the
 * file goes, and only then does the export start, to that file.
 */
const cli = path.resolve(__dirname, '../../bin/rapport.cjs');
let dir: { dir: string; cleanup: () => void };
let core: Core;
const page = new FakeWebContents('app://rapport/index.html');

beforeAll(() => {
  resetElectron();
  dir = tempDir();
  const file = path.join(dir.dir, 'book.db');
  const made = spawnSync(process.execPath, [cli, 'demo', '--db', file, '--accounts', '200'], {
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  core = openCore(file);
  registerExportsIpc(ipcMain as never, core, {
    origin: 'app://rapport',
    isOurWindow: (contents) => contents === (page as never),
  });
});
afterAll(() => {
  core.close();
  dir.cleanup();
  resetElectron();
});

async function exportVia(request: unknown): Promise<Envelope<JobInfo | null>> {
  const handler = ipcMain.handlers.get(EXPORT_CHANNEL) as (...a: unknown[]) => unknown;
  return (await handler(
    { sender: page, senderFrame: page.mainFrame },
    request,
  )) as Envelope<JobInfo | null>;
}

describe('exports from the window', () => {
  it('asks where to save, offering the report’s name, and writes nothing when declined', async () => {
    dialog.answer = { canceled: true };
    const reply = await exportVia({ report: 'contacts', format: 'xlsx', language: 'nb' });
    expect(reply).toEqual({ ok: true, value: null });
    expect(dialog.asked).toHaveLength(1);
    expect(dialog.asked[0]).toMatchObject({
      defaultPath: expect.stringMatching(
        /^Kontakter og deres kjøperroller \d{4}-\d{2}-\d{2}\.xlsx$/,
      ),
      filters: [{ extensions: ['xlsx'] }],
    });
    expect(fs.readdirSync(dir.dir).filter((f) => f.endsWith('.xlsx'))).toEqual([]);
  });

  it('writes the report to the file chosen', async () => {
    const target = path.join(dir.dir, 'chosen.csv');
    dialog.answer = { canceled: false, filePath: target };
    const reply = await exportVia({ report: 'accounts', format: 'csv' });
    expect(reply.ok).toBe(true);
    const job = (reply as { value: JobInfo }).value;
    const ended = await jobsFor(core).settled(job.id);
    expect(ended.state).toBe('done');
    expect(fs.readFileSync(target, 'utf8')).toMatch(/^\ufeffName,Kind,/);
  });

  it('says which field is wrong, before any dialog', async () => {
    dialog.asked = [];
    const reply = await exportVia({ report: 'everything', format: 'csv' });
    expect(reply).toMatchObject({ ok: false, error: { issues: [{ field: 'report' }] } });
    expect(dialog.asked).toEqual([]);
  });

  it('refuses a page of another origin', async () => {
    const handler = ipcMain.handlers.get(EXPORT_CHANNEL) as (...a: unknown[]) => unknown;
    const stranger = new FakeWebContents('https://evil.example/');
    const reply = (await handler(
      { sender: stranger, senderFrame: stranger.mainFrame },
      { report: 'accounts', format: 'csv' },
    )) as Envelope<unknown>;
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
