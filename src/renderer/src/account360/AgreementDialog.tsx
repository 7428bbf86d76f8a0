import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementKind } from '../../../shared/domain/enums';
import {
  AgreementCreate,
  AgreementUpdate,
  type Agreement,
} from '../../../shared/domain/relationship';
import { useIssueText } from '../issues/useIssueText';
import { useSavedNotice } from './useSavedNotice';
import { DateField } from '../team/DateField';
import { renewalDates } from './agreementRenewal';
import { check, serverErrors, type FieldErrors } from './fieldErrors';
import { FormDialog } from './FormDialog';
import { useCreateAgreement, useUpdateAgreement } from './sellingQueries';

type Text = 'title' | 'parties' | 'documentRef';
const DAYS = ['signedOn', 'startsOn', 'endsOn'] as const;

type Values = Record<Text | 'terms', string> &
  Record<(typeof DAYS)[number], string | null> & { kind: string | null };

export type AgreementEditing = { mode: 'add' } | { mode: 'edit' | 'renew'; agreement: Agreement };

function valuesOf(editing: AgreementEditing): Values {
  const a = editing.mode === 'add' ? null : editing.agreement;
  const values: Values = {
    kind: a?.kind ?? null,
    title: a?.title ?? '',
    parties: a?.parties ?? '',
    documentRef: a?.documentRef ?? '',
    terms: a?.terms ?? '',
    signedOn: a?.signedOn ?? null,
    startsOn: a?.startsOn ?? null,
    endsOn: a?.endsOn ?? null,
  };
  if (editing.mode !== 'renew') return values;
  return { ...values, ...renewalDates(editing.agreement, new Date().toISOString().slice(0, 10)) };
}

const fieldsOf = (values: Values) => ({
  ...values,
  parties: values.parties.trim() || null,
  documentRef: values.documentRef.trim() || null,
  terms: values.terms.trim() || null,
});

/** A partner agreement added, edited, or renewed (signed again for a new period). */
export function AgreementDialog({
  accountId,
  editing,
  onClose,
}: {
  accountId: string;
  editing: AgreementEditing;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const notice = useSavedNotice();
  const [initial] = useState(() => valuesOf(editing));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateAgreement();
  const update = useUpdateAgreement();
  const kinds = AgreementKind.options.map((kind) => ({
    value: kind,
    label: t(`account360.agreements.kind.${kind}`),
  }));
  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [name]: value }));
  const done = {
    onSuccess: () => {
      notice(t(editing.mode === 'renew' ? 'account360.pact.renewed' : 'account360.pact.saved'));
      onClose();
    },
    onError: (error: Error) => setErrors(serverErrors(error)),
  };
  const submit = () => {
    const fields = fieldsOf(values);
    if (editing.mode === 'add') {
      const parsed = check(AgreementCreate, { ...fields, accountId });
      if (!parsed.ok) return setErrors(parsed.errors);
      return create.mutate(parsed.value, done);
    }
    const before = fieldsOf(initial);
    const patch = Object.fromEntries(
      Object.entries(fields).filter(([n, v]) => before[n as keyof Values] !== v),
    );
    // a renewal writes its three days even when they match what was offered
    const renewal = editing.mode === 'renew' ? { ...patch, ...pick(fields, DAYS) } : patch;
    const parsed = check(AgreementUpdate, { id: editing.agreement.id, patch: renewal });
    if (!parsed.ok) return setErrors(parsed.errors);
    update.mutate(parsed.value, done);
  };
  const day = (name: (typeof DAYS)[number], label: string) => (
    <DateField
      label={label}
      value={values[name]}
      onChange={(value) => set(name, value)}
      error={issueText(errors[name], label)}
    />
  );
  const text = (name: Text, label: string) => (
    <TextInput
      label={label}
      value={values[name]}
      onChange={(event) => set(name, event.currentTarget.value)}
      error={issueText(errors[name], label)}
      required={name === 'title'}
      dir="auto"
    />
  );
  const renewing = editing.mode === 'renew';
  const title = {
    add: t('account360.pact.addTitle'),
    edit: t('account360.pact.editTitle'),
    renew: t('account360.pact.renewTitle', {
      title: editing.mode === 'add' ? '' : editing.agreement.title,
    }),
  }[editing.mode];
  return (
    <FormDialog
      title={title}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      formError={errors.form}
      submitLabel={renewing ? t('account360.pact.renew') : undefined}
      pending={create.isPending || update.isPending}
      dirty={JSON.stringify(values) !== JSON.stringify(initial)}
    >
      {!renewing && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {text('title', t('account360.pact.title'))}
          <Select
            label={t('account360.pact.kind')}
            data={kinds}
            value={values.kind}
            onChange={(kind) => set('kind', kind)}
            error={issueText(errors.kind, t('account360.pact.kind'))}
            required
          />
          {text('parties', t('account360.pact.parties'))}
          {text('documentRef', t('account360.agreements.document'))}
        </SimpleGrid>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {day('signedOn', t('account360.agreements.signed'))}
        {day('startsOn', t('account360.pact.startsOn'))}
        {day('endsOn', t('account360.pact.endsOn'))}
      </SimpleGrid>
      {!renewing && (
        <Textarea
          label={t('account360.agreements.terms')}
          value={values.terms}
          onChange={(event) => set('terms', event.currentTarget.value)}
          error={issueText(errors.terms, t('account360.agreements.terms'))}
          autosize
          minRows={2}
          dir="auto"
        />
      )}
    </FormDialog>
  );
}

const pick = <T extends object, K extends keyof T>(values: T, names: readonly K[]) =>
  Object.fromEntries(names.map((name) => [name, values[name]])) as Pick<T, K>;
