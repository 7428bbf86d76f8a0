import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import { jobsFor } from '../../../src/main/jobs';
import { startWebHost, type WebHost } from '../../../src/main/web/server';
import type { Envelope } from '../../../src/shared/errors';
import type { ImportPreview, ImportUpload } from '../../../src/shared/importWindow';
import type { RecentImport } from '../../../src/shared/imports';
import type { ImportJobResult } from '../../../src/shared/imports';
import type { JobInfo } from '../../../src/shared/jobs';
import { csv } from '../../support/importBook';
import { teamBook, type TeamBook } from '../../support/teamBook';
import { openTestCore, tempDir, type TestCore } from '../../support/tempDb';

/**
 * Imports from the web host's page (issue 21): the page uploads the file's bytes and
 * holds an upload id; the preview, the dry run, the import, its refused rows and its
 * undo go by ids, on a real host on loopback and a real book.
 */
let t: TestCore;
let book: TeamBook;
let adminId: string;
let host: WebHost;
let renderer: { dir: string; cleanup: () => void };

beforeAll(async () => {
  t = openTestCore();
  adminId = (await t.api.profile({})).member!.id;
  book = await teamBook(t.api);
  renderer = tempDir();
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>Rapport</title>');
  host = await startWebHost({ core: t.core, rendererDir: renderer.dir });
});
afterAll(async () => {
  await jobsFor(t.core).stopAll();
  await host.close();
  t.close();
  renderer.cleanup();
});

const auth = () => ({ authorization: `Bearer ${host.token}` });

async function upload(
  name: string,
  body: RequestInit['body'],
  headers: Record<string, string> = {},
) {
  const response = await fetch(new URL('/api/imports/files?language=en', host.url), {
    method: 'POST',
    headers: {
      ...auth(),
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
      ...headers,
    },
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as Envelope<ImportUpload> };
}

async function post<T>(pathname: string, body: unknown) {
  const response = await fetch(new URL(pathname, host.url), {
    method: 'POST',
    headers: { ...auth(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Envelope<T> };
}

const value = <T>(reply: { body: Envelope<T> }): T => {
  expect(reply.body, JSON.stringify(reply.body)).toMatchObject({ ok: true });
  return (reply.body as { value: T }).value;
};

async function finished<R>(job: JobInfo): Promise<R> {
  const ended = await jobsFor(t.core).settled(job.id);
  expect(ended.last, JSON.stringify(ended.last)).toMatchObject({ type: 'done' });
  return (ended.last as unknown as { result: R }).result;
}

const SALESFORCE = csv([
  ['Account ID', 'Account Name', 'Billing Country', 'Billing City', 'Notat'],
  ['001A', 'Fjord Foods', 'Norway', 'Tromsø', 'Big buyer'],
  ['001B', 'Saigon Steel', 'Atlantis', 'Hue', ''],
  ['001C', 'Mekong Mills', 'Viet Nam', 'Can Tho', 'New'],
]);

describe('importing from the web host', () => {
  it('uploads, previews with a dry run, imports, offers the refused rows, and undoes', async () => {
    const file = value(await upload('salesforce.csv', SALESFORCE));
    expect(file).toMatchObject({ name: 'salesforce.csv', bytes: Buffer.byteLength(SALESFORCE) });

    const request = { upload: file.upload, kind: 'accounts', map: { Notat: 'notes' } };
    const preview = value(await post<ImportPreview>('/api/imports/preview', request));
    expect(preview).toMatchObject({ format: 'csv', encoding: 'utf8', delimiter: ',' });
    expect(preview.columns).toEqual([
      { header: 'Account ID', field: 'externalId' },
      { header: 'Account Name', field: 'name' },
      { header: 'Billing Country', field: 'country' },
      { header: 'Billing City', field: 'city' },
      { header: 'Notat', field: 'notes' },
    ]);
    expect(preview.rows[1]).toEqual({
      line: 3,
      cells: ['001B', 'Saigon Steel', 'Atlantis', 'Hue', ''],
    });
    const dryRun = await finished<ImportJobResult>(preview.check);
    expect(dryRun).toMatchObject({ dryRun: true, created: 2, updated: 0, errors: 1 });
    expect(dryRun.firstErrors).toEqual([
      { line: 3, reason: expect.stringContaining('Unknown country “Atlantis”') },
    ]);
    expect(await t.api.search({ text: 'Fjord Foods' })).toEqual([]);

    const job = value(await post<JobInfo>('/api/imports', request));
    const made = await finished<ImportJobResult>(job);
    expect(made).toMatchObject({ dryRun: false, created: 2, errors: 1 });
    const errors = await fetch(new URL(`/api/imports/${job.id}/errors`, host.url), {
      headers: auth(),
    });
    expect(errors.status).toBe(200);
    expect(errors.headers.get('content-disposition')).toContain('salesforce (Error).csv');
    const text = await errors.text();
    expect(text).toContain('Saigon Steel');
    expect(text).toContain('Atlantis');

    const [recent] = value(await post<RecentImport[]>('/api/recentImports', {}));
    expect(recent).toMatchObject({
      id: made.id,
      fileName: 'salesforce.csv',
      kind: 'accounts',
      created: 2,
      undoneAt: null,
      undoRefusal: null,
    });
    const undo = value(
      await post<JobInfo>('/api/jobs', { kind: 'undoImport', input: { id: made.id } }),
    );
    expect(await finished(undo)).toMatchObject({ archived: 2, restored: 0 });
    const [undone] = value(await post<RecentImport[]>('/api/recentImports', {}));
    expect(undone).toMatchObject({
      undoneAt: expect.any(Number),
      undoRefusal: 'This import has already been undone',
    });
  });

  it('cancels an import with nothing written', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`Cancelled ${i}`, 'NO']);
    const file = value(await upload('big.csv', csv([['Name', 'Country'], ...rows])));
    const accounts = () => t.core.db.prepare('SELECT count(*) FROM accounts').pluck().get();
    const before = accounts();
    const job = value(
      await post<JobInfo>('/api/imports', { upload: file.upload, kind: 'accounts' }),
    );
    expect((await post<JobInfo>(`/api/jobs/${job.id}/cancel`, {})).status).toBe(200);
    expect((await jobsFor(t.core).settled(job.id)).state).toBe('cancelled');
    expect(accounts()).toBe(before);
  });

  it('leaves out a recognised column when the map says null', async () => {
    const file = value(await upload('plain.csv', SALESFORCE));
    const preview = value(
      await post<ImportPreview>('/api/imports/preview', {
        upload: file.upload,
        kind: 'accounts',
        map: { 'Billing City': null },
      }),
    );
    expect(preview.columns[3]).toEqual({ header: 'Billing City', field: null });
    expect(await finished<ImportJobResult>(preview.check)).toMatchObject({
      ignoredColumns: ['Billing City', 'Notat'],
    });
  });

  it('refuses a file that is neither CSV nor XLSX, naming the file as the person knows it', async () => {
    const file = value(await upload('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])));
    const reply = await post('/api/imports/preview', { upload: file.upload, kind: 'accounts' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'file', message: 'logo.png is not a CSV or XLSX file' }] },
    });
  });

  it('refuses a file over 200 MB as it arrives', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const stream = Readable.from(
      (function* () {
        for (let i = 0; i <= 200; i++) yield chunk;
      })(),
    );
    const reply = await upload('huge.csv', Readable.toWeb(stream) as ReadableStream);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      ok: false,
      error: {
        issues: [
          {
            field: 'file',
            message:
              'huge.csv is larger than the 200 MB Rapport imports at once: split it into smaller files',
          },
        ],
      },
    });
  });

  it('keeps the latest uploads only, so a host running for days does not fill the disk', async () => {
    const first = value(await upload('first.csv', SALESFORCE));
    for (let i = 0; i < 8; i++) value(await upload(`later-${i}.csv`, SALESFORCE));
    const reply = await post('/api/imports/preview', { upload: first.upload, kind: 'accounts' });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ error: { issues: [{ field: 'upload' }] } });
  });

  it('says which field is wrong: the name, the upload, the kind, the map', async () => {
    const noName = await fetch(new URL('/api/imports/files', host.url), {
      method: 'POST',
      headers: { ...auth(), 'content-type': 'application/octet-stream' },
      body: 'Name\nAcme\n',
    });
    expect(noName.status).toBe(400);
    expect(await noName.json()).toMatchObject({ error: { issues: [{ field: 'name' }] } });
    const aPath = await upload('../../etc/passwd', 'Name\n');
    expect(aPath.body).toMatchObject({
      error: { issues: [{ field: 'name', message: expect.stringContaining('not a path') }] },
    });

    const unknown = await post('/api/imports/preview', {
      upload: '0190a5b2-7c4e-7000-8000-000000000000',
      kind: 'accounts',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      error: {
        issues: [
          { field: 'upload', message: 'The chosen file is no longer at hand: choose it again' },
        ],
      },
    });
    const notAnId = await post('/api/imports/preview', { upload: '/etc/passwd', kind: 'accounts' });
    expect(notAnId.body).toMatchObject({ error: { issues: [{ field: 'upload' }] } });

    const errors = await fetch(new URL('/api/imports/nothing/errors', host.url), {
      headers: auth(),
    });
    expect(errors.status).toBe(400);
    expect(await errors.json()).toMatchObject({ error: { issues: [{ field: 'job' }] } });

    const file = value(await upload('salesforce.csv', SALESFORCE));
    const asked = (body: object) => post('/api/imports', { upload: file.upload, ...body });
    expect((await asked({ kind: 'leads' })).body).toMatchObject({
      error: { issues: [{ field: 'kind' }] },
    });
    expect((await asked({ kind: 'accounts', map: { Nope: 'name' } })).body).toMatchObject({
      error: {
        issues: [
          { field: 'map', message: 'The file has no column “Nope”: map the columns it has' },
        ],
      },
    });
    expect((await asked({ kind: 'accounts', map: { Notat: 'birthday' } })).body).toMatchObject({
      error: { issues: [{ field: 'map' }] },
    });
    expect(
      (await asked({ kind: 'accounts', map: { Notat: 'city', 'Billing City': 'city' } })).body,
    ).toMatchObject({
      error: { issues: [{ field: 'map', message: expect.stringContaining('two columns') }] },
    });
  });

  it('refuses a rep’s row the core refuses, with its line and reason, and offers no undo the core would refuse', async () => {
    const other = csv([
      ['Account Name', 'Billing Country', 'Billing City'],
      ['Globex', 'VN', 'Hanoi'],
    ]);
    setProfile(t.core, adminId);
    const file = value(await upload('globex.csv', other));
    const request = { upload: file.upload, kind: 'accounts' };
    const byAdmin = await finished<ImportJobResult>(
      value(await post<JobInfo>('/api/imports', request)),
    );
    expect(byAdmin).toMatchObject({ updated: 1, errors: 0 });

    setProfile(t.core, book.rep.id);
    try {
      const [recent] = value(await post<RecentImport[]>('/api/recentImports', {}));
      expect(recent).toMatchObject({
        id: byAdmin.id,
        undoRefusal: expect.stringContaining('Globex'),
      });
      const again = csv([
        ['Account Name', 'Billing Country', 'Billing City'],
        ['Globex', 'VN', 'Hai Phong'],
      ]);
      const second = value(await upload('again.csv', again));
      const byRep = await finished<ImportJobResult>(
        value(await post<JobInfo>('/api/imports', { upload: second.upload, kind: 'accounts' })),
      );
      expect(byRep).toMatchObject({ updated: 0, errors: 1 });
      expect(byRep.firstErrors[0]).toMatchObject({
        line: 2,
        reason: expect.stringContaining('Globex'),
      });
    } finally {
      setProfile(t.core, adminId);
    }
  });
});
