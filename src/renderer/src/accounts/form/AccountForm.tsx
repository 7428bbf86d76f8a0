import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AccountCreate } from '../../../../shared/domain/account';
import { DiscardConfirm } from '../../record/DiscardConfirm';
import { useDiscardGuard } from '../../record/useDiscardGuard';
import { AccountFieldsets, type OwnerChoice } from './AccountFieldsets';
import type { Option } from './AccountSelect';
import { useIssueText } from '../../issues/useIssueText';
import { placeServerIssues } from './formValues';
import type { AccountValues, FieldName, FormValues } from './formValues';

interface Props {
  title: string;
  defaultValues: FormValues;
  parent: Option | null;
  servedVia: Option | null;
  accountId: string | undefined;
  ownerChoice: OwnerChoice;
  /** Why the account may not be changed (the write rule's answer): the form is shown locked. */
  refusal?: string | null;
  onSave: (values: AccountValues) => Promise<void>;
  onCancel: () => void;
  /** The field to put the cursor in when the form opens (a coverage gap's fix names one). */
  focus?: FieldName;
}

/**
 * The account form: the shared zod schema checks it here and again in the core. Leaving
 * it with unsaved changes (Cancel, another page) asks first; saving lets it go.
 */
export function AccountForm(props: Props) {
  const { title, defaultValues, parent, servedVia, accountId, ownerChoice } = props;
  const { onSave, onCancel, focus, refusal = null } = props;
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues, unknown, AccountValues>({
    resolver: zodResolver(AccountCreate),
    defaultValues,
    mode: 'onTouched',
  });
  const { isDirty, isSubmitting, isSubmitSuccessful } = form.formState;
  // The owner field shows once the member's rights are known: focused when it does.
  useEffect(() => {
    if (focus) form.setFocus(focus);
  }, [form, focus, ownerChoice]);
  const guard = useDiscardGuard(isDirty && !isSubmitting && !isSubmitSuccessful, onCancel);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await onSave(values);
    } catch (error) {
      setFormError(placeServerIssues(error, form.setError));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={title}>
      <Stack gap="md">
        <Title order={2}>{title}</Title>
        {formError && (
          <Alert color="red" title={t('form.failed')} role="alert" className="pre-wrap">
            {issueText(formError)}
          </Alert>
        )}
        {refusal && (
          <Alert color="gray" role="status" data-testid="form-refused">
            {issueText(refusal)}
          </Alert>
        )}
        <Paper withBorder p="md">
          {/* a native disabled fieldset locks every field inside it at once */}
          <fieldset disabled={refusal !== null} className="form-lock">
            <AccountFieldsets
              form={form}
              parent={parent}
              servedVia={servedVia}
              accountId={accountId}
              ownerChoice={ownerChoice}
            />
          </fieldset>
        </Paper>
        {guard.confirming ? (
          <DiscardConfirm
            title={t('editInPlace.discardTitle')}
            onKeep={guard.keep}
            onDiscard={guard.discard}
          />
        ) : (
          <Group>
            {refusal === null && (
              <Button type="submit" loading={isSubmitting}>
                {t('form.save')}
              </Button>
            )}
            <Button variant="default" onClick={guard.leave}>
              {t('form.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
