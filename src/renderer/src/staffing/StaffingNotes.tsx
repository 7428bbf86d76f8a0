import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoverageRole } from '../../../shared/domain/enums';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';
import { revenueSum, type Line } from './lines';

/**
 * The revenue shares typed so far, with a warning while they are not 100%; the core's
 * refusal (naming the account and the sum) takes its place once saving was tried.
 */
export function ShareSum({ lines, error }: { lines: readonly Line[]; error: string | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revenue = lines.some((line) => line.kind !== 'overlay');
  const sum = revenueSum(lines);
  const off = revenue && sum !== 100;
  return (
    <div aria-live="polite" data-testid="share-sum">
      {error ? (
        <Text size="sm" c="red" role="alert" fw={500}>
          {error}
        </Text>
      ) : (
        revenue && (
          <Text size="sm" c={off ? 'orange.9' : 'dimmed'} fw={off ? 600 : undefined}>
            {t(off ? 'staffing.sumOff' : 'staffing.sum', { sum: format.percent(sum) })}
          </Text>
        )
      )}
      {lines.some((line) => line.kind === 'overlay') && (
        <Text size="xs" c="dimmed">
          {t('staffing.overlayNote')}
        </Text>
      )}
    </div>
  );
}

/** What a strategic account's team template asks for that nobody in the staffing does. */
export function TemplateGaps({ gaps, mt }: { gaps: readonly CoverageRole[]; mt?: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  if (gaps.length === 0) return null;
  const functions = format.list(gaps.map((role) => label('coverageRole', role)));
  return (
    <Alert color="yellow" variant="light" mt={mt} data-testid="template-gaps">
      {t('staffing.gaps', { functions })}
    </Alert>
  );
}
