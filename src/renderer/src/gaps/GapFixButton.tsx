import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GapRow } from '../../../shared/domain/gaps';
import { paths } from '../app/router';
import { openLogInteraction } from '../record/logInteractionStore';

/**
 * The way to close a gap: give the account an owner (its form, at the owner field), staff
 * it (its page, at the covering team), or plan a visit (a visit to log, with the
 * decision maker when one is named).
 */
export function GapFixButton({ gap }: { gap: GapRow }) {
  const { t } = useTranslation();
  const text = t(`gaps.fix.${gap.fix}`);
  const label = t('gaps.fixFor', { fix: text, account: gap.accountName });
  if (gap.fix === 'planVisit') {
    const contactId = gap.kind === 'decision_maker_silent' ? gap.detail.contactId : undefined;
    return (
      <Button
        size="xs"
        variant="light"
        aria-label={label}
        onClick={() => openLogInteraction({ accountId: gap.accountId, contactId })}
      >
        {text}
      </Button>
    );
  }
  const href =
    gap.fix === 'assign' ? paths.accountOwner(gap.accountId) : paths.accountTeam(gap.accountId);
  return (
    <Button component="a" href={href} size="xs" variant="light" aria-label={label}>
      {text}
    </Button>
  );
}
