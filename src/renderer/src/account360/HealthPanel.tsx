import { Alert, Button, Group, Text, useDirection } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/domain/relationship';
import { useFormat } from '../i18n/format';
import { AssessmentDialog } from './AssessmentDialog';
import { Chart } from './Chart';
import { HealthBadge, riskText } from './HealthBadge';
import { healthOf } from '../../../shared/domain/health';
import { Panel } from './Panel';
import { Refused } from '../refusals/Refused';
import { useRefusal } from '../refusals/accountMay';

/** The health score's trend over the account's assessments, and a new assessment. */
export function HealthPanel({
  accountId,
  assessments,
}: {
  accountId: string;
  assessments: Assessment[];
}) {
  const { t } = useTranslation();
  const refusal = useRefusal('records');
  const format = useFormat();
  const { dir } = useDirection();
  const [recording, setRecording] = useState(false);
  const { trend, risk } = healthOf(assessments);
  const option = {
    color: ['#1864ab'],
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      inverse: dir === 'rtl',
      data: trend.map((point) => format.date(point.day)),
    },
    yAxis: { type: 'value', min: 0, max: 100, position: dir === 'rtl' ? 'right' : 'left' },
    series: [
      {
        type: 'line',
        name: t('account360.health.title'),
        data: trend.map((point) => point.score),
        symbolSize: 8,
        label: { show: true },
      },
    ],
  };
  return (
    <Panel
      title={t('account360.health.title')}
      actions={
        <Refused reason={refusal}>
          <Button
            size="compact-sm"
            onClick={() => setRecording(true)}
            data-testid="record-assessment"
          >
            {t('account360.health.record')}
          </Button>
        </Refused>
      }
    >
      <Group mb="xs">
        <HealthBadge assessments={assessments} />
      </Group>
      {risk && (
        <Alert color="red" variant="light" p="xs" mb="xs">
          {riskText(risk, t)}
        </Alert>
      )}
      {trend.length === 0 ? (
        <Text c="dimmed">{t('account360.health.noAssessments')}</Text>
      ) : (
        <>
          <Chart option={option} label={t('account360.health.trend')} />
          <Text size="xs" c="dimmed" data-testid="health-trend">
            {trend
              .map((point) => `${format.date(point.day)}: ${format.number(point.score)}`)
              .join(' · ')}
          </Text>
        </>
      )}
      {recording && <AssessmentDialog accountId={accountId} onClose={() => setRecording(false)} />}
    </Panel>
  );
}
