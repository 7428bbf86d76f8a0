import type { PullPage, PushAck, PushRequest } from '../../../shared/sync/wire';

/**
 * Where a device's changes meet the team's (DESIGN §3): one small interface, so a
 * shared folder and Rapport's own server are interchangeable, and each passes the same
 * contract test suite (test/integration/sync/adapterContract.ts).
 *
 * - push is idempotent: sending a batch again stores nothing twice;
 * - pull pages by an opaque cursor and never returns the pulling node's own changes;
 * - a failure is thrown as a RapportError ('unavailable' when the target cannot be
 *   reached, so the engine retries later and keeps what it has).
 */
export interface SyncAdapter {
  /** Stable name of the target, the key of its row in `sync_state`: 'folder:/abs/dir', 'http://host:port'. */
  readonly key: string;
  describe(): AdapterDescription;
  push(request: PushRequest): Promise<PushAck>;
  pull(node: string, cursor: string | null, limit: number): Promise<PullPage>;
  close(): Promise<void>;
  /**
   * A target with no authority of its own (a folder) holds whatever anyone copies into
   * it: binds this device to one team there, `joined` (the team it joined before, kept
   * in its book) or, the first time, the target's, and resolves to that team.
   */
  join?(joined: string | null): Promise<string>;
  /** What the last pull passed over that a person should know of (a folder's files). */
  passedOver?(): PassedOver[];
}

export interface PassedOver {
  /** One line a person can act on: the file or folder, and why. */
  line: string;
  /** Whether the team's changes wait behind it: the sync is not complete until it is dealt with. */
  holds: boolean;
}

export interface AdapterDescription {
  readonly kind: 'folder' | 'http';
  /** Where it syncs to, for the status line: a folder path or a server URL. */
  readonly target: string;
  /** Whether it enforces roles and scope (the server does; a folder cannot). */
  readonly authority: boolean;
}
