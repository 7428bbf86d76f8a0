import type { RapportBridge } from '../../shared/bridge';

declare global {
  interface Window {
    /** What the Electron preload exposes; absent when the renderer runs in a browser. */
    rapport?: RapportBridge;
  }
}
