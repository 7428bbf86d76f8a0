import type Database from 'better-sqlite3';
import * as domain from './0001-domain';
import * as compact from './0002-compact-store';
import * as sync from './0003-sync';
import * as relationshipEnd from './0004-relationship-end';
import * as weekIndexes from './0005-week-indexes';
import * as search from './0006-search';
import * as collation from './0007-collation';
import * as searchPrefix from './0008-search-prefix';
import * as selectionIndex from './0009-selection-index';
import * as rejectedTeamValue from './0010-rejected-team-value';
import * as staffing from './0011-staffing';
import * as handOvers from './0012-hand-overs';
import * as changeHistory from './0013-change-history';
import * as boardIndexes from './0014-board-indexes';
import * as imports from './0015-imports';
import * as listFigures from './0016-list-figures';
import * as searchApostrophes from './0017-search-apostrophes';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Why a file at an older version cannot take this migration, if it cannot. */
  refuse?: (db: Database.Database, file: string) => string | null;
}

/** Applied in this order; a test checks that this list and the folder agree. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001-domain', sql: domain.sql },
  { version: 2, name: '0002-compact-store', sql: compact.sql, refuse: compact.refuse },
  { version: 3, name: '0003-sync', sql: sync.sql },
  { version: 4, name: '0004-relationship-end', sql: relationshipEnd.sql },
  { version: 5, name: '0005-week-indexes', sql: weekIndexes.sql },
  { version: 6, name: '0006-search', sql: search.sql },
  { version: 7, name: '0007-collation', sql: collation.sql },
  { version: 8, name: '0008-search-prefix', sql: searchPrefix.sql },
  { version: 9, name: '0009-selection-index', sql: selectionIndex.sql },
  { version: 10, name: '0010-rejected-team-value', sql: rejectedTeamValue.sql },
  { version: 11, name: '0011-staffing', sql: staffing.sql },
  { version: 12, name: '0012-hand-overs', sql: handOvers.sql },
  { version: 13, name: '0013-change-history', sql: changeHistory.sql },
  { version: 14, name: '0014-board-indexes', sql: boardIndexes.sql },
  { version: 15, name: '0015-imports', sql: imports.sql },
  { version: 16, name: '0016-list-figures', sql: listFigures.sql },
  { version: 17, name: '0017-search-apostrophes', sql: searchApostrophes.sql },
];

export const latestVersion = migrations.length;
