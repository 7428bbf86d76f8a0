import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAccountContacts } from './queries';

interface Props {
  accountId: string;
  value: string[];
  onChange: (contactIds: string[]) => void;
  error: string | undefined;
}

/** The chosen account's contacts; those who asked not to be contacted are marked as such. */
export function ContactsPicker({ accountId, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const contacts = useAccountContacts(accountId).data ?? [];
  const data = contacts.map((contact) => ({
    value: contact.id,
    label: contact.doNotContact
      ? t('record.doNotContactName', { name: contact.name })
      : contact.name,
  }));
  return (
    <MultiSelect
      label={t('record.contacts')}
      placeholder={accountId ? t('record.contactsPick') : t('record.contactsFirst')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      disabled={!accountId}
      error={error}
    />
  );
}
