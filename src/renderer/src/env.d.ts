import type { Envelope } from '../../shared/errors';

/** What the Electron preload exposes; absent when the renderer runs in a browser. */
export interface RapportBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    rapport?: RapportBridge;
  }
}
