import { create } from 'zustand';
import { jobs } from '../../api/client';
import { queryClient } from '../../api/queryClient';
import { RapportError, type ErrorCode } from '../../../../shared/errors';
import type { JobEvent, JobInfo } from '../../../../shared/jobs';
import { afterAttempt, initialSchedule, type Outcome, type ScheduleState } from '../auto/scheduler';

/** A sync job this window follows: its phase (`starting`, `push`, `pull`, `purge`) and count. */
export interface RunningSync {
  phase: string;
  done: number;
}

export interface SyncFailure {
  code: ErrorCode;
  message: string;
}

interface SyncRunState {
  running: RunningSync | null;
  /** Why the last sync failed; cleared by the next success. */
  failure: SyncFailure | null;
  schedule: ScheduleState;
}

/** UI state of "Sync now": one sync at a time per window, and how the last one ended. */
export const useSyncRun = create<SyncRunState>()(() => ({
  running: null,
  failure: null,
  schedule: initialSchedule,
}));

/** The network came back: failures while it was gone say nothing now, so try at once. */
export function resetSchedule(): void {
  useSyncRun.setState({ schedule: initialSchedule });
}

/**
 * Starts a sync and resolves when it has ended. The job runner takes one job at a time
 * per book: when a sync already runs (another window, the setup screen) this follows
 * it; when another kind of job runs, the answer is `busy`, which is no failure.
 */
export async function syncNow(): Promise<Outcome> {
  if (useSyncRun.getState().running) return 'busy';
  // Set at once, so the button is disabled before the job has even started.
  useSyncRun.setState({ running: { phase: 'starting', done: 0 } });
  let job: JobInfo;
  try {
    job = await jobs.start('sync', {});
  } catch (error) {
    if (error instanceof RapportError && error.code === 'conflict') {
      const other = await runningSync().catch(() => null);
      return other ? follow(other) : finish('busy');
    }
    return finish('failed', failureOf(error));
  }
  return follow(job);
}

/** A window that opens while a sync runs shows it running (and waits for it). */
export async function followRunningSync(): Promise<void> {
  if (useSyncRun.getState().running) return;
  const job = await runningSync().catch(() => null);
  if (job && !useSyncRun.getState().running) await follow(job);
}

async function runningSync(): Promise<JobInfo | null> {
  const list = await jobs.list();
  return list.find((job) => job.kind === 'sync' && job.state === 'running') ?? null;
}

function follow(job: JobInfo): Promise<Outcome> {
  useSyncRun.setState({ running: progressOf(job.last) ?? { phase: 'starting', done: 0 } });
  return new Promise((resolve) => {
    const stop = jobs.watch(job.id, (event: JobEvent) => {
      if (event.type === 'progress') {
        useSyncRun.setState({ running: progressOf(event) });
        return;
      }
      queueMicrotask(stop);
      if (event.type === 'done') resolve(finish('ok'));
      else if (event.type === 'failed') resolve(finish('failed', event.error));
      else resolve(finish('busy'));
    });
  });
}

function progressOf(event: JobEvent): RunningSync | null {
  return event.type === 'progress' ? { phase: event.phase, done: event.done } : null;
}

function finish(outcome: Outcome, failure?: SyncFailure): Outcome {
  const state = useSyncRun.getState();
  useSyncRun.setState({
    running: null,
    failure: outcome === 'ok' ? null : outcome === 'failed' ? (failure ?? null) : state.failure,
    schedule: afterAttempt(state.schedule, outcome, Date.now()),
  });
  // A sync (even one that stopped half-way) may have changed any row: every list
  // and page fetches again, and shows what arrived.
  if (outcome !== 'busy') void queryClient.invalidateQueries();
  return outcome;
}

function failureOf(error: unknown): SyncFailure {
  if (error instanceof RapportError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}
