import path from 'node:path';
import { BrowserWindow } from 'electron';

/**
 * The Rapport window: isolated, sandboxed, no Node in the page; the preload exposes
 * only `window.rapport.call`.
 */
export function createMainWindow(entryUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    title: 'Rapport',
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    },
  });
  void window.loadURL(entryUrl);
  return window;
}
