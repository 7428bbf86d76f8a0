import { Button, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RelationshipEnd } from '../../../shared/api';
import { useEndRelationship } from '../accounts/overviewQueries';
import { check, serverErrors, type FieldErrors } from './fieldErrors';
import { FormDialog } from './FormDialog';
import { useIssueText } from '../issues/useIssueText';
import { Refused } from '../refusals/Refused';
import { useRefusal } from '../refusals/accountMay';

/** Ends a relationship on purpose, with a reason; the account stays in history. */
export function EndRelationshipButton({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const refusal = useRefusal('account');
  const issueText = useIssueText();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const end = useEndRelationship();
  // A closed dialog forgets what was typed: a reopening starts afresh.
  const leave = () => {
    setReason('');
    setErrors({});
    close();
  };

  const submit = () => {
    const parsed = check(RelationshipEnd, { accountId, reason });
    if (!parsed.ok) return setErrors(parsed.errors);
    end.mutate(parsed.value, {
      onSuccess: () => {
        notifications.show({ message: t('account360.end.done') });
        leave();
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  };

  return (
    <>
      <Refused reason={refusal}>
        <Button variant="default" color="red" onClick={open} data-testid="end-relationship">
          {t('account360.end.button')}
        </Button>
      </Refused>
      <FormDialog
        title={t('account360.end.title')}
        opened={opened}
        onClose={leave}
        onSubmit={submit}
        formError={errors.form}
        submitLabel={t('account360.end.confirm')}
        danger
        pending={end.isPending}
        dirty={reason.trim() !== ''}
      >
        <Text size="sm">{t('account360.end.explain')}</Text>
        <Textarea
          label={t('account360.end.reason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={issueText(errors.reason, t('account360.end.reason'))}
          dir="auto"
          data-autofocus
        />
      </FormDialog>
    </>
  );
}
