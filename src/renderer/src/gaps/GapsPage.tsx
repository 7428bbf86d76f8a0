import { Alert, Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GapKind, type CoverageGaps } from '../../../shared/domain/gaps';
import { QueryState } from '../app/QueryState';
import { TeamSelect } from '../board/TeamSelect';
import { useFormat } from '../i18n/format';
import { GapSection, sectionId } from './GapSection';
import { useCoverageGaps } from './queries';

/** The spans a lead picks from: a month to a year. */
const SPANS = [30, 60, 90, 180, 365];

/** A choice of how many days without a visit (or a word) make a gap. */
function DaysSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (days: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Select
      label={label}
      size="sm"
      w={280}
      allowDeselect={false}
      data={SPANS.map((days) => ({
        value: String(days),
        label: t('gaps.days', { count: days, days: format.number(days) }),
      }))}
      value={String(value)}
      onChange={(next) => next && onChange(Number(next))}
    />
  );
}

/** The kinds of gap the report found, in the order the report lists them. */
const found = (counts: CoverageGaps['counts']) =>
  GapKind.options.filter((kind) => counts[kind] > 0);

/** How many gaps of each kind there are, each a way to its section. */
function GapSummary({
  counts,
  daysOf,
}: {
  counts: CoverageGaps['counts'];
  daysOf: (kind: GapKind) => number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const go = (kind: GapKind) => {
    const section = document.getElementById(sectionId(kind));
    section?.scrollIntoView({ block: 'start' });
    section?.focus({ preventScroll: true });
  };
  return (
    <Group gap="xs" component="nav" aria-label={t('gaps.summary')}>
      {found(counts).map((kind) => (
        <Button key={kind} variant="default" size="sm" onClick={() => go(kind)}>
          {t(`gaps.kind.${kind}`, { count: daysOf(kind), days: format.number(daysOf(kind)) })}
          <Badge ms="xs" variant="light" color="red">
            {format.number(counts[kind])}
          </Badge>
        </Button>
      ))}
    </Group>
  );
}

/**
 * `#/gaps` (issue 20): the report a lead opens every Monday — the accounts of their
 * team's book that need them, grouped by what is wrong, each with a link to its fix.
 */
export function GapsPage() {
  const { t } = useTranslation();
  const [teamId, setTeamId] = useState<string | null>(null);
  const [visitDays, setVisitDays] = useState(90);
  const [decisionMakerDays, setDecisionMakerDays] = useState(90);
  const { data, error } = useCoverageGaps({
    ...(teamId ? { teamId } : {}),
    visitDays,
    decisionMakerDays,
  });
  const total = data ? Object.values(data.counts).reduce((sum, n) => sum + n, 0) : 0;
  const daysOf = (kind: GapKind) =>
    kind === 'decision_maker_silent' ? decisionMakerDays : visitDays;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2}>{t('gaps.title')}</Title>
        <Text c="dimmed">{t('gaps.intro')}</Text>
      </Stack>
      <Group gap="md" align="flex-end">
        {data && <TeamSelect teams={data.teams} value={data.teamId} onChange={setTeamId} />}
        <DaysSelect label={t('gaps.visitDays')} value={visitDays} onChange={setVisitDays} />
        <DaysSelect
          label={t('gaps.decisionMakerDays')}
          value={decisionMakerDays}
          onChange={setDecisionMakerDays}
        />
      </Group>
      {!data ? (
        <QueryState error={error} />
      ) : total === 0 ? (
        <Alert color="green" title={t('gaps.noneTitle')}>
          {t('gaps.none')}
        </Alert>
      ) : (
        <>
          <GapSummary counts={data.counts} daysOf={daysOf} />
          {found(data.counts).map((kind) => (
            <GapSection
              key={kind}
              kind={kind}
              count={data.counts[kind]}
              rows={data.rows.filter((r) => r.kind === kind)}
              days={daysOf(kind)}
            />
          ))}
        </>
      )}
    </Stack>
  );
}
