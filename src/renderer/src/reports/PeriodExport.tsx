import { Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportRequest } from '../../../shared/reports';
import { DateField } from '../team/DateField';
import { ExportPanel } from './ExportPanel';

/**
 * A report of a period: its first and last day, then its export. A day left empty is
 * the report's own default; a period running backwards is refused by the core.
 */
export function PeriodExport({
  report,
  label,
}: {
  report: ExportRequest['report'];
  label: string;
}) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <DateField label={t('reports.from')} value={from} onChange={setFrom} error={undefined} />
        <DateField label={t('reports.to')} value={to} onChange={setTo} error={undefined} />
      </Group>
      <ExportPanel
        report={report}
        label={label}
        period={{ from: from ?? undefined, to: to ?? undefined }}
      />
    </Stack>
  );
}
