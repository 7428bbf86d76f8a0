import { createClient } from '../../../shared/api';
import type { ApiClient, MethodName } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
import {
  createJobsClient,
  SseReader,
  type JobEvent,
  type JobsClient,
  type JobsTransport,
} from '../../../shared/jobs';
import { takeToken } from './token';

type Send = (method: MethodName, input: unknown) => Promise<Envelope<unknown>>;

function failure(message: string): Envelope<unknown> {
  return { ok: false, error: { code: 'internal', message, issues: [] } };
}

function isEnvelope(body: unknown): body is Envelope<unknown> {
  return typeof body === 'object' && body !== null && 'ok' in body;
}

/** The loopback web host: `POST /api/<method>`; the reply is an envelope, also on 4xx. */
function httpTransport(token: string | null): Send {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure('Rapport is not reachable');
    }
    const body: unknown = await response.json().catch(() => null);
    return isEnvelope(body) ? body : failure(`Unexpected reply (HTTP ${response.status})`);
  };
}

/**
 * Jobs on the web host: start/cancel/list are JSON requests; events are read from the
 * `text/event-stream` reply with fetch rather than EventSource, because EventSource
 * cannot send the Authorization header and the token must not go into a URL.
 */
function httpJobsTransport(token: string | null): JobsTransport {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const request = async <T>(path: string, body?: unknown): Promise<Envelope<T>> => {
    try {
      const response = await fetch(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          ...headers,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const reply: unknown = await response.json().catch(() => null);
      return isEnvelope(reply)
        ? (reply as Envelope<T>)
        : (failure(`Unexpected reply (HTTP ${response.status})`) as Envelope<T>);
    } catch {
      return failure('Rapport is not reachable') as Envelope<T>;
    }
  };
  return {
    start: (kind, input) => request('/api/jobs', { kind, input }),
    cancel: (id) => request(`/api/jobs/${encodeURIComponent(id)}/cancel`, {}),
    list: () => request('/api/jobs'),
    watch(id, onEvent) {
      const controller = new AbortController();
      void streamEvents(
        `/api/jobs/${encodeURIComponent(id)}/events`,
        headers,
        controller.signal,
        onEvent,
      );
      return () => controller.abort();
    },
  };
}

async function streamEvents(
  path: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  onEvent: (event: JobEvent) => void,
): Promise<void> {
  let ended = false;
  const deliver = (event: JobEvent) => {
    ended = event.type !== 'progress';
    onEvent(event);
  };
  try {
    const response = await fetch(path, { headers, signal });
    if (!response.ok || !response.body) {
      const reply: unknown = await response.json().catch(() => null);
      const envelope = isEnvelope(reply)
        ? reply
        : failure(`Unexpected reply (HTTP ${response.status})`);
      if (!envelope.ok) deliver({ type: 'failed', error: envelope.error });
      return;
    }
    const reader = new SseReader();
    const text = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await text.read();
      if (done) break;
      for (const event of reader.push(value)) deliver(event);
    }
  } catch {
    if (signal.aborted) return;
  }
  if (!ended && !signal.aborted) {
    deliver({
      type: 'failed',
      error: {
        code: 'internal',
        message: 'Lost contact with Rapport while the job ran',
        issues: [],
      },
    });
  }
}

const bridge = window.rapport;
const token = bridge ? null : takeToken();

/** The one API client of the renderer; it does not know which shell carries it. */
export const api: ApiClient = createClient(
  bridge?.call ? (method, input) => bridge.call(method, input) : httpTransport(token),
);

/** Long work (the demo now; import, export, sync next) with progress and cancel. */
export const jobs: JobsClient = createJobsClient(bridge?.jobs ?? httpJobsTransport(token));
