import { createClient } from '../../../shared/api';
import type { ApiClient, MethodName } from '../../../shared/api';
import type { Envelope } from '../../../shared/errors';
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

function pickTransport(): Send {
  const bridge = window.rapport;
  if (bridge?.call) return (method, input) => bridge.call(method, input);
  return httpTransport(takeToken());
}

/** The one API client of the renderer; it does not know which shell carries it. */
export const api: ApiClient = createClient(pickTransport());
