import { memo } from 'react';
import { Badge, Group, Text } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/domain/search';
import { useFormat } from '../i18n/format';

interface Props {
  hit: SearchHit;
  /** Shown while the answer to newer text is on its way: dimmed, and not offered. */
  pending: boolean;
  selected: true | undefined;
  onOpen: (hit: SearchHit) => void;
}

/**
 * One account or contact found: its name, where it matched (or that its name is only
 * similar to what was typed), and whether it is the rep's own. Memoized: each keystroke redraws the palette, mostly with the same hits.
 */
export const HitAction = memo(function HitAction({ hit, pending, selected, onOpen }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const matched = format.list(hit.matched.map((field) => t(`palette.field.${field}`)));
  return (
    <Spotlight.Action onClick={() => onOpen(hit)} data-selected={selected} disabled={pending}>
      <Group gap="sm" wrap="nowrap" w="100%">
        <Badge
          size="sm"
          variant="light"
          color={hit.type === 'account' ? 'blue' : 'grape'}
          miw="5.5rem"
        >
          {t(`palette.${hit.type}`)}
        </Badge>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Text size="sm" fw={500} dir="auto" truncate>
            {hit.name}
          </Text>
          {hit.detail && (
            <Text size="xs" c="dimmed" dir="auto" truncate>
              {hit.detail}
            </Text>
          )}
        </div>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {hit.approximate ? t('palette.approximate') : t('palette.matched', { fields: matched })}
        </Text>
        {hit.mine && (
          <Badge size="sm" variant="light" color="green">
            {t('palette.mine')}
          </Badge>
        )}
      </Group>
    </Spotlight.Action>
  );
});
