import * as domain from './0001-domain';
import * as compact from './0002-compact-store';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Applied in this order; a test checks that this list and the folder agree. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001-domain', sql: domain.sql },
  { version: 2, name: '0002-compact-store', sql: compact.sql },
];

export const latestVersion = migrations.length;
