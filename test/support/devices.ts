import type { SyncAdapter } from '../../src/main/sync/adapters/adapter';
import { createAdapter } from '../../src/main/sync/adapters/registry';
import { synchronize, type SyncReport } from '../../src/main/sync/sync';
import { openTestCore, type TestCore } from './tempDb';

/** A laptop in a sync test: its own book on a real file, and its way to the team. */
export interface Device extends TestCore {
  adapter: SyncAdapter;
  sync(): Promise<SyncReport>;
}

/** The first device: signed in as the book's admin, syncing through `spec`. */
export function firstDevice(spec: string, token?: string): Device {
  return asDevice(openTestCore(), spec, token);
}

/**
 * Another device with an empty book, that signs in once it has the team. `skewMs`: how
 * far its wall clock is off.
 */
export function emptyDevice(spec: string, token?: string, skewMs = 0): Device {
  return asDevice(openTestCore({ signedIn: false, now: () => Date.now() + skewMs }), spec, token);
}

function asDevice(test: TestCore, spec: string, token?: string): Device {
  const adapter = createAdapter(spec, { token });
  return {
    ...test,
    adapter,
    sync: () => synchronize(test.core, adapter),
    close: () => {
      void adapter.close();
      test.close();
    },
  };
}
