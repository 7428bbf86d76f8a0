import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DiscardConfirm } from '../record/DiscardConfirm';
import { useDiscardGuard } from '../record/useDiscardGuard';
import { useIssueText } from '../issues/useIssueText';

/**
 * The 360's dialogs: a titled form whose fields the shared schema checks; what names no
 * field shows above them; Cancel and the submit button below, with `aside` opposite.
 * With unsaved typing (`dirty`), leaving asks first, in place of those buttons.
 */
export function FormDialog({
  title,
  opened = true,
  onClose,
  onSubmit,
  formError,
  submitLabel,
  danger = false,
  pending,
  size,
  aside,
  dirty,
  children,
}: {
  title: string;
  opened?: boolean;
  onClose: () => void;
  onSubmit: () => void;
  formError: string | undefined;
  submitLabel?: string;
  danger?: boolean;
  pending: boolean;
  size?: string;
  aside?: ReactNode;
  dirty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const guard = useDiscardGuard(opened && dirty, onClose);
  return (
    <Modal
      opened={opened}
      onClose={guard.leave}
      size={size}
      title={title}
      closeButtonProps={{ 'aria-label': t('account360.form.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="sm">
          {formError && (
            <Alert color="red" role="alert">
              {issueText(formError)}
            </Alert>
          )}
          {children}
          {guard.confirming ? (
            <DiscardConfirm
              title={t('editInPlace.discardTitle')}
              onKeep={guard.keep}
              onDiscard={guard.discard}
            />
          ) : (
            <Group justify={aside ? 'space-between' : 'flex-end'} mt="xs">
              {aside}
              <Group gap="xs">
                <Button variant="default" onClick={guard.leave}>
                  {t('account360.form.cancel')}
                </Button>
                <Button type="submit" color={danger ? 'red' : undefined} loading={pending}>
                  {submitLabel ?? t('account360.form.save')}
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
