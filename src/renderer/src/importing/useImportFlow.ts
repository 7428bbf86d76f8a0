import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { RapportError } from '../../../shared/errors';
import type { ImportPreview, ImportUpload } from '../../../shared/importWindow';
import type { ImportField, ImportJobResult, ImportKind, ImportMap } from '../../../shared/imports';
import { jobs } from '../api/client';
import { importsClient } from '../api/importsClient';
import { asError, watchJob } from '../api/watchJob';
import { useLanguageStore } from '../i18n/languageStore';
import { refreshAfterImport } from './queries';

/** A job followed to its end: the dry run of a preview, or the import itself. */
export type JobRun =
  | { state: 'idle' }
  | { state: 'running'; jobId: string; done: number; total: number }
  | { state: 'done'; jobId: string; result: ImportJobResult }
  | { state: 'cancelled' }
  | { state: 'failed'; error: RapportError };

const IDLE: JobRun = { state: 'idle' };

/**
 * The import screen's steps: the file handed over (an upload id), its preview with the
 * columns mapped (each change of the map asks again, and checks the whole file again),
 * then the import with progress and Cancel. Every answer comes from the core.
 */
export function useImportFlow() {
  const language = useLanguageStore((s) => s.language);
  const queries = useQueryClient();
  const [kind, setKindState] = useState<ImportKind>('accounts');
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [map, setMap] = useState<ImportMap>({});
  const [preview, setPreview] = useState<Omit<ImportPreview, 'check'> | null>(null);
  const [check, setCheck] = useState<JobRun>(IDLE);
  const [run, setRun] = useState<JobRun>(IDLE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<RapportError | null>(null);
  // Only the latest preview's answers count: an older one may arrive after it.
  const asked = useRef(0);

  const follow = useCallback(
    async (jobId: string, set: (run: JobRun) => void, isCurrent: () => boolean) => {
      set({ state: 'running', jobId, done: 0, total: 0 });
      const end = await watchJob<ImportJobResult>(jobId, (done, total) => {
        if (isCurrent()) set({ state: 'running', jobId, done, total });
      });
      if (!isCurrent()) return end;
      if (end.type === 'done') set({ state: 'done', jobId, result: end.result });
      else if (end.type === 'failed') set({ state: 'failed', error: end.error });
      else set({ state: 'cancelled' });
      return end;
    },
    [],
  );

  const ask = useCallback(
    async (file: ImportUpload, asKind: ImportKind, withMap: ImportMap) => {
      const mine = ++asked.current;
      const isCurrent = () => asked.current === mine;
      setBusy(true);
      setError(null);
      setCheck(IDLE);
      setRun(IDLE);
      try {
        const { check: job, ...head } = await importsClient.preview({
          upload: file.upload,
          kind: asKind,
          map: withMap,
          language,
        });
        if (!isCurrent()) return;
        setPreview(head);
        setBusy(false);
        await follow(job.id, setCheck, isCurrent);
      } catch (failure) {
        if (!isCurrent()) return;
        setPreview(null);
        setError(asError(failure));
        setBusy(false);
      }
    },
    [follow, language],
  );

  const handOver = useCallback(
    async (get: () => Promise<ImportUpload | null>) => {
      setBusy(true);
      setError(null);
      try {
        const file = await get();
        if (!file) return setBusy(false);
        setUpload(file);
        setMap({});
        await ask(file, kind, {});
      } catch (failure) {
        setError(asError(failure));
        setBusy(false);
      }
    },
    [ask, kind],
  );

  /** The web host: the file from the page's file input, uploaded. */
  const pick = useCallback(
    (file: File) => handOver(() => importsClient.upload(file, language)),
    [handOver, language],
  );
  /** The desktop app: the file from the shell's open dialog. */
  const choose = useCallback(() => handOver(() => importsClient.choose()), [handOver]);

  const setKind = useCallback(
    (next: ImportKind) => {
      setKindState(next);
      setMap({});
      if (upload) void ask(upload, next, {});
    },
    [ask, upload],
  );

  /** A column fills `field` (null: left out); a column that filled it before is left out. */
  const setField = useCallback(
    (header: string, field: ImportField | null) => {
      if (!upload || !preview) return;
      const next: ImportMap = { ...map, [header]: field };
      for (const column of preview.columns) {
        if (field !== null && column.field === field && column.header !== header)
          next[column.header] = null;
      }
      setMap(next);
      void ask(upload, kind, next);
    },
    [ask, kind, map, preview, upload],
  );

  const confirm = useCallback(async () => {
    if (!upload) return;
    asked.current++;
    setCheck(IDLE);
    try {
      const job = await importsClient.start({ upload: upload.upload, kind, map, language });
      const end = await follow(job.id, setRun, () => true);
      if (end.type === 'done') await refreshAfterImport(queries);
    } catch (failure) {
      setRun({ state: 'failed', error: asError(failure) });
    }
  }, [follow, kind, language, map, queries, upload]);

  const cancel = useCallback(() => {
    if (run.state === 'running') void jobs.cancel(run.jobId);
  }, [run]);

  /** Back to the start, for another file. */
  const reset = useCallback(() => {
    asked.current++;
    setUpload(null);
    setMap({});
    setPreview(null);
    setCheck(IDLE);
    setRun(IDLE);
    setError(null);
  }, []);

  return {
    kind,
    upload,
    preview,
    check,
    run,
    busy,
    error,
    setKind,
    pick,
    choose,
    setField,
    confirm,
    cancel,
    reset,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
