import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsFor } from '../../../src/main/jobs';
import { registerImportsIpc } from '../../../src/main/shell/importsIpc';
import { IMPORT_CHANNELS } from '../../../src/shared/bridge';
import type { Envelope } from '../../../src/shared/errors';
import type { ImportPreview, ImportUpload } from '../../../src/shared/importWindow';
import type { ImportJobResult } from '../../../src/shared/imports';
import type { JobInfo } from '../../../src/shared/jobs';
import { dialog, FakeWebContents, ipcMain, resetElectron } from '../../support/electron';
import { csv, importBook } from '../../support/importBook';

// `electron` is aliased to test/support/electron.ts for this project (vitest.config.mts).

/**
 * Imports from the desktop window (issue 21): the system's open dialog chooses the
 * file, and the page gets an upload id for it, never its path; the refused rows are
 * saved where the save dialog says.
 */
let book: ReturnType<typeof importBook>;
const page = new FakeWebContents('app://rapport/index.html');

beforeAll(() => {
  resetElectron();
  book = importBook();
  registerImportsIpc(ipcMain as never, book.core, {
    origin: 'app://rapport',
    isOurWindow: (contents) => contents === (page as never),
  });
});
afterAll(async () => {
  await jobsFor(book.core).stopAll();
  book.close();
  resetElectron();
});

async function invoke<T>(channel: string, ...args: unknown[]): Promise<Envelope<T>> {
  const handler = ipcMain.handlers.get(channel) as (...a: unknown[]) => unknown;
  return (await handler({ sender: page, senderFrame: page.mainFrame }, ...args)) as Envelope<T>;
}

const value = <T>(reply: Envelope<T>): T => {
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
  return (reply as { value: T }).value;
};

async function finished(job: JobInfo): Promise<ImportJobResult> {
  const ended = await jobsFor(book.core).settled(job.id);
  expect(ended.last, JSON.stringify(ended.last)).toMatchObject({ type: 'done' });
  return (ended.last as unknown as { result: ImportJobResult }).result;
}

describe('imports from the window', () => {
  it('chooses the file in the open dialog and answers an id, never the path', async () => {
    dialog.answer = { canceled: true };
    expect(await invoke(IMPORT_CHANNELS.choose)).toEqual({ ok: true, value: null });

    const file = book.write(
      'Kunder.csv',
      csv([
        ['Name', 'Country'],
        ['Nordlys AS', 'NO'],
        ['Bad', 'Mars'],
      ]),
    );
    dialog.answer = { canceled: false, filePath: file };
    const chosen = value(await invoke<ImportUpload>(IMPORT_CHANNELS.choose));
    expect(chosen).toEqual({
      upload: expect.any(String),
      name: 'Kunder.csv',
      bytes: fs.statSync(file).size,
    });
    expect(JSON.stringify(chosen)).not.toContain(book.dir);
    expect(dialog.asked.at(-1)).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: expect.arrayContaining(['csv', 'xlsx']) }],
    });

    const request = { upload: chosen.upload, kind: 'accounts', language: 'nb' };
    const preview = value(await invoke<ImportPreview>(IMPORT_CHANNELS.preview, request));
    expect(preview.columns.map((c) => c.field)).toEqual(['name', 'country']);
    expect((await finished(preview.check)).errors).toBe(1);

    const made = await finished(value(await invoke<JobInfo>(IMPORT_CHANNELS.start, request)));
    expect(made).toMatchObject({ created: 1, errors: 1 });
    expect(made.firstErrors[0]!.reason).toContain('Ukjent land «Mars»');
  });

  it('saves the refused rows where the person chooses, and nothing when declined', async () => {
    const file = book.write(
      'more.csv',
      csv([
        ['Name', 'Country'],
        ['Havblikk AS', 'NO'],
        ['Worse', 'Pluto'],
      ]),
    );
    dialog.answer = { canceled: false, filePath: file };
    const chosen = value(await invoke<ImportUpload>(IMPORT_CHANNELS.choose));
    const job = value(
      await invoke<JobInfo>(IMPORT_CHANNELS.start, { upload: chosen.upload, kind: 'accounts' }),
    );
    await finished(job);

    dialog.answer = { canceled: true };
    expect(await invoke(IMPORT_CHANNELS.saveErrors, job.id)).toEqual({ ok: true, value: false });
    const target = path.join(book.dir, 'refused.csv');
    dialog.answer = { canceled: false, filePath: target };
    expect(await invoke(IMPORT_CHANNELS.saveErrors, job.id)).toEqual({ ok: true, value: true });
    expect(dialog.asked.at(-1)).toMatchObject({ defaultPath: 'more (Error).csv' });
    expect(fs.readFileSync(target, 'utf8')).toContain('Pluto');
  });

  it('says which field is wrong, and refuses a page of another origin', async () => {
    const reply = await invoke(IMPORT_CHANNELS.preview, {
      upload: 'C:\\Users\\me\\a.csv',
      kind: 'accounts',
    });
    expect(reply).toMatchObject({ ok: false, error: { issues: [{ field: 'upload' }] } });
    expect(await invoke(IMPORT_CHANNELS.saveErrors, '../../etc/passwd')).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'job', message: 'job must be the id of an import' }] },
    });
    const stranger = new FakeWebContents('https://evil.example/');
    const handler = ipcMain.handlers.get(IMPORT_CHANNELS.choose) as (...a: unknown[]) => unknown;
    const refused = (await handler({
      sender: stranger,
      senderFrame: stranger.mainFrame,
    })) as Envelope<unknown>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
