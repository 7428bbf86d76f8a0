import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/week';
import { useEnumLabel } from '../app/enumOptions';

/** `tel:` wants the number without spaces or dashes; a leading + stays. */
const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * How to reach the item's contact, their preferred way: an email address to write to,
 * a number to call (left to right, also in Persian), or the channel's name alone.
 */
export function ChannelLink({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { channel, contact } = item;
  if (!channel) return null;
  const name = label('channel', channel);
  const phone = contact?.phone ?? contact?.mobile;
  const email = contact?.email;
  const link =
    channel === 'email' && email ? (
      <Anchor href={`mailto:${email}`} dir="ltr" size="sm">
        {email}
      </Anchor>
    ) : channel === 'phone' && phone ? (
      <Anchor href={telHref(phone)} dir="ltr" size="sm">
        {phone}
      </Anchor>
    ) : null;
  return (
    <Text size="sm" component="span">
      {t('week.prefers', { channel: name })}
      {link && <> {link}</>}
    </Text>
  );
}
