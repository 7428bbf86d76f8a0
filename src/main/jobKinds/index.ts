/**
 * Every kind of long work, loaded for its registration (src/main/jobs/work.ts) by the
 * worker's entry (src/main/jobWorker.ts): the one place that names them all.
 */
import '../demo/job';
import '../sync/job';
import '../services/handover/job';
import '../reports/job';
import '../import/job';
