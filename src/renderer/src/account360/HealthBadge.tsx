import { Badge, Group, HoverCard, List, Text, UnstyledButton } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/domain/relationship';
import { useFormat } from '../i18n/format';
import { healthOf } from '../../../shared/domain/health';

const colorOf = (score: number) => (score >= 70 ? 'green' : score >= 45 ? 'yellow' : 'red');

/** The latest assessment's score; hovering or focusing it shows how the score is made. */
export function HealthBadge({ assessments }: { assessments: Assessment[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const { latest, explanation, risk } = healthOf(assessments);
  if (!latest || !explanation) {
    return (
      <Badge variant="light" color="gray">
        {t('account360.health.none')}
      </Badge>
    );
  }
  const points = (value: number) => format.number(Math.round(value * 10) / 10);
  const signs = [...explanation.signs.warningSigns, ...explanation.signs.commitmentFailures];
  return (
    <Group gap={6}>
      <HoverCard width={320} shadow="md" openDelay={100} withArrow>
        <HoverCard.Target>
          <UnstyledButton aria-describedby={id} data-testid="health-badge">
            <Badge variant="light" color={colorOf(explanation.score)} size="lg">
              {t('account360.health.badge', { score: format.number(explanation.score) })}
            </Badge>
          </UnstyledButton>
        </HoverCard.Target>
        <HoverCard.Dropdown id={id}>
          <Text size="sm" fw={600}>
            {t('account360.health.latest', { date: format.date(latest.assessedOn) })}
          </Text>
          <Text size="sm">
            {t('account360.health.quality', { points: points(explanation.quality.points) })} (
            {explanation.quality.average === null
              ? t('account360.health.noMeasures')
              : t('account360.health.average', {
                  average: points(explanation.quality.average),
                })}
            )
          </Text>
          <Text size="sm">
            {t('account360.health.signs', { points: points(explanation.signs.points) })}
          </Text>
          <List size="sm">
            {signs.length === 0 && <List.Item>{t('account360.health.noSigns')}</List.Item>}
            {signs.map((sign) => (
              <List.Item key={sign}>{t(`account360.sign.${sign}`)}</List.Item>
            ))}
          </List>
        </HoverCard.Dropdown>
      </HoverCard>
      {risk && (
        <Badge color="red" variant="filled" title={riskText(risk, t)}>
          {t('account360.health.atRisk')}
        </Badge>
      )}
    </Group>
  );
}

export function riskText(
  risk: NonNullable<ReturnType<typeof healthOf>['risk']>,
  t: (key: string, values?: Record<string, unknown>) => string,
): string {
  return [
    ...risk.severeSigns.map((s) => t(`account360.sign.${s}`)),
    ...(risk.fall ? [t('account360.health.fall', risk.fall)] : []),
  ].join(' · ');
}
