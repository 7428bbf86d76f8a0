import fs from 'node:fs';
import { app, BrowserWindow, dialog, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/core';
import { envelopeOf, settledEnvelope } from '../jobs/errors';
import { Uploads } from '../import/window/uploads';
import { windowImports } from '../import/window/windowImports';
import { IMPORT_CHANNELS } from '../../shared/bridge';
import { handleTrusted, type SenderPolicy } from './ipc';

const FILES = [{ name: 'CSV, Excel', extensions: ['csv', 'txt', 'tsv', 'xlsx'] }];

/**
 * Imports from the window (issue 21): the person picks the file in the system's open
 * dialog, and the page gets an upload id for it, never its path; the preview, the
 * import and its refused rows go by that id. The refused rows are saved where the
 * person chooses in the save dialog.
 */
export function registerImportsIpc(ipcMain: IpcMain, core: Core, policy: SenderPolicy): void {
  const uploads = new Uploads();
  const imports = windowImports(core, uploads);
  app.on('will-quit', () => uploads.close());

  handleTrusted(ipcMain, IMPORT_CHANNELS.choose, policy, async (event) => {
    const options = { properties: ['openFile' as const], filters: FILES };
    const window = windowOf(event);
    const chosen = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    const file = chosen.filePaths[0];
    if (chosen.canceled || !file) return { ok: true, value: null };
    return envelopeOf(() => uploads.refer(file));
  });
  handleTrusted(ipcMain, IMPORT_CHANNELS.preview, policy, (_event, request: unknown) =>
    settledEnvelope(() => imports.preview(request)),
  );
  handleTrusted(ipcMain, IMPORT_CHANNELS.start, policy, (_event, request: unknown) =>
    settledEnvelope(() => imports.start(request)),
  );
  handleTrusted(ipcMain, IMPORT_CHANNELS.saveErrors, policy, async (event, jobId: unknown) => {
    const found = envelopeOf(() => imports.errorsFile(jobId));
    if (!found.ok) return found;
    const options = {
      defaultPath: found.value.name,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    };
    const window = windowOf(event);
    const chosen = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { ok: true, value: false };
    const target = chosen.filePath;
    return settledEnvelope(async () => {
      await fs.promises.copyFile(found.value.path, target);
      return true;
    });
  });
}

const windowOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);
