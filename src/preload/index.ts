import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EXPORT_CHANNEL,
  IMPORT_CHANNELS,
  IPC_CHANNEL,
  JOB_CHANNELS,
  type RapportBridge,
} from '../shared/bridge';
import type { Envelope } from '../shared/errors';
import type { JobEvent } from '../shared/jobs';

// The page gets a few functions, not ipcRenderer: every call goes through the
// contract's validation in the main process.
const bridge: RapportBridge = {
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
  exportReport: (request) => ipcRenderer.invoke(EXPORT_CHANNEL, request),
  imports: {
    choose: () => ipcRenderer.invoke(IMPORT_CHANNELS.choose),
    preview: (request) => ipcRenderer.invoke(IMPORT_CHANNELS.preview, request),
    start: (request) => ipcRenderer.invoke(IMPORT_CHANNELS.start, request),
    saveErrors: (jobId) => ipcRenderer.invoke(IMPORT_CHANNELS.saveErrors, jobId),
  },
  jobs: {
    start: (kind, input) => ipcRenderer.invoke(JOB_CHANNELS.start, kind, input),
    cancel: (id) => ipcRenderer.invoke(JOB_CHANNELS.cancel, id),
    list: () => ipcRenderer.invoke(JOB_CHANNELS.list),
    watch(id, onEvent) {
      let heard = false;
      let open = true;
      const listener = (_event: IpcRendererEvent, jobId: string, event: JobEvent) => {
        if (jobId !== id || !open) return;
        heard = true;
        onEvent(event);
      };
      const stop = () => {
        open = false;
        ipcRenderer.removeListener(JOB_CHANNELS.event, listener);
      };
      ipcRenderer.on(JOB_CHANNELS.event, listener);
      void (ipcRenderer.invoke(JOB_CHANNELS.watch, id) as Promise<Envelope<JobEvent>>).then(
        (reply) => {
          if (!open) return;
          // The latest event, unless a newer one has already arrived on the event channel.
          if (!reply.ok) onEvent({ type: 'failed', error: reply.error });
          else if (!heard) onEvent(reply.value);
        },
      );
      return stop;
    },
  },
};
contextBridge.exposeInMainWorld('rapport', bridge);
