import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../src/main/web/server';
import { openTestCore, tempDir, type TestCore } from '../support/tempDb';

let t: TestCore;
let host: WebHost;
let renderer: { dir: string; cleanup: () => void };

beforeAll(async () => {
  t = openTestCore();
  renderer = tempDir();
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<!doctype html><title>Rapport</title>');
  host = await startWebHost({ core: t.core, rendererDir: renderer.dir });
});
afterAll(async () => {
  await host.close();
  t.close();
  renderer.cleanup();
});

/** A raw request, so that Host and Origin can be whatever an attacker would send. */
function request(
  method: string,
  pathname: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; json: () => unknown; text: string }> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method, path: pathname, headers },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text, json: () => JSON.parse(text) }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const hostHeader = () => new URL(host.url).host;
const api = (method: string, body: unknown, extra: Record<string, string> = {}) =>
  request(
    'POST',
    `/api/${method}`,
    {
      host: hostHeader(),
      'content-type': 'application/json',
      authorization: `Bearer ${host.token}`,
      ...extra,
    },
    JSON.stringify(body),
  );

describe('web host', () => {
  it('listens on 127.0.0.1 only and serves the app page', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    const page = await request('GET', '/', { host: hostHeader() });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<title>Rapport</title>');
  });

  it('answers API calls that carry the launch token', async () => {
    const created = await api('createAccount', { name: 'Loopback AS' });
    expect(created.status).toBe(200);
    expect(created.json()).toMatchObject({ ok: true, value: { name: 'Loopback AS' } });
  });

  it('refuses a request without the token with 401', async () => {
    const res = await request(
      'POST',
      '/api/stats',
      { host: hostHeader(), 'content-type': 'application/json' },
      '{}',
    );
    expect(res.status).toBe(401);
    const wrong = await api('stats', {}, { authorization: 'Bearer guessed' });
    expect(wrong.status).toBe(401);
  });

  it('refuses a request for another Host or from another Origin with 403', async () => {
    const rebound = await api('stats', {}, { host: `evil.example:${new URL(host.url).port}` });
    expect(rebound.status).toBe(403);
    const foreign = await api('stats', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('says which field is wrong, with 400, and writes nothing', async () => {
    const before = t.core.db.prepare('SELECT count(*) FROM accounts').pluck().get();
    const res = await api('createAccount', { name: '' });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({
      ok: false,
      error: { issues: [{ field: 'name', message: 'Name is required' }] },
    });
    expect(t.core.db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(before);
  });

  it('answers 404 for a method that is not in the contract', async () => {
    const res = await api('dropEverything', {});
    expect(res.status).toBe(404);
  });
});
