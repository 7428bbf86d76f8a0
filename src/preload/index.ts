import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type RapportBridge } from '../shared/bridge';

// The page gets one function, not ipcRenderer: every call goes through the contract's
// validation in the main process.
const bridge: RapportBridge = {
  call: (method, input) => ipcRenderer.invoke(IPC_CHANNEL, method, input),
};
contextBridge.exposeInMainWorld('rapport', bridge);
