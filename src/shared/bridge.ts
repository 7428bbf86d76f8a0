import type { Envelope } from './errors';

export const IPC_CHANNEL = 'rapport:api';

/** What the preload exposes as `window.rapport`. */
export interface RapportBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
}
