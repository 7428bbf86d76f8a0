import { RapportError } from '../../shared/errors';
import { openPostgresStorage } from './postgres';
import { openSqliteStorage } from './sqlite';
import type { Storage } from './storage';

export interface StorageTarget {
  /** The folder of the SQLite file (`--data`). */
  readonly dataDir?: string;
  /** A PostgreSQL URL (`DATABASE_URL`): when set, it wins. */
  readonly databaseUrl?: string;
}

/** PostgreSQL when a URL is given, otherwise the SQLite file in the data folder. */
export async function openStorage(target: StorageTarget): Promise<Storage> {
  if (target.databaseUrl) {
    try {
      return await openPostgresStorage(target.databaseUrl);
    } catch (error) {
      throw new RapportError(
        'unavailable',
        `The PostgreSQL database in DATABASE_URL cannot be reached: ${(error as Error).message}`,
      );
    }
  }
  if (!target.dataDir) {
    throw RapportError.validation(
      'data',
      '--data: give the folder for the server database (or set DATABASE_URL for PostgreSQL)',
    );
  }
  return openSqliteStorage(target.dataDir);
}
