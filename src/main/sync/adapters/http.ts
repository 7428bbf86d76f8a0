import { z } from 'zod';
import { RapportError } from '../../../shared/errors';
import {
  pulledPage,
  pushAck,
  type PullPage,
  type PushAck,
  type PushRequest,
} from '../../../shared/sync/wire';
import type { AdapterDescription, SyncAdapter } from './adapter';

export interface HttpAdapterOptions {
  /** The sync server, e.g. http://10.0.0.5:7373 (a path prefix behind a proxy is kept). */
  readonly url: string;
  /** The device's token from `rapport users add`. */
  readonly token: string;
  /** How long one request may take before the server counts as unreachable (default 60 s). */
  readonly timeoutMs?: number;
}

const errorReply = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

/**
 * Rapport's own sync server as a sync target (DESIGN §3). A server that cannot be
 * reached, times out, is overloaded or fails (5xx) is 'unavailable': the engine keeps
 * what it has and tries again later. A refused token is 'forbidden', a refused request
 * 'validation', both with the server's own message.
 */
export function createHttpAdapter(options: HttpAdapterOptions): SyncAdapter {
  const base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
  const target = base.href.replace(/\/$/, '');
  const timeoutMs = options.timeoutMs ?? 60_000;

  const send = (route: string, body: string) =>
    fetch(new URL(route, base), {
      method: 'POST',
      headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });

  async function call<T>(route: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
    const json = JSON.stringify(body);
    let response: Response;
    try {
      response = await send(route, json);
    } catch (error) {
      // A kept-alive connection the server closed while this laptop applied the last
      // page: both requests are idempotent, so asking again on a new one is safe.
      if (!closedUnderUs(error)) throw unreachable(target, reasonOf(error, timeoutMs));
      try {
        response = await send(route, json);
      } catch (again) {
        throw unreachable(target, reasonOf(again, timeoutMs));
      }
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) throw failure(target, response.status, text);
    const parsed = schema.safeParse(parseJson(text));
    if (!parsed.success) {
      throw unreachable(target, 'it answered something that is not a Rapport sync server reply');
    }
    return parsed.data;
  }

  return {
    key: base.origin,
    describe: (): AdapterDescription => ({ kind: 'http', target, authority: true }),
    push: (request: PushRequest): Promise<PushAck> => call('v1/push', request, pushAck),
    pull: (node: string, cursor: string | null, limit: number): Promise<PullPage> =>
      call('v1/pull', { node, cursor, limit }, pulledPage) as Promise<PullPage>,
    close: async () => undefined,
  };
}

function closedUnderUs(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const unreachable = (target: string, why: string) =>
  new RapportError('unavailable', `The sync server at ${target} cannot be reached: ${why}`);

function reasonOf(error: unknown, timeoutMs: number): string {
  const e = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') {
    return `it did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}`;
  }
  const code = e.cause?.code;
  const plain = code ? SOCKET_REASONS[code] : undefined;
  if (plain) return `${plain} (${code})`;
  return code ?? e.cause?.message ?? e.message ?? String(error);
}

/** What the usual network errors mean to someone at a laptop; the code stays for support. */
const SOCKET_REASONS: Record<string, string> = {
  ECONNREFUSED: 'nothing answers at that address (is the server running?)',
  ECONNRESET: 'the connection closed before it answered',
  EPIPE: 'the connection closed before it answered',
  UND_ERR_SOCKET: 'the connection closed before it answered',
  ENOTFOUND: 'that host name is not known (no network, or a typing error?)',
  EAI_AGAIN: 'that host name could not be looked up (no network?)',
  EHOSTUNREACH: 'there is no route to it (no network?)',
  ENETUNREACH: 'there is no network',
  ETIMEDOUT: 'it did not answer in time',
};

function failure(target: string, status: number, text: string): RapportError {
  const said = errorReply.safeParse(parseJson(text));
  const message = said.success ? said.data.error.message : `it answered HTTP ${status}`;
  if (status >= 500 || status === 429) {
    return unreachable(target, said.success ? message : `it answered HTTP ${status}`);
  }
  if (status === 401 || status === 403) return new RapportError('forbidden', message);
  return new RapportError('validation', message);
}
