import type { HandOverResult } from '../../../shared/domain/handover';
import type { ParsedJobInputOf } from '../../../shared/jobs';
import { createCore } from '../../core/core';
import type { Db } from '../../db/open';
import { registerWork, type JobContext } from '../../jobs/work';
import { applyHandOver } from './apply';

/**
 * A hand-over as a job (a large book takes a while): in a worker on its own
 * connection, with progress, and Cancel between batches, which writes nothing.
 */
function runHandOver(
  db: Db,
  input: ParsedJobInputOf<'handOver'>,
  context: JobContext,
): HandOverResult {
  return applyHandOver(createCore(db), input, context);
}

registerWork('handOver', runHandOver);
