import { RapportError } from '../../shared/errors';
import type { Core } from '../core/core';
import { guardOf } from '../db/integrity';
import { fromSqliteError, isSqliteError, primaryCode } from '../db/sqliteErrors';

/**
 * Any failure of a request as an error the user can act on. SQLite's own text is
 * logged, never shown. Damage found while the app runs (by a statement, or by the
 * background check) stops every later write with the same message.
 */
export function toRapportError(error: unknown, core: Core): RapportError {
  if (error instanceof RapportError) return error;
  const guard = guardOf(core.db);
  if (isSqliteError(error)) {
    const family = primaryCode(error.code);
    if (family === 'SQLITE_CORRUPT' || family === 'SQLITE_NOTADB') guard?.reportDamage();
    if (family === 'SQLITE_READONLY' && guard?.damage) return guard.damage;
    const mapped = fromSqliteError(error, core.db.name, { readonly: queryOnly(core) });
    if (mapped.code === 'internal') console.error(error);
    return mapped;
  }
  console.error(error);
  return new RapportError(
    'internal',
    'Something went wrong inside Rapport; the details are in its log.',
  );
}

function queryOnly(core: Core): boolean {
  return core.db.open && core.db.pragma('query_only', { simple: true }) === 1;
}
