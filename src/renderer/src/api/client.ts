import { createClient } from '../../../shared/api';
import type { ApiClient, MethodName } from '../../../shared/api';
import { RapportError, type Envelope } from '../../../shared/errors';
import type { ExportJobResult, ExportRequest } from '../../../shared/reports';
import {
  createJobsClient,
  SseReader,
  type JobEvent,
  type JobInfo,
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

/** A JSON request to the loopback web host; the reply is an envelope, also on 4xx. */
export function postJson<T>(path: string, input: unknown, token: string | null) {
  return postBody<T>(
    path,
    JSON.stringify(input ?? {}),
    { 'Content-Type': 'application/json' },
    token,
  );
}

/** A request to the loopback web host with any body (a file's bytes); the reply is an envelope. */
export async function postBody<T>(
  path: string,
  body: BodyInit,
  headers: Record<string, string>,
  token: string | null,
): Promise<Envelope<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { ...headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body,
    });
  } catch {
    return failure('Rapport is not reachable') as Envelope<T>;
  }
  const reply: unknown = await response.json().catch(() => null);
  return (
    isEnvelope(reply) ? reply : failure(`Unexpected reply (HTTP ${response.status})`)
  ) as Envelope<T>;
}

/** The loopback web host: `POST /api/<method>`. */
function httpTransport(token: string | null): Send {
  return (method, input) => postJson(`/api/${method}`, input, token);
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

/** The desktop shell's bridge, or undefined on the web host, whose launch token is `token`. */
export const bridge = window.rapport;
export const token = bridge ? null : takeToken();

/** The one API client of the renderer; it does not know which shell carries it. */
export const api: ApiClient = createClient(
  bridge?.call ? (method, input) => bridge.call(method, input) : httpTransport(token),
);

/** Long work (the demo now; import, export, sync next) with progress and cancel. */
export const jobs: JobsClient = createJobsClient(bridge?.jobs ?? httpJobsTransport(token));

/**
 * Exports (issue 21). In the desktop app the shell asks where to save the file, then
 * starts the export (null: the person closed the dialog); on the web host the host
 * writes it in a folder of its own, and `deliverExport` downloads it when it is done.
 */
export const exportsClient = {
  async start(request: ExportRequest): Promise<JobInfo | null> {
    const reply = bridge
      ? await bridge.exportReport(request)
      : await postJson<JobInfo>('/api/exports', request, token);
    if (!reply.ok)
      throw new RapportError(reply.error.code, reply.error.message, reply.error.issues);
    return reply.value;
  },
  /** Hands the finished file to the person: on the web host, as a download. */
  async deliver(jobId: string, result: ExportJobResult): Promise<void> {
    if (bridge) return;
    await download(`/api/exports/${encodeURIComponent(jobId)}/file`, result.name);
  },
};

/** A file of the web host handed to the person as a download, under the name the host gives it. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok)
    throw new RapportError(
      'internal',
      `The file could not be downloaded (HTTP ${response.status})`,
    );
  const named = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = named ? decodeURIComponent(named[1]!) : fallbackName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
