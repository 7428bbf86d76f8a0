import { Button, Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactCreate, ContactUpdate } from '../../../shared/domain/contact';
import { BuyingRole, Channel } from '../../../shared/domain/enums';
import type { OverviewContact } from '../../../shared/domain/overview';
import { useArchiveContact, useCreateContact, useUpdateContact } from '../accounts/overviewQueries';
import { useEnumOptions } from '../app/enumOptions';
import { check, serverErrors, type FieldErrors } from './fieldErrors';
import { FormDialog } from './FormDialog';
import { useIssueText } from '../issues/useIssueText';

const TEXT_FIELDS = ['name', 'title', 'email', 'phone', 'mobile'] as const;
const SCORES = ['1', '2', '3', '4', '5'];

type Values = Record<(typeof TEXT_FIELDS)[number], string> & {
  buyingRole: string | null;
  influence: string | null;
  relationshipStrength: string | null;
  reportsToId: string | null;
  preferredChannel: string | null;
  doNotContact: boolean;
};

function valuesOf(contact: OverviewContact | null): Values {
  const text = (value: string | null | undefined) => value ?? '';
  const num = (value: number | null | undefined) => (value == null ? null : String(value));
  return {
    name: text(contact?.name),
    title: text(contact?.title),
    email: text(contact?.email),
    phone: text(contact?.phone),
    mobile: text(contact?.mobile),
    buyingRole: contact?.buyingRole ?? null,
    influence: num(contact?.influence),
    relationshipStrength: num(contact?.relationshipStrength),
    reportsToId: contact?.reportsToId ?? null,
    preferredChannel: contact?.preferredChannel ?? null,
    doNotContact: contact?.doNotContact ?? false,
  };
}

/** The values as the contract reads them: empty text is no value, scores are numbers. */
function fieldsOf(values: Values) {
  const fields: Record<string, unknown> = { ...values };
  for (const name of TEXT_FIELDS) fields[name] = values[name].trim() || null;
  fields.name = values.name;
  fields.influence = values.influence === null ? null : Number(values.influence);
  fields.relationshipStrength =
    values.relationshipStrength === null ? null : Number(values.relationshipStrength);
  return fields;
}

/** Adds a contact, or edits one: its details, whom they report to (a move), or archives them. */
export function ContactDialog({
  accountId,
  contact,
  contacts,
  onClose,
}: {
  accountId: string;
  contact: OverviewContact | null;
  contacts: OverviewContact[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [initial] = useState(() => valuesOf(contact));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateContact();
  const update = useUpdateContact();
  const archive = useArchiveContact();
  const roles = useEnumOptions('buyingRole', BuyingRole.options);
  const channels = useEnumOptions('channel', Channel.options);
  const managers = contacts
    .filter((c) => c.id !== contact?.id)
    .map((c) => ({ value: c.id, label: c.name }));
  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [name]: value }));
  const done = (message: string) => ({
    onSuccess: () => {
      notifications.show({ message });
      onClose();
    },
    onError: (error: Error) => setErrors(serverErrors(error)),
  });

  const submit = () => {
    const fields = fieldsOf(values);
    if (!contact) {
      const parsed = check(ContactCreate, { ...fields, accountId });
      if (!parsed.ok) return setErrors(parsed.errors);
      return create.mutate(parsed.value, done(t('account360.contacts.saved')));
    }
    const before = fieldsOf(valuesOf(contact));
    const patch = Object.fromEntries(
      Object.entries(fields).filter(([name, value]) => before[name] !== value),
    );
    const parsed = check(ContactUpdate, { id: contact.id, patch });
    if (!parsed.ok) return setErrors(parsed.errors);
    update.mutate(parsed.value, done(t('account360.contacts.saved')));
  };

  const text = (name: (typeof TEXT_FIELDS)[number], label: string, ltr = false) => (
    <TextInput
      label={label}
      value={values[name]}
      onChange={(event) => set(name, event.currentTarget.value)}
      error={issueText(errors[name], label)}
      dir={ltr ? 'ltr' : 'auto'}
      required={name === 'name'}
    />
  );
  const choice = (
    name: 'buyingRole' | 'influence' | 'relationshipStrength' | 'reportsToId' | 'preferredChannel',
    label: string,
    data: { value: string; label: string }[] | string[],
  ) => (
    <Select
      label={label}
      data={data}
      value={values[name]}
      onChange={(value) => set(name, value)}
      error={issueText(errors[name], label)}
      clearable
      searchable={name === 'reportsToId'}
      placeholder={name === 'reportsToId' ? t('account360.contacts.noOne') : undefined}
    />
  );

  return (
    <FormDialog
      title={t(contact ? 'account360.contacts.editTitle' : 'account360.contacts.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      formError={errors.form}
      pending={create.isPending || update.isPending}
      dirty={JSON.stringify(values) !== JSON.stringify(initial)}
      aside={
        contact && (
          <Button
            variant="default"
            color="red"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate(
                { id: contact.id, archived: true },
                done(t('account360.contacts.archived')),
              )
            }
          >
            {t('account360.contacts.archive')}
          </Button>
        )
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {text('name', t('contacts.name'))}
        {text('title', t('contacts.title'))}
        {text('email', t('contacts.email'), true)}
        {text('phone', t('contacts.phone'), true)}
        {text('mobile', t('account360.contacts.mobile'), true)}
        {choice('buyingRole', t('contacts.buyingRole'), roles)}
        {choice('influence', t('account360.contacts.influence'), SCORES)}
        {choice('relationshipStrength', t('account360.contacts.strength'), SCORES)}
        {choice('reportsToId', t('contacts.reportsTo'), managers)}
        {choice('preferredChannel', t('account360.contacts.channel'), channels)}
      </SimpleGrid>
      <Checkbox
        label={t('contacts.doNotContact')}
        checked={values.doNotContact}
        onChange={(event) => set('doNotContact', event.currentTarget.checked)}
      />
    </FormDialog>
  );
}
