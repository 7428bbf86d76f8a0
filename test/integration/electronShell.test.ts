import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/api/dispatch';
import { launch } from '../../src/main/shell/launch';
import { registerAppScheme } from '../../src/main/shell/protocol';
import { IPC_CHANNEL } from '../../src/shared/bridge';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp';
import {
  BrowserWindow,
  FakeEvent,
  FakeFrame,
  FakeWebContents,
  app,
  ipcMain,
  protocol,
  resetElectron,
  session,
} from '../support/electron';
import { openTestCore, tempDir, type TestCore } from '../support/tempDb';

// `electron` is aliased to test/support/electron.ts for this project (vitest.config.mts).

let t: TestCore;
let files: { dir: string; cleanup: () => void };
let rendererDir: string;
const INDEX = '<!doctype html><title>Rapport</title>';

beforeAll(() => {
  t = openTestCore();
  files = tempDir();
  rendererDir = path.join(files.dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), INDEX);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'main.js'), 'console.log(1)');
  // A file next to the renderer that no app:// URL may reach.
  fs.writeFileSync(path.join(files.dir, 'secret.txt'), 'not for the page');
});
afterAll(() => {
  t.close();
  files.cleanup();
});

function start(devServerUrl?: string): BrowserWindow {
  resetElectron();
  launch(t.core, { rendererDir, devServerUrl });
  const window = BrowserWindow.windows[0];
  if (!window) throw new Error('launch opened no window');
  return window;
}

describe('the Electron window', () => {
  it('is isolated and sandboxed, and loads the renderer from app://', () => {
    const window = start();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window.webContents.loadedUrl).toBe('app://rapport/index.html');
  });

  it('loads the dev server when electron-vite runs one', () => {
    const window = start('http://localhost:5173/');
    expect(window.webContents.loadedUrl).toBe('http://localhost:5173/');
    expect(window.webContents.navigate('will-navigate', 'http://localhost:5173/#/a')).toBe(false);
    expect(window.webContents.navigate('will-navigate', 'app://rapport/index.html')).toBe(true);
  });
});

describe('navigation guard', () => {
  let contents: FakeWebContents;
  beforeEach(() => {
    contents = start().webContents;
  });

  it('prevents navigation to another origin (a dropped link, a script)', () => {
    expect(contents.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://other/index.html')).toBe(true);
    expect(contents.navigate('will-navigate', 'not a url')).toBe(true);
  });

  it('prevents redirects to another origin', () => {
    expect(contents.navigate('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('lets the app move within its own origin', () => {
    expect(contents.navigate('will-navigate', 'app://rapport/index.html#/accounts')).toBe(false);
    expect(contents.navigate('will-redirect', 'app://rapport/index.html')).toBe(false);
  });

  it('denies every new window and every <webview>', () => {
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
    const attach = new FakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.prevented).toBe(true);
  });

  it('guards every web contents the app creates, not only the first window', () => {
    const other = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), other);
    expect(other.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(other.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('refuses every permission request', () => {
    start();
    const granted: boolean[] = [];
    const request = session.defaultSession.permissionRequestHandler as unknown as (
      ...args: unknown[]
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      request(
        BrowserWindow.windows[0]!.webContents,
        permission,
        (ok: boolean) => granted.push(ok),
        {},
      );
    }
    expect(granted).toEqual([false, false, false, false]);
  });

  it('answers every permission check and device request with no', () => {
    start();
    const check = session.defaultSession.permissionCheckHandler as unknown as (
      ...args: unknown[]
    ) => unknown;
    const device = session.defaultSession.devicePermissionHandler as unknown as (
      ...args: unknown[]
    ) => unknown;
    expect(check(null, 'clipboard-sanitized-write', 'app://rapport', {})).toBe(false);
    expect(check(null, 'media', 'app://rapport', {})).toBe(false);
    expect(device({ deviceType: 'usb', origin: 'app://rapport' })).toBe(false);
  });
});

describe('IPC sender check', () => {
  let contents: FakeWebContents;
  const call = (event: { sender: unknown; senderFrame: FakeFrame | null }, method: string) => {
    const handler = ipcMain.handlers.get(IPC_CHANNEL) as (...args: unknown[]) => unknown;
    return handler(event, method, {}) as { ok: boolean; error?: { code: string; message: string } };
  };
  beforeEach(() => {
    contents = start().webContents;
  });

  it("passes a call from our window's main frame to dispatch", () => {
    const reply = call({ sender: contents, senderFrame: contents.mainFrame }, 'profile');
    expect(reply).toMatchObject({ ok: true });
    expect(reply).toEqual(dispatch(t.core, 'profile', {}));
    // A method dispatch does not know is refused by dispatch itself: the call got there.
    const unknown = call({ sender: contents, senderFrame: contents.mainFrame }, 'noSuchMethod');
    expect(unknown.error?.code).toBe('not_found');
  });

  it('refuses a call from a subframe, with forbidden and without running it', () => {
    const frame = contents.subframe('app://rapport/index.html');
    const reply = call({ sender: contents, senderFrame: frame }, 'noSuchMethod');
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'The call came from an embedded frame, not from the Rapport window',
        issues: [],
      },
    });
  });

  it('refuses a call from our window once it shows another origin', () => {
    contents.mainFrame.url = 'https://evil.example/page';
    const reply = call({ sender: contents, senderFrame: contents.mainFrame }, 'noSuchMethod');
    expect(reply.error).toEqual({
      code: 'forbidden',
      message: 'The call came from https://evil.example, not from Rapport',
      issues: [],
    });
  });

  it('refuses a call whose frame is gone, or from web contents that are not our window', () => {
    const gone = call({ sender: contents, senderFrame: null }, 'noSuchMethod');
    expect(gone.error).toMatchObject({ code: 'forbidden', message: /closed or navigated away/ });
    const stranger = new FakeWebContents('app://rapport/index.html');
    const foreign = call({ sender: stranger, senderFrame: stranger.mainFrame }, 'noSuchMethod');
    expect(foreign.error).toEqual({
      code: 'forbidden',
      message: 'The call came from a window Rapport did not open',
      issues: [],
    });
  });
});

describe('app:// protocol', () => {
  const fetchApp = (url: string, init?: RequestInit) => {
    const handler = protocol.handlers.get('app');
    if (!handler) throw new Error('app:// is not handled');
    return handler(new Request(url, init));
  };
  beforeEach(() => start());

  it('is declared standard and secure before the app is ready', () => {
    resetElectron();
    registerAppScheme(protocol as never);
    expect(protocol.privileged).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      },
    ]);
  });

  it('answers index.html with the CSP header', async () => {
    const res = await fetchApp('app://rapport/index.html');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the bundle with its type, and / as index.html', async () => {
    const js = await fetchApp('app://rapport/assets/main.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    expect(await (await fetchApp('app://rapport/')).text()).toBe(INDEX);
  });

  it('refuses a path that escapes the renderer folder', async () => {
    const encoded = await fetchApp('app://rapport/..%2fsecret.txt');
    expect(encoded.status).toBe(403);
    expect(await encoded.text()).not.toContain('not for the page');
    const backslash = await fetchApp('app://rapport/..%5csecret.txt');
    expect([403, 404]).toContain(backslash.status);
    expect(await backslash.text()).not.toContain('not for the page');
    // The URL parser folds plain ../ away, so this asks for <renderer>/etc/passwd.
    const dotted = await fetchApp('app://rapport/../../etc/passwd');
    expect(dotted.status).toBe(404);
    expect(await dotted.text()).not.toContain('root:');
  });

  it('answers 404 for a missing file or another host, and 405 for a POST', async () => {
    expect((await fetchApp('app://rapport/nope.js')).status).toBe(404);
    expect((await fetchApp('app://elsewhere/index.html')).status).toBe(404);
    expect((await fetchApp('app://rapport/index.html', { method: 'POST', body: 'x' })).status).toBe(
      405,
    );
  });
});
