import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { routeMethods } from '../../src/main/web/errors';
import { startWebHost, type WebHost } from '../../src/main/web/server';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
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
): Promise<{
  status: number;
  headers: http.IncomingHttpHeaders;
  json: () => unknown;
  text: string;
}> {
  const url = new URL(host.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method, path: pathname, headers },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text),
          }),
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

/** A raw API call whose body and headers are not the well-formed ones `api` sends. */
const rawApi = (method: string, headers: Record<string, string>, body?: string) =>
  request(
    'POST',
    `/api/${method}`,
    { host: hostHeader(), authorization: `Bearer ${host.token}`, ...headers },
    body,
  );

/** The app's error envelope, which the renderer shows as it is. */
const refused = (code: string, message: string | RegExp) => ({
  ok: false,
  error: {
    code,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
    issues: [],
  },
});

describe('web host security headers', () => {
  const page = () => request('GET', '/', { host: hostHeader() });

  it('sends the app CSP, forbidding framing, with every answer', async () => {
    for (const res of [
      await page(),
      await api('profile', {}),
      await request('GET', '/nope', { host: hostHeader() }),
    ]) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });

  it('sends X-Content-Type-Options: nosniff', async () => {
    expect((await page()).headers['x-content-type-options']).toBe('nosniff');
    expect((await api('profile', {})).headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends Referrer-Policy: no-referrer', async () => {
    expect((await page()).headers['referrer-policy']).toBe('no-referrer');
    expect((await api('profile', {})).headers['referrer-policy']).toBe('no-referrer');
  });

  it('marks every API answer, refusals included, Cache-Control: no-store', async () => {
    const ok = await api('profile', {});
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    const unauthorised = await api('profile', {}, { authorization: 'Bearer guessed' });
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.headers['cache-control']).toBe('no-store');
    const invalid = await rawApi('profile', { 'content-type': 'application/json' }, '{');
    expect(invalid.headers['cache-control']).toBe('no-store');
  });

  it('keeps the headers on a refused Host', async () => {
    const res = await api('profile', {}, { host: `evil.example:${new URL(host.url).port}` });
    expect(res.status).toBe(403);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.json()).toEqual(refused('forbidden', 'This address is not served here'));
  });
});

describe('web host errors, in the app envelope', () => {
  it('answers a malformed JSON body with 400 validation', async () => {
    const res = await rawApi('profile', { 'content-type': 'application/json' }, '{"name": ');
    expect(res.status).toBe(400);
    expect(res.json()).toEqual(
      refused(
        'validation',
        /^The request body is not valid JSON: send the method's input as a JSON object/,
      ),
    );
  });

  it('answers an empty JSON body with 400 validation', async () => {
    const res = await rawApi('profile', { 'content-type': 'application/json' }, '');
    expect(res.status).toBe(400);
    expect(res.json()).toEqual(refused('validation', /^The request body is empty/));
  });

  it('answers a body over the limit with 413, naming the limit', async () => {
    const big = JSON.stringify({ notes: 'x'.repeat(5 * 1024 * 1024 + 1) });
    const res = await rawApi('profile', { 'content-type': 'application/json' }, big);
    expect(res.status).toBe(413);
    expect(res.json()).toEqual(
      refused(
        'validation',
        'The request body is larger than the 5 MB Rapport accepts in one call: send less at a time',
      ),
    );
  });

  it('answers JSON nested thousands of levels deep with 400 validation, naming the field', async () => {
    const notes = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const message = 'is nested more than 64 levels deep (the most Rapport reads)';
    for (const [route, body, field] of [
      ['createAccount', `{"name":"Deep","notes":${notes}}`, 'notes'],
      ['jobs', `{"kind":"demo","input":{"accounts":${notes}}}`, 'input.accounts'],
    ] as const) {
      const res = await rawApi(route, { 'content-type': 'application/json' }, body);
      expect(res.status).toBe(400);
      expect(res.json()).toEqual({
        ok: false,
        error: { code: 'validation', message: `${field} ${message}`, issues: [{ field, message }] },
      });
    }
    expect((await api('profile', {})).status).toBe(200);
  });

  it('answers an unknown address with 404 not_found naming the path', async () => {
    const page = await request('GET', '/no/such/page?x=1', { host: hostHeader() });
    expect(page.status).toBe(404);
    expect(page.json()).toEqual(refused('not_found', 'Nothing is served at /no/such/page'));
    const deep = await rawApi('profile/extra', { 'content-type': 'application/json' }, '{}');
    expect(deep.status).toBe(404);
    expect(deep.json()).toEqual(
      refused('not_found', 'There is no API method at /api/profile/extra'),
    );
    const bare = await request('GET', '/api', { host: hostHeader() });
    expect(bare.status).toBe(404);
    expect(bare.json()).toEqual(refused('not_found', 'There is no API method at /api'));
  });

  it('answers an unknown API method with 404 not_found from the contract', async () => {
    const res = await api('dropEverything', {});
    expect(res.status).toBe(404);
    expect(res.json()).toEqual(refused('not_found', 'Unknown method dropEverything'));
  });

  it('answers the wrong HTTP method with 405, saying which one to use', async () => {
    const get = await request('GET', '/api/profile', { host: hostHeader() });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect(get.json()).toEqual(refused('not_found', '/api/profile does not answer GET: use POST'));
    const remove = await request('DELETE', '/api/profile', { host: hostHeader() });
    expect(remove.status).toBe(405);
    expect(remove.json()).toEqual(
      refused('not_found', '/api/profile does not answer DELETE: use POST'),
    );
    const post = await request('POST', '/index.html', { host: hostHeader() });
    expect(post.status).toBe(405);
    expect(post.json()).toEqual(
      refused('not_found', '/index.html does not answer POST: use GET or HEAD'),
    );
  });

  it('answers a body that is not JSON with 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await rawApi('profile', { 'content-type': type }, 'name=x');
      expect(res.status).toBe(415);
      expect(res.json()).toEqual(
        refused(
          'validation',
          `Rapport's API reads JSON only: send the body as Content-Type: application/json (this one was ${type})`,
        ),
      );
    }
  });

  it('answers an address too long to be a method with 414', async () => {
    const res = await api('x'.repeat(150), {});
    expect(res.status).toBe(414);
    expect(res.json()).toEqual(refused('validation', /^\/api\/x+… is too long/));
  });

  it('answers an address that cannot be decoded with 400, headers included', async () => {
    const res = await request('GET', '/%zz', { host: hostHeader() });
    expect(res.status).toBe(400);
    expect(res.json()).toEqual(refused('validation', '/%zz is not an address Rapport understands'));
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('wrong-method detection', () => {
  it('knows which methods each API path answers, with parameters and wildcards', async () => {
    const app = Fastify();
    const methodsFor = routeMethods(app);
    const ok = async () => ({ ok: true });
    app.post('/api/:method', ok);
    app.get('/api/jobs', ok);
    app.post('/api/jobs/:id/cancel', ok);
    app.get('/*', ok);
    await app.ready();
    expect(methodsFor('/api/profile')).toEqual(['POST']);
    expect(methodsFor('/api/jobs').sort()).toEqual(['GET', 'HEAD', 'POST']);
    expect(methodsFor('/api/jobs/0190/cancel')).toEqual(['POST']);
    expect(methodsFor('/api/jobs/0190/other')).toEqual([]);
    await app.close();
  });
});
