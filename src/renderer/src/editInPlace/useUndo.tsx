import { Button, Group, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications, type NotificationData } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useUpdateAccount } from '../accounts/queries';
import { undoDecision, useUndoStore } from './undoStore';
import { useIssueText } from '../issues/useIssueText';

/** One undo toast at a time: a newer change replaces the older offer. */
const UNDO_TOAST = 'edit-in-place-undo';

/** This feature's notices; their close button is named, as axe asks of every button. */
export function useToast() {
  const { t } = useTranslation();
  return useCallback(
    (notice: NotificationData) =>
      notifications.show({
        ...notice,
        closeButtonProps: { 'aria-label': t('editInPlace.closeToast') },
      }),
    [t],
  );
}

/**
 * Undoes the last in-place change by writing the old value back through updateAccount,
 * so the undo is a change like any other and syncs; refuses when the field moved since.
 */
export function useUndoLastChange() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const toast = useToast();
  const { mutateAsync } = useUpdateAccount();
  return useCallback(async () => {
    const change = useUndoStore.getState().take();
    if (!change) return;
    notifications.hide(UNDO_TOAST);
    const field = t(`fields.${change.field}`);
    try {
      const { account: current } = await api.getAccount({ id: change.accountId });
      if (undoDecision(change, current) === 'changedSince') {
        toast({ color: 'yellow', message: t('editInPlace.changedSince', { field }) });
        return;
      }
      await mutateAsync({ id: change.accountId, patch: { [change.field]: change.before } });
      toast({ message: t('editInPlace.undone', { field }) });
    } catch (error) {
      toast({
        color: 'red',
        title: t('editInPlace.undoFailed', { field }),
        message: issueText(error instanceof Error ? error.message : String(error)),
      });
    }
  }, [t, toast, mutateAsync, issueText]);
}

/** "City changed — Undo": offered after every change made in place. */
export function undoOffer(message: string, undoLabel: string, undo: () => void): NotificationData {
  return {
    id: UNDO_TOAST,
    autoClose: 10_000,
    message: (
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" dir="auto">
          {message}
        </Text>
        <Button size="compact-sm" variant="light" onClick={undo}>
          {undoLabel}
        </Button>
      </Group>
    ),
  };
}

/**
 * Ctrl/Cmd+Z on an account's page undoes its last in-place change; typing in a field
 * keeps the browser's own undo (useHotkeys ignores inputs), and an open dialog keeps its own.
 */
export function useUndoHotkey(accountId: string) {
  const undo = useUndoLastChange();
  useHotkeys([
    [
      'mod+Z',
      (event) => {
        if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
        if (useUndoStore.getState().last?.accountId !== accountId) return;
        event.preventDefault();
        void undo();
      },
    ],
  ]);
}
