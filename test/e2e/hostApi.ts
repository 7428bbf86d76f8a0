import type { JobEvent, JobInfo, SyncJobResult } from '../../src/shared/jobs';
import { SseReader } from '../../src/shared/jobs';
import type { Host } from './processes';

const auth = (host: Host) => ({
  authorization: `Bearer ${host.url.searchParams.get('token')}`,
  'content-type': 'application/json',
});

/** Calls a web host's API as its page does. */
export async function call<T>(host: Host, method: string, input: unknown = {}): Promise<T> {
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
export async function syncHost(host: Host): Promise<SyncJobResult> {
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

/** Calls a web host's API with a call it must refuse, and returns why (code and message). */
export async function refusal(
  host: Host,
  method: string,
  input: unknown,
): Promise<{ code: string; message: string }> {
  const res = await fetch(new URL(`/api/${method}`, host.url.origin), {
    method: 'POST',
    headers: auth(host),
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
  if (body.ok || !body.error) throw new Error(`${method} was not refused`);
  return body.error;
}
