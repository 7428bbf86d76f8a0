import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src/main/web/server';
import { jobsFor } from '../../src/main/jobs';
import { SseReader, type JobEvent, type JobInfo } from '../../src/shared/jobs';
import type { Envelope } from '../../src/shared/errors';
import { openCore, type Core } from '../../src/main/core/core';
import { tempDir } from '../support/tempDb';

/** A new, empty book, as a first start makes it (no profile yet: the demo brings one). */
function emptyBook(): { core: Core; close: () => void } {
  const dir = tempDir();
  const core = openCore(path.join(dir.dir, 'rapport.db'), { create: true });
  return {
    core,
    close: () => {
      core.close();
      dir.cleanup();
    },
  };
}

let t: { core: Core; close: () => void };
let host: WebHost;
let renderer: { dir: string; cleanup: () => void };

beforeAll(async () => {
  t = emptyBook();
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

async function post<T>(pathname: string, body: unknown, headers = auth()) {
  const response = await fetch(new URL(pathname, host.url), {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Envelope<T> };
}

/** Reads the job's server-sent events until the stream ends. */
async function events(id: string, onEvent?: (event: JobEvent) => void): Promise<JobEvent[]> {
  const response = await fetch(new URL(`/api/jobs/${id}/events`, host.url), { headers: auth() });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = new SseReader();
  const decoder = new TextDecoder();
  const all: JobEvent[] = [];
  for await (const chunk of response.body ?? []) {
    for (const event of reader.push(decoder.decode(chunk as Uint8Array, { stream: true }))) {
      all.push(event);
      onEvent?.(event);
    }
  }
  return all;
}

describe('the web host job routes', () => {
  it('refuses every job route without the token, with 401', async () => {
    const start = await post(
      '/api/jobs',
      { kind: 'demo', input: { accounts: 5 } },
      {
        authorization: 'Bearer guessed',
      },
    );
    expect(start.status).toBe(401);
    expect(start.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const list = await fetch(new URL('/api/jobs', host.url));
    expect(list.status).toBe(401);
    const stream = await fetch(new URL('/api/jobs/anything/events', host.url));
    expect(stream.status).toBe(401);
    expect(jobsFor(t.core).list()).toEqual([]);
  });

  it('says which field is wrong, with 400', async () => {
    const bad = await post('/api/jobs', { kind: 'demo', input: { accounts: 'many' } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'accounts', message: 'accounts must be a number' }] },
    });
    const missing = await fetch(new URL('/api/jobs/no-such-job/events', host.url), {
      headers: auth(),
    });
    expect(missing.status).toBe(404);
  });

  it('starts no export: a page may not write a file where it likes', async () => {
    const target = path.join(os.tmpdir(), `rapport-never-${process.pid}.csv`);
    const refused = await post('/api/jobs', {
      kind: 'export',
      input: { report: 'accounts', format: 'csv', path: target },
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ ok: false, error: { issues: [{ field: 'kind' }] } });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('starts a job, streams its progress as server-sent events to done, and cancels', async () => {
    const started = await post<JobInfo>('/api/jobs', {
      kind: 'demo',
      input: { accounts: 200_000, seed: 4 },
    });
    expect(started.status).toBe(200);
    if (!started.body.ok) throw new Error(started.body.error.message);
    const job = started.body.value;
    expect(job).toMatchObject({ kind: 'demo', state: 'running' });

    let cancelled: Promise<unknown> | null = null;
    const seen = await events(job.id, (event) => {
      if (event.type === 'progress' && event.done >= 1000 && !cancelled) {
        cancelled = post(`/api/jobs/${job.id}/cancel`, {});
      }
    });
    expect(seen.some((e) => e.type === 'progress' && e.done >= 1000)).toBe(true);
    expect(seen.at(-1)).toEqual({ type: 'cancelled' });
    expect(await cancelled).toMatchObject({ status: 200, body: { ok: true } });

    // A late watcher gets how it ended, and the stream closes.
    expect(await events(job.id)).toEqual([{ type: 'cancelled' }]);
    const list = (await (
      await fetch(new URL('/api/jobs', host.url), { headers: auth() })
    ).json()) as Envelope<JobInfo[]>;
    expect(list).toMatchObject({ ok: true, value: [{ id: job.id, state: 'cancelled' }] });
  });

  it('streams a whole job to done, with its result', async () => {
    const other = emptyBook();
    const otherHost = await startWebHost({ core: other.core, rendererDir: renderer.dir });
    try {
      const headers = {
        authorization: `Bearer ${otherHost.token}`,
        'content-type': 'application/json',
      };
      const started = (await (
        await fetch(new URL('/api/jobs', otherHost.url), {
          method: 'POST',
          headers,
          body: JSON.stringify({ kind: 'demo', input: { accounts: 1500, seed: 8 } }),
        })
      ).json()) as Envelope<JobInfo>;
      if (!started.ok) throw new Error(started.error.message);
      const response = await fetch(new URL(`/api/jobs/${started.value.id}/events`, otherHost.url), {
        headers,
      });
      const reader = new SseReader();
      const seen: JobEvent[] = [];
      for await (const chunk of response.body ?? []) {
        seen.push(...reader.push(new TextDecoder().decode(chunk as Uint8Array)));
      }
      const last = seen.at(-1) as JobEvent<'demo'> | undefined;
      expect(last?.type).toBe('done');
      if (last?.type === 'done') expect(last.result.rows.accounts).toBe(1500);
      // The API on the main connection sees what the worker wrote.
      const stats = await fetch(new URL('/api/stats', otherHost.url), {
        method: 'POST',
        headers,
        body: '{}',
      });
      expect(await stats.json()).toMatchObject({ ok: true, value: { accounts: 1500 } });
    } finally {
      await otherHost.close();
      other.close();
    }
  });
});
