import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, safeStorage, session } from 'electron';
import type { Core } from '../core/core';
import { registerApiIpc, type SenderPolicy } from './ipc';
import { registerJobsIpc } from './jobsIpc';
import { registerExportsIpc } from './exportsIpc';
import { registerImportsIpc } from './importsIpc';
import { guardNavigation } from './navigation';
import { rendererEntry } from './origin';
import { denyPermissions } from './permissions';
import { serveRenderer } from './protocol';
import { createMainWindow } from './window';
import { sealTokens } from './tokens';

export interface LaunchOptions {
  /** The built renderer (out/renderer), served at app://rapport/. */
  rendererDir: string;
  /** electron-vite's dev server; when set, the window loads it instead of app://. */
  devServerUrl?: string;
}

/**
 * Everything the shell does once Electron is ready and the store is open: harden the
 * session, serve the renderer, answer the API over IPC, open the window.
 */
export function launch(core: Core, options: LaunchOptions): void {
  const entry = rendererEntry(options.devServerUrl);
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, entry.origin));
  denyPermissions(session.defaultSession);
  serveRenderer(protocol, options.rendererDir);

  const policy: SenderPolicy = {
    origin: entry.origin,
    isOurWindow: (contents) => BrowserWindow.fromWebContents(contents) !== null,
  };
  sealTokens(core, safeStorage);
  registerApiIpc(ipcMain, core, policy);
  registerJobsIpc(ipcMain, core, policy);
  registerExportsIpc(ipcMain, core, policy);
  registerImportsIpc(ipcMain, core, policy);

  createMainWindow(entry.url);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(entry.url);
  });
}

/** Where electron-vite puts the renderer, next to out/main. */
export const RENDERER_DIR = path.join(__dirname, '../renderer');
