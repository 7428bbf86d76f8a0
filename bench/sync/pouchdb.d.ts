/**
 * The few PouchDB calls the side-by-side bench uses: the project installs `pouchdb`
 * as a dev dependency for the comparison only, without `@types/pouchdb`.
 */
declare module 'pouchdb' {
  interface ReplicationResult {
    ok: boolean;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }

  interface BulkResult {
    ok?: boolean;
    id?: string;
    error?: boolean | string;
    reason?: string;
  }

  class PouchDB {
    constructor(name: string, options: { adapter: 'memory' });
    static plugin(plugin: unknown): typeof PouchDB;
    static replicate(
      source: PouchDB,
      target: PouchDB,
      options?: { batch_size?: number; checkpoint?: false },
    ): Promise<ReplicationResult>;
    bulkDocs(docs: object[]): Promise<BulkResult[]>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    destroy(): Promise<unknown>;
  }

  export = PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export = plugin;
}
