/**
 * The sync figures of `npm run bench` (issue 12), each with its goal. Every part is also
 * runnable alone (see each file). Rows are printed by bench/run.ts with the others.
 */
import { applyBench, type ApplyFigures } from './apply';
import { downloadBench, type DownloadFigures } from './download';
import { loadBench, type LoadFigures } from './load';
import { pouchReplication, type PouchFigures } from './pouch';
import { replicateBench, type ReplicateFigures } from './replicate';

export interface SyncRow {
  measure: string;
  value: string;
  goal: string;
}

export interface SyncFigures {
  download: DownloadFigures;
  apply: ApplyFigures[];
  replicate: ReplicateFigures;
  pouch: PouchFigures;
  load: LoadFigures;
}

const s = (v: number) => `${v.toFixed(1)} s`;
const spread = (values: number[], show: (v: number) => string) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length > 1 ? `${show(sorted[0]!)} – ${show(sorted.at(-1)!)}` : show(sorted[0]!);
};

export async function syncFigures(
  bookFile: string,
  accounts: number,
): Promise<{
  figures: SyncFigures;
  rows: SyncRow[];
}> {
  console.log('Sync: a new laptop downloads the whole book from a seeded server…');
  const download = await downloadBench(bookFile);
  console.log('Sync: applying 100,000 incoming changes (3 rounds)…');
  const apply = [0, 1, 2].map(() => applyBench(bookFile, Math.min(accounts, 100_000)));
  console.log('Sync: the same account documents through Rapport and through PouchDB…');
  const replicate = await replicateBench(bookFile, accounts);
  const pouch = await pouchReplication(accounts);
  console.log('Sync: 50 devices pulling and pushing at once…');
  const load = await loadBench();
  const rapportSeconds = replicate.push + replicate.pull;
  const rows: SyncRow[] = [
    {
      measure: `sync: first full download, whole book (${download.rows.toLocaleString('en')} rows, admin), rows/s`,
      value: `${s(download.seconds)}, ${Math.round(download.rowsPerSecond).toLocaleString('en')}/s, ${download.held} held`,
      goal: '≤ 30 s',
    },
    {
      measure: `sync: first download of the biggest lead's book (${download.lead.rows.toLocaleString('en')} rows)`,
      value: s(download.lead.seconds),
      goal: '',
    },
    {
      measure: 'sync: a search right after the download',
      value: `${download.searchMs.toFixed(1)} ms`,
      goal: '',
    },
    {
      measure: `sync: apply ${apply[0]!.changes.toLocaleString('en')} incoming changes, field outside search (3 rounds)`,
      value: spread(
        apply.map((a) => a.outside),
        s,
      ),
      goal: '≤ 3 s',
    },
    {
      measure: 'sync: the same, to a searched field (3 rounds)',
      value: spread(
        apply.map((a) => a.searched),
        s,
      ),
      goal: '≤ 3 s',
    },
    { measure: 'sync: push 10,000 local changes', value: s(replicate.push10k), goal: '≤ 1 s' },
    {
      measure: 'sync: a sync with nothing to do (median / slowest of 10)',
      value: `${replicate.noopMedianMs.toFixed(1)} / ${replicate.noopMaxMs.toFixed(1)} ms`,
      goal: '≤ 50 ms',
    },
    {
      measure: `sync: ${accounts.toLocaleString('en')} account documents, Rapport (push + pull via server)`,
      value: `${s(replicate.push)} + ${s(replicate.pull)} = ${s(rapportSeconds)}`,
      goal: '',
    },
    {
      measure: `sync: the same in PouchDB (memory, replicate; ${pouch.batchSize} batch)`,
      value: s(pouch.seconds),
      goal: '',
    },
    {
      measure: 'sync: PouchDB / Rapport',
      value: `${(pouch.seconds / rapportSeconds).toFixed(1)}×`,
      goal: '≥ 10×',
    },
    {
      measure: 'sync: PouchDB checking an in-sync copy without checkpoint / Rapport no-op sync',
      value: `${s(pouch.compareAllSeconds)} / ${replicate.noopMedianMs.toFixed(1)} ms`,
      goal: '',
    },
    {
      measure: `sync server under load: ${load.devices} devices, ${load.seconds} s (req/s, p50 / p99)`,
      value: `${Math.round(load.requestsPerSecond)}/s, ${load.latencyP50Ms} / ${load.latencyP99Ms} ms`,
      goal: '',
    },
    {
      measure: 'sync server under load: errors, timeouts, non-2xx; memory before → after',
      value: `${load.errors}, ${load.timeouts}, ${load.non2xx}; ${load.rssBeforeMb} → ${load.rssAfterMb} MB`,
      goal: '0 errors',
    },
  ];
  return { figures: { download, apply, replicate, pouch, load }, rows };
}
