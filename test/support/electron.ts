/**
 * A stand-in for the `electron` module, for testing src/main/shell where the Electron
 * binary cannot run. vitest's integration project aliases `electron` to this file, so
 * the shell and the test share one instance and the test can inspect what the shell
 * registered. It models only what the shell uses.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

/** The event object of `will-navigate` / `will-redirect` / `will-attach-webview`. */
export class FakeEvent {
  prevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.prevented = true;
  }
}

let nextFrameId = 1;

export class FakeFrame {
  readonly frameTreeNodeId = nextFrameId++;
  constructor(
    public url: string,
    readonly parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeFrame;
  windowOpenHandler: Handler | null = null;
  loadedUrl: string | null = null;

  constructor(url = '') {
    super();
    this.mainFrame = new FakeFrame(url);
  }

  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }

  /** A frame embedded in this page (an iframe), for IPC sender tests. */
  subframe(url: string): FakeFrame {
    return new FakeFrame(url, this.mainFrame);
  }

  /** Emits a navigation event the way Electron does, and says whether it was prevented. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    const details = new FakeEvent(url);
    this.emit(event, details, url);
    return details.prevented;
  }
}

class FakeApp extends EventEmitter {
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  getPath(): string {
    throw new Error('The stand-in electron has no user data folder');
  }
  quit(): void {}
}

export const app = new FakeApp();

export class BrowserWindow {
  static windows: BrowserWindow[] = [];
  readonly webContents: FakeWebContents;

  constructor(readonly options: { webPreferences?: Record<string, unknown> } & object) {
    this.webContents = new FakeWebContents();
    BrowserWindow.windows.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    this.webContents.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows;
  }

  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.windows.find((w) => w.webContents === contents) ?? null;
  }
}

/**
 * The OS store, as the shell uses it: sealing is reversible and visibly not the plain
 * token (base64 of the reversed bytes), which is all a test needs to tell them apart.
 */
export const safeStorage = {
  available: true,
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  encryptString(text: string): Buffer {
    return Buffer.from(text, 'utf8').reverse();
  },
  decryptString(sealed: Buffer): string {
    return Buffer.from(sealed).reverse().toString('utf8');
  },
};

/** The save and open dialogs: answer what the test sets in `dialog.answer`, and keep what they were asked. */
export const dialog = {
  answer: { canceled: true, filePath: undefined } as { canceled: boolean; filePath?: string },
  asked: [] as unknown[],
  async showSaveDialog(...args: unknown[]) {
    this.asked.push(args.at(-1));
    return this.answer;
  },
  /** The open dialog answers the same `answer`, as Electron does: its file in `filePaths`. */
  async showOpenDialog(...args: unknown[]) {
    this.asked.push(args.at(-1));
    const { canceled, filePath } = this.answer;
    return { canceled, filePaths: filePath ? [filePath] : [] };
  },
};

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Second handler for ${channel}`);
    this.handlers.set(channel, handler);
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    permissionRequestHandler: null as Handler | null,
    permissionCheckHandler: null as Handler | null,
    devicePermissionHandler: null as Handler | null,
    setPermissionRequestHandler(handler: Handler | null): void {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Handler | null): void {
      this.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: Handler | null): void {
      this.devicePermissionHandler = handler;
    },
  },
};

/** Forgets every window, handler and listener, for the next test. */
export function resetElectron(): void {
  BrowserWindow.windows = [];
  app.removeAllListeners();
  ipcMain.handlers.clear();
  dialog.answer = { canceled: true, filePath: undefined };
  dialog.asked = [];
  protocol.privileged = [];
  protocol.handlers.clear();
  const s = session.defaultSession;
  s.permissionRequestHandler = s.permissionCheckHandler = s.devicePermissionHandler = null;
}

export default { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session };
