import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OverviewContact } from '../../../shared/domain/overview';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { Refused } from '../refusals/Refused';
import { useRefusal } from '../refusals/accountMay';
import { LogButtons } from '../record/LogButtons';

/** One person in the org chart: what a rep needs before reaching out to them. */
export function ContactCard({
  accountId,
  contact,
  onEdit,
}: {
  accountId: string;
  contact: OverviewContact;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  const refusal = useRefusal('records');
  const label = useEnumLabel();
  const format = useFormat();
  const phone = contact.phone ?? contact.mobile;
  const score = (value: number | null) =>
    value === null
      ? t('app.empty')
      : t('account360.contacts.outOfFive', { value: format.number(value) });
  return (
    <Paper withBorder p="xs" data-testid="contact-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={2}>
          <Group gap={6}>
            <Text fw={600} size="sm">
              <bdi>{contact.name}</bdi>
            </Text>
            {contact.buyingRole && (
              <Badge size="sm" variant="light">
                {label('buyingRole', contact.buyingRole)}
              </Badge>
            )}
            {contact.doNotContact && (
              <Badge size="sm" color="red" variant="light">
                {t('contacts.doNotContact')}
              </Badge>
            )}
          </Group>
          {contact.title && (
            <Text size="xs" c="dimmed">
              <bdi>{contact.title}</bdi>
            </Text>
          )}
          <Text size="xs">
            {t('account360.contacts.influence')} {score(contact.influence)} ·{' '}
            {t('account360.contacts.strength')} {score(contact.relationshipStrength)} ·{' '}
            {t('account360.contacts.channel')} {label('channel', contact.preferredChannel)} ·{' '}
            {t('account360.contacts.lastContact')}{' '}
            {contact.lastInteractionAt
              ? format.date(contact.lastInteractionAt.slice(0, 10))
              : t('account360.contacts.never')}
          </Text>
          {!contact.doNotContact && (contact.email || phone) && (
            <Group gap="sm">
              {contact.email && (
                <Anchor size="xs" href={`mailto:${contact.email}`} dir="ltr">
                  {contact.email}
                </Anchor>
              )}
              {phone && (
                <Anchor size="xs" href={`tel:${phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                  {phone}
                </Anchor>
              )}
            </Group>
          )}
          <Group gap={6} mt={4}>
            <LogButtons
              accountId={accountId}
              contactId={contact.id}
              about={contact.name}
              size="compact-xs"
              refusal={refusal}
            />
          </Group>
        </Stack>
        <Refused reason={refusal}>
          <Button
            size="compact-xs"
            variant="default"
            style={{ flexShrink: 0 }}
            onClick={onEdit}
            data-testid="edit-contact"
            aria-label={`${t('account360.contacts.edit')}: ${contact.name}`}
          >
            {t('account360.contacts.edit')}
          </Button>
        </Refused>
      </Group>
    </Paper>
  );
}
