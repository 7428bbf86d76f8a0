import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * `app://` behaves like https for the page (a real origin, secure context, fetch) so
 * the renderer never runs from `file://`, which could read any file on the disk.
 * Must run before the app is ready.
 */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Serves the built renderer (out/renderer) at `app://rapport/`. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererResponse(request, rendererDir));
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** One file of the renderer, with the CSP header; nothing outside `rendererDir`. */
export async function rendererResponse(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return refuse(404, `${url.host} is not served here`);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refuse(405, `${request.method} is not served here`);
  }
  const file = fileFor(url.pathname, rendererDir);
  if (!file) return refuse(403, `${url.pathname} is outside the app`);
  const body = await fs.readFile(file).catch(() => null);
  if (!body) return refuse(404, `${url.pathname} is not part of the app`);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(request.method === 'HEAD' ? null : body, {
    headers: { 'Content-Type': type, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS },
  });
}

/** The file a URL path names inside `root`, or null when it would leave `root`. */
function fileFor(pathname: string, root: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${decoded === '/' ? '/index.html' : decoded}`);
  const inside = path.relative(base, file);
  if (!inside || inside === '..' || inside.startsWith(`..${path.sep}`)) return null;
  if (path.isAbsolute(inside)) return null;
  return file;
}

function refuse(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
  });
}
