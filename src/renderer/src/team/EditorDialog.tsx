import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../account360/FormDialog';
import type { EditorOutcome } from './useRecordEditor';

/** The team editors' dialog: the form, and Archive (or Restore) beside its buttons for a stored record. */
export function EditorDialog({
  title,
  editor,
  archived,
  onClose,
  children,
}: {
  title: string;
  editor: {
    errors: Record<string, string>;
    pending: boolean;
    dirty: boolean;
    submit: () => void;
    toggleArchived: () => void;
  };
  /** Null for a new record. */
  archived: boolean | null;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormDialog
      title={title}
      size="lg"
      onClose={onClose}
      onSubmit={editor.submit}
      formError={editor.errors.form}
      pending={editor.pending}
      dirty={editor.dirty}
      aside={
        archived !== null && (
          <Button
            variant="subtle"
            color={archived ? undefined : 'red'}
            onClick={editor.toggleArchived}
          >
            {t(archived ? 'team.restore' : 'team.archive')}
          </Button>
        )
      }
    >
      {children}
    </FormDialog>
  );
}

/** Tells what an editor did, and closes it. */
export function useEditorDone(onClose: () => void) {
  const { t } = useTranslation();
  return (outcome: EditorOutcome) => {
    notifications.show({ message: t(`team.${outcome}`) });
    onClose();
  };
}
