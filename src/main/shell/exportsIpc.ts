import { BrowserWindow, dialog, type IpcMain } from 'electron';
import type { Core } from '../core/core';
import { jobsFor } from '../jobs';
import { envelopeOf } from '../jobs/errors';
import { issuesFromZod } from '../../shared/api';
import { EXPORT_CHANNEL } from '../../shared/bridge';
import { jobKinds } from '../../shared/jobs';
import { ExportRequest, exportFileName } from '../../shared/reports';
import { wordsOf } from '../../shared/words';
import { handleTrusted, type SenderPolicy } from './ipc';

/**
 * Exports from the window (issue 21): the page names the report; the person chooses
 * where it goes in the system's save dialog, and only then does the export start, to
 * that file. Answers the started job, or null when the person closed the dialog.
 */
export function registerExportsIpc(ipcMain: IpcMain, core: Core, policy: SenderPolicy): void {
  // Asked on each call: a window that steps over to the demo book has that book's jobs.
  const runner = () => jobsFor(core);
  handleTrusted(ipcMain, EXPORT_CHANNEL, policy, async (event, request: unknown) => {
    const parsed = ExportRequest.safeParse(request ?? {});
    if (!parsed.success) return { ok: false, error: issuesFromZod(parsed.error).toBody() };
    const { report, format, language } = parsed.data;
    const title = wordsOf(language).report.titles[report];
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = {
      defaultPath: exportFileName(title, new Date().toISOString().slice(0, 10), format),
      filters: [{ name: format.toUpperCase(), extensions: [format] }],
    };
    const chosen = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { ok: true, value: null };
    return envelopeOf(() =>
      runner().start('export', { ...parsed.data, path: chosen.filePath }, jobKinds),
    );
  });
}
