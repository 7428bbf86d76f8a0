import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Account } from '../../src/shared/domain/account';
import type { SyncConflict, SyncStatus } from '../../src/shared/domain/sync';
import type { JobEvent, JobInfo, SyncJobResult } from '../../src/shared/jobs';
import { SseReader } from '../../src/shared/jobs';
import { openDatabase } from '../../src/main/db/open';

const cli = path.resolve(__dirname, '../../bin/rapport.cjs');
const shots = path.resolve(__dirname, '../../docs/screenshots');

/** A web host on its own new book, started through the CLI as a user would. */
interface Host {
  url: URL;
  process: ChildProcess;
}

async function startHost(db: string): Promise<Host> {
  // `rapport web` opens an existing book; `--demo` would fill it with demo data, which never syncs.
  openDatabase(db, { create: true }).close();
  const child = spawn(process.execPath, [cli, 'web', '--db', db, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<URL>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (\S+)/.exec(output);
      if (found?.[1]) resolve(new URL(found[1]));
    });
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
  });
  return { url, process: child };
}

async function stopHost(host: Host | undefined): Promise<void> {
  if (!host || host.process.exitCode !== null) return;
  host.process.kill('SIGTERM');
  await new Promise((resolve) => host.process.once('exit', resolve));
}

const auth = (host: Host) => ({
  authorization: `Bearer ${host.url.searchParams.get('token')}`,
  'content-type': 'application/json',
});

async function call<T>(host: Host, method: string, input: unknown = {}): Promise<T> {
  const res = await fetch(new URL(`/api/${method}`, host.url.origin), {
    method: 'POST',
    headers: auth(host),
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T };
  if (!body.ok) throw new Error(`${method} failed: ${JSON.stringify(body)}`);
  return body.value;
}

/**
 * "Sync now" through the job API, as the app starts it. A page open on the same host
 * may be syncing already (automatic sync): the runner then answers busy; wait, retry.
 */
async function syncHost(host: Host): Promise<SyncJobResult> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const res = await fetch(new URL('/api/jobs', host.url.origin), {
      method: 'POST',
      headers: auth(host),
      body: JSON.stringify({ kind: 'sync', input: {} }),
    });
    const body = (await res.json()) as { ok: boolean; value: JobInfo; error?: { code: string } };
    if (body.ok) return finished(host, body.value.id);
    if (body.error?.code !== 'conflict') throw new Error(`sync failed: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the book stayed busy');
}

async function finished(host: Host, id: string): Promise<SyncJobResult> {
  const res = await fetch(new URL(`/api/jobs/${id}/events`, host.url.origin), {
    headers: auth(host),
  });
  const reader = new SseReader();
  const decoder = new TextDecoder();
  let last: JobEvent | undefined;
  for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
    for (const event of reader.push(decoder.decode(chunk, { stream: true }))) last = event;
  }
  if (last?.type !== 'done') throw new Error(`sync did not finish: ${JSON.stringify(last)}`);
  return last.result as SyncJobResult;
}

const footer = (page: Page) => page.getByRole('contentinfo');

let dir: string;
let folder: string;
let first: Host;
let second: Host | undefined;
let account: Account;

test.describe.configure({ mode: 'serial' });

// Two new books (a demo book never syncs), sharing one folder as a team would.
test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-sync-'));
  folder = path.join(dir, 'team folder');
  fs.mkdirSync(folder);
  first = await startHost(path.join(dir, 'first.db'));
  await call(first, 'setupProfile', { name: 'Ingrid Solberg', email: 'ingrid@example.no' });
  // The second laptop's owner: an admin too, so a folder (no server) carries her edits.
  await call(first, 'createTeamMember', {
    name: 'Trần Minh Anh',
    salesForce: 'geographic',
    appRole: 'admin',
  });
  account = await call<Account>(first, 'createAccount', {
    name: 'Nordlys Maritime AS',
    city: 'Tromsø',
    country: 'NO',
  });
  fs.mkdirSync(shots, { recursive: true });
});

test.afterAll(async () => {
  await stopHost(first);
  await stopHost(second);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a shared folder chosen on the setup screen syncs, and the status line says when', async ({
  page,
}) => {
  await page.goto(first.url.href);
  await expect(footer(page)).toContainText('Not syncing');
  await footer(page).getByRole('link', { name: 'Set up sync' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sync' })).toBeVisible();

  // An empty folder is named on its field, and nothing is stored.
  const save = page.getByRole('button', { name: 'Save and sync' });
  await save.click();
  await expect(page.getByText('Folder: type the path of a shared folder')).toBeVisible();
  // A server needs its device token; in the web host it would be kept in the book's file.
  await page.getByRole('radio', { name: "Rapport's server" }).check();
  await page.getByRole('textbox', { name: 'Server address' }).fill('http://127.0.0.1:9');
  await save.click();
  await expect(page.getByText('Device token: paste the token')).toBeVisible();
  await expect(page.getByText("The token is kept in this book's file")).toBeVisible();
  expect((await call<SyncStatus>(first, 'syncStatus')).target).toBeNull();

  await page.getByRole('radio', { name: 'A shared folder' }).check();

  await page.getByRole('textbox', { name: 'Folder' }).fill(folder);
  await page.getByRole('button', { name: 'Save and sync' }).click();
  await expect(footer(page).getByRole('status')).toHaveText(/^Synced at \d{1,2}:\d{2}/, {
    timeout: 30_000,
  });
  const status = await call<SyncStatus>(first, 'syncStatus');
  expect(status.target).toMatchObject({ kind: 'folder', spec: `folder:${folder}`, auto: true });
  expect(status.lastSyncAt).not.toBeNull();
  expect(status.waiting).toBe(0);
  // The book's rows went into the folder, in this device's own files.
  expect(fs.readdirSync(folder).length).toBeGreaterThan(0);
  await expect(page.getByText('This book syncs through the folder')).toBeVisible();
  // The notice that the first sync started sits over the status line: let it go first.
  await page.getByRole('alert').getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('The first sync has started')).toHaveCount(0);
  await page.screenshot({ path: path.join(shots, 'sync-setup.png') });
});

test('the same field changed on two books is a conflict; Keep mine ends on both', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // A second laptop joins through the same folder, receives the team, and its owner
  // picks herself from it (a new book has no profile until then).
  second = await startHost(path.join(dir, 'second.db'));
  await call(second, 'setSyncTarget', { spec: `folder:${folder}`, token: null, auto: false });
  await syncHost(second);
  const members = await call<{ id: string; name: string }[]>(second, 'listTeamMembers', {});
  const minhAnh = members.find((m) => m.name === 'Trần Minh Anh');
  expect(minhAnh).toBeDefined();
  await call(second, 'chooseProfile', { memberId: minhAnh?.id });

  // Both edit the same field while apart; the second edit is the later one.
  const mine = 'Call the buyer before Friday about the winter order.';
  const theirs = 'خریدار را پیش از جمعه دربارهٔ سفارش زمستانی تماس بگیرید.';
  await call(first, 'updateAccount', { id: account.id, patch: { notes: mine } });
  await call(second, 'updateAccount', { id: account.id, patch: { notes: theirs } });
  await syncHost(second);
  await syncHost(first);
  const conflicts = await call<SyncConflict[]>(first, 'listConflicts');
  expect(conflicts).toHaveLength(1);

  // The status line counts it and links to the review.
  await page.goto(first.url.href);
  const link = footer(page).getByRole('link', { name: '1 conflict' });
  await expect(link).toBeVisible();
  await expect(footer(page).getByRole('status')).toHaveText(/^Synced at/, { timeout: 30_000 });
  await page.screenshot({ path: path.join(shots, 'sync-status.png') });
  await link.click();

  const card = page.getByRole('article', { name: /Nordlys Maritime AS · Notes/ });
  await expect(card).toContainText(mine);
  await expect(card).toContainText(theirs);
  await expect(card.getByText('Your value')).toBeVisible();
  await expect(card).toContainText('Changed by Ingrid Solberg');
  await expect(card).toContainText('Changed by Trần Minh Anh');
  await expect(page.getByText('No refused changes.')).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'sync-review.png'), fullPage: true });

  await card.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByText('No conflicts.')).toBeVisible();
  await expect(footer(page).getByRole('link', { name: /conflict/ })).toHaveCount(0);

  // The choice is a new change: it goes up with the next sync, then reaches the other book.
  await footer(page).getByRole('button', { name: 'Sync now' }).click();
  await expect.poll(async () => (await call<SyncStatus>(first, 'syncStatus')).waiting).toBe(0);
  await syncHost(second);
  const notes = async (host: Host) =>
    (await call<{ account: Account }>(host, 'getAccount', { id: account.id })).account.notes;
  expect(await notes(first)).toBe(mine);
  expect(await notes(second)).toBe(mine);
  expect(await call<SyncConflict[]>(second, 'listConflicts')).toEqual([]);
});
