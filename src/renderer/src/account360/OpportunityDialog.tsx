import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OpportunityCreate,
  OpportunityUpdate,
  type Opportunity,
  type OpportunityStep,
} from '../../../shared/domain/commerce';
import { reasonNeeded } from '../../../shared/rules/selling';
import { QueryState } from '../app/QueryState';
import { useIssueText } from '../issues/useIssueText';
import { useSavedNotice } from './useSavedNotice';
import { DateField } from '../team/DateField';
import { check, serverErrors, type FieldErrors } from './fieldErrors';
import { FormDialog } from './FormDialog';
import {
  useCreateOpportunity,
  useOfferings,
  useOpportunity,
  useUpdateOpportunity,
} from './sellingQueries';
import { asksReason, StepControl, type Standing } from './StepControl';

interface Values extends Standing {
  name: string;
  value: string;
  currency: string;
  expectedClose: string | null;
  coreProductId: string | null;
  serviceIds: string[];
  notes: string;
}

function valuesOf(deal: Opportunity | null): Values {
  return {
    name: deal?.name ?? '',
    value: deal?.value == null ? '' : String(deal.value),
    currency: deal?.currency ?? 'EUR',
    expectedClose: deal?.expectedClose ?? null,
    coreProductId: deal?.coreProductId ?? null,
    serviceIds: deal?.serviceIds ?? [],
    notes: deal?.notes ?? '',
    step: deal?.step ?? 'prospecting',
    status: deal?.status ?? 'open',
  };
}

/** The values as the contract reads them: empty text is no value, the value a number. */
function fieldsOf(values: Values): Record<string, unknown> {
  const value = values.value.trim();
  return {
    ...values,
    value: value === '' ? null : Number(value.replace(',', '.')),
    currency: values.currency.trim().toUpperCase(),
    notes: values.notes.trim() || null,
  };
}

/** A new deal on the account, or one of its deals, with the step control. */
export function OpportunityDialog({
  accountId,
  opportunityId,
  onClose,
}: {
  accountId: string;
  opportunityId: string | null;
  onClose: () => void;
}) {
  const detail = useOpportunity(opportunityId);
  if (opportunityId && !detail.data) return <QueryState error={detail.error} />;
  return (
    <DealForm
      accountId={accountId}
      deal={detail.data?.opportunity ?? null}
      steps={detail.data?.steps ?? []}
      onClose={onClose}
    />
  );
}

function DealForm({
  accountId,
  deal,
  steps,
  onClose,
}: {
  accountId: string;
  deal: Opportunity | null;
  steps: OpportunityStep[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const notice = useSavedNotice();
  const [initial] = useState(() => valuesOf(deal));
  const [values, setValues] = useState(initial);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateOpportunity();
  const update = useUpdateOpportunity();
  const offerings = useOfferings().data ?? [];
  const options = (kind: 'core_product' | 'service') =>
    offerings.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name }));
  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [name]: value }));
  const done = {
    onSuccess: () => {
      notice(t('account360.deal.saved'));
      onClose();
    },
    onError: (error: Error) => setErrors(serverErrors(error)),
  };

  const submit = () => {
    const fields = fieldsOf(values);
    if (!deal) {
      const parsed = check(OpportunityCreate, { ...fields, accountId });
      if (!parsed.ok) return setErrors(parsed.errors);
      return create.mutate(parsed.value, done);
    }
    const before = fieldsOf(initial);
    const patch = Object.fromEntries(
      Object.entries(fields).filter(([n, v]) => JSON.stringify(before[n]) !== JSON.stringify(v)),
    );
    const stepReason = asksReason(deal, values) ? reason.trim() || null : null;
    const parsed = check(OpportunityUpdate, { id: deal.id, patch: { ...patch, stepReason } });
    const needed = stepReason ? null : reasonNeeded(deal, values);
    if (!parsed.ok || needed) {
      return setErrors({
        ...(parsed.ok ? {} : parsed.errors),
        ...(needed && { stepReason: needed }),
      });
    }
    update.mutate(parsed.value, done);
  };

  const text = (name: 'name' | 'value' | 'currency', label: string) => (
    <TextInput
      label={label}
      value={values[name]}
      onChange={(event) => set(name, event.currentTarget.value)}
      error={issueText(errors[name], label)}
      required={name === 'name'}
      dir={name === 'name' ? 'auto' : 'ltr'}
      inputMode={name === 'value' ? 'decimal' : undefined}
    />
  );
  return (
    <FormDialog
      title={t(deal ? 'account360.deal.editTitle' : 'account360.deal.addTitle')}
      size="xl"
      onClose={onClose}
      onSubmit={submit}
      formError={errors.form}
      submitLabel={deal ? undefined : t('account360.deal.create')}
      pending={create.isPending || update.isPending}
      dirty={JSON.stringify(values) !== JSON.stringify(initial) || reason !== ''}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        <div>
          {text('name', t('account360.deal.name'))}
          <SimpleGrid cols={2} spacing="sm" mt="sm">
            {text('value', t('account360.opportunities.value'))}
            {text('currency', t('account360.deal.currency'))}
          </SimpleGrid>
          <DateField
            label={t('account360.opportunities.expectedClose')}
            value={values.expectedClose}
            onChange={(day) => set('expectedClose', day)}
            error={issueText(errors.expectedClose, t('account360.opportunities.expectedClose'))}
          />
          <Select
            label={t('account360.deal.coreProduct')}
            data={options('core_product')}
            value={values.coreProductId}
            onChange={(id) => set('coreProductId', id)}
            error={issueText(errors.coreProductId, t('account360.deal.coreProduct'))}
            placeholder={t('account360.opportunities.noOffering')}
            clearable
            searchable
            mt="sm"
          />
          <MultiSelect
            label={t('account360.deal.services')}
            data={options('service')}
            value={values.serviceIds}
            onChange={(ids) => set('serviceIds', ids)}
            error={issueText(errors.serviceIds, t('account360.deal.services'))}
            searchable
            mt="sm"
          />
          <Textarea
            label={t('account360.deal.notes')}
            value={values.notes}
            onChange={(event) => set('notes', event.currentTarget.value)}
            error={issueText(errors.notes, t('account360.deal.notes'))}
            autosize
            minRows={2}
            dir="auto"
            mt="sm"
          />
        </div>
        <StepControl
          before={deal}
          value={values}
          reason={reason}
          reasonError={errors.stepReason}
          steps={steps}
          onChange={(standing) => setValues((v) => ({ ...v, ...standing }))}
          onReason={setReason}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
