import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/main/sync/adapters/http';

/**
 * A server closes a kept-alive connection while the laptop is busy applying a page
 * (Node closes idle ones after 5 s): the next request on it fails at once with a reset.
 * Push and pull are idempotent, so the adapter asks again, once, on a new connection.
 */
let server: http.Server;
let url: string;
let requests = 0;
const page = { changes: [], cursor: 'c1', more: false, purge: [], authors: {} };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests += 1;
    if (requests % 2 === 1) return req.socket.destroy(); // reset, as a closed keep-alive
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(page));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the http adapter on a reset connection', () => {
  it('asks again once, and gets the page', async () => {
    const adapter = createHttpAdapter({ url, token: 't', timeoutMs: 5000 });
    await expect(adapter.pull('0123456789abcdef', null, 10)).resolves.toMatchObject(page);
    expect(requests).toBe(2);
  });
});
