import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SyncStatus } from '../../../../shared/domain/sync';
import { syncKeys } from '../queries';
import { followRunningSync, resetSchedule, syncNow, useSyncRun } from '../run/syncRun';
import { nextSyncIn } from './scheduler';
import { useOnline } from './useOnline';

/**
 * Automatic sync while a network is there (the rules are in `scheduler.ts`): one
 * timer for the next sync, planned again whenever what it depends on changes.
 * Mounted once, by the status bar, which every screen shows.
 */
export function useAutoSync(status: SyncStatus | undefined): void {
  const client = useQueryClient();
  const online = useOnline();
  const running = useSyncRun((s) => s.running !== null);
  const schedule = useSyncRun((s) => s.schedule);
  const configured = Boolean(status?.target);
  const auto = status?.target?.auto ?? false;
  const waiting = status?.waiting ?? 0;

  // A sync started before this window opened is shown, and waited for.
  useEffect(() => {
    void followRunningSync();
  }, []);

  // An edit anywhere in the app may leave a change waiting: ask for the count again,
  // so the next sync comes soon after it instead of at the minute.
  useEffect(() => {
    if (!configured) return;
    return client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') {
        void client.invalidateQueries({ queryKey: syncKeys.status });
      }
    });
  }, [client, configured]);

  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) resetSchedule();
    wasOnline.current = online;
  }, [online]);

  useEffect(() => {
    const delay = nextSyncIn(schedule, Date.now(), { auto, online, running, waiting });
    if (delay === null) return;
    const timer = window.setTimeout(() => void syncNow(), delay);
    return () => window.clearTimeout(timer);
  }, [schedule, auto, online, running, waiting]);
}
