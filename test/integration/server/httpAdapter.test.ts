import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/main/sync/adapters/http';
import { RapportError } from '../../../src/shared/errors';
import { adapterContract } from '../sync/adapterContract';
import { httpTeam, sqliteFactory } from './harness';

adapterContract('http', httpTeam(sqliteFactory));

describe('the http adapter against a failing server', () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function serve(handler: http.RequestListener): Promise<string> {
    server = http.createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error as RapportError,
    );

  it('reports a 500 as unavailable with the server message, and a hang as a timeout', async () => {
    const url = await serve((request, reply) => {
      if (request.url === '/v1/pull') {
        reply.writeHead(500, { 'content-type': 'application/json' });
        reply.end(
          JSON.stringify({ error: { code: 'internal', message: 'Disk full', issues: [] } }),
        );
      }
      // /v1/push never answers
    });
    const adapter = createHttpAdapter({ url, token: 't', timeoutMs: 300 });
    const down = await failure(adapter.pull('0123456789abcdef', null, 1));
    expect(down).toBeInstanceOf(RapportError);
    expect(down).toMatchObject({
      code: 'unavailable',
      message: `The sync server at ${url} cannot be reached: Disk full`,
    });
    const hung = await failure(
      adapter.push({ node: '0123456789abcdef', member: null, changes: [] }),
    );
    expect(hung).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/did not answer within 300 ms/),
    });
  });

  it('refuses a reply that is not a sync server reply, and keeps a path prefix', async () => {
    const seen: string[] = [];
    const url = await serve((request, reply) => {
      seen.push(request.url ?? '');
      reply.writeHead(200, { 'content-type': 'text/html' });
      reply.end('<html>Sign in to the Wi-Fi</html>');
    });
    const adapter = createHttpAdapter({ url: `${url}/rapport`, token: 't' });
    expect(adapter.key).toBe(url);
    expect(adapter.describe()).toEqual({ kind: 'http', target: `${url}/rapport`, authority: true });
    const odd = await failure(adapter.pull('0123456789abcdef', null, 1));
    expect(odd).toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/not a Rapport sync server reply/),
    });
    expect(seen).toEqual(['/rapport/v1/pull']);
  });
});
