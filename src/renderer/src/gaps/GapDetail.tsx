import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GapRow } from '../../../shared/domain/gaps';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { isolate } from '../i18n/isolate';

/** What is wrong with an account, in words: the detail each kind of gap carries. */
export function GapDetail({ gap }: { gap: GapRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useEnumLabel();
  const text = (() => {
    switch (gap.kind) {
      case 'key_account_not_visited':
        return gap.detail.lastVisit
          ? t('gaps.detail.lastVisit', { date: format.date(gap.detail.lastVisit) })
          : t('gaps.detail.neverVisited');
      case 'no_owner':
        return t('gaps.detail.noOwner');
      case 'territory_mismatch':
        return t('gaps.detail.territory', {
          owner: isolate(gap.detail.ownerName),
          territory: isolate(gap.detail.territoryName),
        });
      case 'missing_function':
        return t('gaps.detail.missing', {
          functions: format.list(gap.detail.missing.map((r) => label('coverageRole', r))),
        });
      case 'decision_maker_silent':
        return gap.detail.lastInteraction
          ? t('gaps.detail.lastSpoken', {
              contact: isolate(gap.detail.contactName),
              date: format.date(gap.detail.lastInteraction),
            })
          : t('gaps.detail.neverSpoken', { contact: isolate(gap.detail.contactName) });
      case 'owner_left':
        return t('gaps.detail.ownerLeft', {
          owner: isolate(gap.detail.ownerName),
          date: format.date(gap.detail.leftOn),
        });
    }
  })();
  return <Text size="sm">{text}</Text>;
}
