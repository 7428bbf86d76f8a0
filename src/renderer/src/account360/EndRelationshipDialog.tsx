import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RelationshipEnd } from '../../../shared/api';
import { useEndRelationship } from '../accounts/overviewQueries';
import { check, serverErrors, type FieldErrors } from './fieldErrors';

/** Ends a relationship on purpose, with a reason; the account stays in history. */
export function EndRelationshipButton({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const end = useEndRelationship();

  const submit = () => {
    const parsed = check(RelationshipEnd, { accountId, reason });
    if (!parsed.ok) return setErrors(parsed.errors);
    end.mutate(parsed.value, {
      onSuccess: () => {
        notifications.show({ message: t('account360.end.done') });
        close();
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  };

  return (
    <>
      <Button variant="default" color="red" onClick={open} data-testid="end-relationship">
        {t('account360.end.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('account360.end.title')}
        closeButtonProps={{ 'aria-label': t('account360.form.close') }}
      >
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack>
            <Text size="sm">{t('account360.end.explain')}</Text>
            {errors.form && (
              <Alert color="red" role="alert">
                {errors.form}
              </Alert>
            )}
            <Textarea
              label={t('account360.end.reason')}
              required
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={errors.reason}
              dir="auto"
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('account360.form.cancel')}
              </Button>
              <Button type="submit" color="red" loading={end.isPending}>
                {t('account360.end.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
