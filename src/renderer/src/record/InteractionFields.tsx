import { Grid, Select, TextInput, Textarea } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { InteractionKind } from '../../../shared/domain/enums';
import { AccountPicker } from './AccountPicker';
import { ContactsPicker } from './ContactsPicker';
import { DateField } from './DateField';
import { DuePresets } from './DuePresets';
import { fromLocalInput, toLocalInput } from './formValues';
import type { InteractionFormValues, InteractionValues } from './formValues';
import { useIssueText } from '../issues/useIssueText';

type Form = UseFormReturn<InteractionFormValues, unknown, InteractionValues>;

/**
 * The interaction's fields; a next step with a due date becomes a follow-up. Opened at an
 * account, the subject has the focus: the account is filled in already.
 */
export function InteractionFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const { control, register, setValue, watch, formState } = form;
  const errors = formState.errors;
  const accountId = watch('accountId');
  const startedAtAccount = formState.defaultValues?.accountId !== '';
  const kinds = InteractionKind.options.map((kind) => ({
    value: kind,
    label: t(`record.kind.${kind}`),
  }));
  return (
    <Grid gap="sm">
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <Controller
          control={control}
          name="accountId"
          render={({ field }) => (
            <AccountPicker
              value={field.value}
              onChange={(next) => {
                field.onChange(next);
                setValue('contactIds', [], { shouldDirty: true });
              }}
              error={
                errors.accountId &&
                (accountId ? issueText(errors.accountId.message) : t('record.accountRequired'))
              }
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('record.kindLabel')}
              data={kinds}
              value={field.value}
              onChange={(next) => next && field.onChange(next)}
              allowDeselect={false}
              error={issueText(errors.kind?.message, t('record.kindLabel'))}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 5 }}>
        <Controller
          control={control}
          name="occurredAt"
          render={({ field }) => (
            <DateField
              type="datetime-local"
              label={t('record.when')}
              value={toLocalInput(field.value)}
              onChange={(event) => field.onChange(fromLocalInput(event.currentTarget.value))}
              error={issueText(errors.occurredAt?.message, t('record.when'))}
              required
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 7 }}>
        <Controller
          control={control}
          name="contactIds"
          render={({ field }) => (
            <ContactsPicker
              accountId={accountId}
              value={field.value ?? []}
              onChange={field.onChange}
              error={issueText(errors.contactIds?.message)}
            />
          )}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label={t('record.subject')}
          {...register('subject')}
          error={issueText(errors.subject?.message, t('record.subject'))}
          dir="auto"
          required
          data-autofocus={startedAtAccount || undefined}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <Textarea
          label={t('record.notes')}
          {...register('notes')}
          error={issueText(errors.notes?.message, t('record.notes'))}
          dir="auto"
          autosize
          minRows={2}
          maxRows={6}
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label={t('record.outcome')}
          {...register('outcome')}
          error={issueText(errors.outcome?.message, t('record.outcome'))}
          dir="auto"
        />
      </Grid.Col>
      <Grid.Col span={12}>
        <TextInput
          label={t('record.nextStep')}
          {...register('nextStep')}
          error={issueText(errors.nextStep?.message, t('record.nextStep'))}
          dir="auto"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}>
        <DuePresets
          due={watch('nextStepDue') ?? ''}
          onChange={(due) => setValue('nextStepDue', due, { shouldDirty: true })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, sm: 4 }}>
        <DateField
          type="date"
          label={t('record.nextStepDue')}
          {...register('nextStepDue')}
          error={issueText(errors.nextStepDue?.message, t('record.nextStepDue'))}
        />
      </Grid.Col>
    </Grid>
  );
}
