import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportRequest } from '../../../shared/reports';
import { useProfile } from '../week/queries';
import { ExportPanel } from './ExportPanel';
import { PeriodExport } from './PeriodExport';

/** `#/reports` (issue 21): each report, written to a CSV, Excel or calendar file. */
export function ReportsPage() {
  const { t } = useTranslation();
  // A lead's reports are offered to those who lead (the core scopes them to their teams).
  const { data: profile } = useProfile();
  const manages = profile?.member ? profile.member.appRole !== 'rep' : false;
  const reports: {
    report: ExportRequest['report'];
    title: string;
    about: string;
    formats?: ExportFormat[];
    /** Whether the report asks for its days. */
    period?: boolean;
  }[] = [
    {
      report: 'week',
      title: t('reports.week'),
      about: t('reports.weekAbout'),
      formats: ['ics', 'csv', 'xlsx', 'pdf'],
    },
    {
      report: 'accounts' as const,
      title: t('reports.accounts'),
      about: t('reports.accountsAbout'),
    },
    {
      report: 'contacts' as const,
      title: t('reports.contacts'),
      about: t('reports.contactsAbout'),
    },
    { report: 'health', title: t('reports.health'), about: t('reports.healthAbout') },
    { report: 'dates', title: t('reports.dates'), about: t('reports.datesAbout'), period: true },
    // The core limits a rep's history to the accounts they cover, as the app's history does.
    {
      report: 'history',
      title: t('reports.history'),
      about: t('reports.historyAbout'),
      period: true,
    },
    ...(manages
      ? [
          { report: 'gaps' as const, title: t('reports.gaps'), about: t('reports.gapsAbout') },
          {
            report: 'workload' as const,
            title: t('reports.workload'),
            about: t('reports.workloadAbout'),
          },
          {
            report: 'pipeline' as const,
            title: t('reports.pipeline'),
            about: t('reports.pipelineAbout'),
          },
        ]
      : []),
  ];
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('reports.title')}</Title>
        <Text c="dimmed">{t('reports.intro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {reports.map(({ report, title, about, formats, period }) => (
          <Card key={report} withBorder component="section" aria-label={title}>
            <Stack gap="sm">
              <Title order={3} size="h4">
                {title}
              </Title>
              <Text size="sm">{about}</Text>
              {period ? (
                <PeriodExport report={report} label={title} />
              ) : (
                <ExportPanel report={report} label={title} formats={formats} />
              )}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
