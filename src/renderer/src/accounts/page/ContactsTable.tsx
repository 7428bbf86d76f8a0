import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../../shared/domain/contact';
import { useEnumLabel } from '../../app/enumOptions';
import { useFormat } from '../../i18n/format';

export function ContactsTable({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  if (contacts.length === 0) return <Text c="dimmed">{t('account.noContacts')}</Text>;
  const names = new Map(contacts.map((c) => [c.id, c.name]));
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped aria-label={t('account.contacts')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.name')}</Table.Th>
            <Table.Th>{t('contacts.title')}</Table.Th>
            <Table.Th>{t('contacts.buyingRole')}</Table.Th>
            <Table.Th>{t('contacts.email')}</Table.Th>
            <Table.Th>{t('contacts.phone')}</Table.Th>
            <Table.Th>{t('contacts.reportsTo')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Td>
                {contact.name}
                {contact.doNotContact && (
                  <Badge color="red" variant="light" size="sm" ms="xs">
                    {t('contacts.doNotContact')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{format.text(contact.title)}</Table.Td>
              <Table.Td>{label('buyingRole', contact.buyingRole)}</Table.Td>
              <Table.Td>{format.text(contact.email)}</Table.Td>
              <Table.Td>{format.text(contact.phone ?? contact.mobile)}</Table.Td>
              <Table.Td>
                {format.text(contact.reportsToId ? names.get(contact.reportsToId) : null)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
