import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InteractionKind } from '../../../shared/domain/enums';
import { InteractionCreate } from '../../../shared/domain/interaction';
import { DiscardConfirm } from './DiscardConfirm';
import { newInteractionValues, placeIssues } from './formValues';
import type { InteractionFormValues, InteractionValues } from './formValues';
import { InteractionFields } from './InteractionFields';
import { useLogInteractionStore } from './logInteractionStore';
import { useLogInteraction } from './queries';
import { useDiscardGuard } from './useDiscardGuard';
import './record.css';
import { useIssueText } from '../issues/useIssueText';

/** "Log an interaction", opened from anywhere with `openLogInteraction`; mounted once. */
export function LogInteractionDialog() {
  const { opened, accountId, contactIds, kind, session, close } = useLogInteractionStore();
  // A new form per opening, so nothing from the last one is left in it.
  return (
    <LogInteractionForm
      key={session}
      opened={opened}
      accountId={accountId}
      contactIds={contactIds}
      kind={kind}
      onDone={close}
    />
  );
}

interface Props {
  opened: boolean;
  accountId: string | null;
  contactIds: string[];
  kind: InteractionKind;
  onDone: () => void;
}

function LogInteractionForm({ opened, accountId, contactIds, kind, onDone }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const save = useLogInteraction();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InteractionFormValues, unknown, InteractionValues>({
    resolver: zodResolver(InteractionCreate),
    defaultValues: newInteractionValues({ accountId, contactIds, kind }),
  });

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync(values);
      notifications.show({
        color: 'green',
        message: values.nextStepDue ? t('record.savedWithFollowUp') : t('record.saved'),
      });
      onDone();
    } catch (error) {
      setFormError(placeIssues(error, form.setError));
    }
  });
  // Read while rendering: react-hook-form only tracks the dirty state a render reads.
  const { isDirty } = form.formState;
  const { confirming, leave, keep, discard } = useDiscardGuard(opened && isDirty, onDone);

  return (
    <Modal
      opened={opened}
      onClose={leave}
      title={t('record.title')}
      size="lg"
      withCloseButton={false}
    >
      <form
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit();
        }}
        noValidate
        aria-label={t('record.title')}
        className="record-form"
      >
        <Stack gap="md">
          {formError && (
            <Alert color="red" title={t('record.failed')} role="alert" className="pre-wrap">
              {issueText(formError)}
            </Alert>
          )}
          <InteractionFields form={form} />
          {confirming ? (
            <DiscardConfirm onKeep={keep} onDiscard={discard} />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={leave}>
                {t('record.cancel')}
              </Button>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('record.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  );
}
