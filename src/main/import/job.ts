import { createCore } from '../core/core';
import { registerWork } from '../jobs/work';
import { importFile } from './importFile';
import { undoImport } from './undo';

/**
 * Imports and their undo as jobs: in a worker on its own connection, with progress;
 * Cancel stops between batches, and nothing is written (the one transaction rolls back).
 */
registerWork('import', (db, input, context) => importFile(createCore(db), input, context));
registerWork('undoImport', (db, input, context) => undoImport(createCore(db), input, context));
