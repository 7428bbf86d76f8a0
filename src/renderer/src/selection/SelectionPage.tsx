import { Group, Input, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectionPoints, SelectionScope } from '../../../shared/domain/selection';
import { QueryState } from '../app/QueryState';
import { useFormat } from '../i18n/format';
import { plot, type ColourBy } from '../../../shared/domain/selectionPlot';
import { PointsTable } from './PointsTable';
import { SelectionChart } from './SelectionChart';
import { useScopes, useSelectionPoints } from './useSelection';

/** Customer selection (PRODUCT §2): whom to invest in, by style, profit and cost to serve. */
export default function SelectionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const scopes = useScopes();
  const [chosen, setScope] = useState<SelectionScope | null>(null);
  // A lead starts with the team's book, an admin with everyone's: the view they plan from.
  const scope = chosen && scopes?.includes(chosen) ? chosen : scopes?.at(-1);
  const [colourBy, setColourBy] = useState<ColourBy>('tier');
  const { data, error } = useSelectionPoints(scope);
  const [wanted, setCurrency] = useState<string | null>(null);
  const currencies = useCurrencies(data);
  const currency = wanted && currencies.has(wanted) ? wanted : commonest(currencies);
  return (
    <Stack gap="md">
      <Title order={2}>{t('selection.title')}</Title>
      <Text>{t('selection.intro')}</Text>
      <Group gap="lg" align="end">
        {scope && scopes && scopes.length > 1 && (
          <Labelled label={t('selection.scope')}>
            <SegmentedControl
              aria-label={t('selection.scope')}
              value={scope}
              onChange={(v) => setScope(v as SelectionScope)}
              data={scopes.map((s) => ({ value: s, label: t(`selection.scopes.${s}`) }))}
            />
          </Labelled>
        )}
        <Labelled label={t('selection.colourBy')}>
          <SegmentedControl
            aria-label={t('selection.colourBy')}
            value={colourBy}
            onChange={(v) => setColourBy(v as ColourBy)}
            data={[
              { value: 'tier', label: t('selection.tier') },
              { value: 'lifecycle', label: t('selection.lifecycle') },
            ]}
          />
        </Labelled>
        {currencies.size > 1 && (
          <Select
            label={t('selection.currency')}
            w={220}
            allowDeselect={false}
            value={currency}
            onChange={setCurrency}
            data={[...currencies].map(([code, count]) => ({
              value: code,
              label: t('selection.currencyOption', { currency: code, count: format.number(count) }),
            }))}
          />
        )}
      </Group>
      {data ? (
        currency === null ? (
          <Text>{t('selection.empty')}</Text>
        ) : (
          <InCurrency
            key={`${scope}:${currency}`}
            points={data}
            currency={currency}
            colourBy={colourBy}
          />
        )
      ) : (
        <QueryState error={error} />
      )}
    </Stack>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Input.Wrapper label={label} labelElement="div" styles={{ label: { display: 'block' } }}>
      {children}
    </Input.Wrapper>
  );
}

/** How many accounts have their amounts in each currency, in the order first met. */
function useCurrencies(points: SelectionPoints | undefined): Map<string, number> {
  return useMemo(() => {
    const counts = new Map<string, number>();
    if (!points) return counts;
    const n = points.currencies.map(() => 0);
    for (const c of points.currency) n[c]!++;
    points.currencies.forEach((code, i) => counts.set(code, n[i]!));
    return counts;
  }, [points]);
}

const commonest = (counts: Map<string, number>): string | null =>
  [...counts].reduce<[string, number] | null>((a, b) => (a && a[1] >= b[1] ? a : b), null)?.[0] ??
  null;

/** Amounts in different currencies cannot share an axis: one currency at a time. */
function InCurrency({
  points,
  currency,
  colourBy,
}: {
  points: SelectionPoints;
  currency: string;
  colourBy: ColourBy;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = useMemo(
    () => plot(points, points.currencies.indexOf(currency), colourBy),
    [points, currency, colourBy],
  );
  const money = (v: number | undefined) => format.money(v ?? 0, currency);
  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <SelectionChart points={points} plot={shown} colourBy={colourBy} currency={currency} />
        {shown.costBands.length === 3 && (
          <Text size="sm" c="dimmed">
            {t('selection.sizes', {
              first: money(shown.costBands[0]),
              second: money(shown.costBands[1]),
              third: money(shown.costBands[2]),
            })}
          </Text>
        )}
        {shown.unplaced > 0 && (
          <Text size="sm" c="dimmed">
            {t('selection.unplaced', { count: shown.unplaced, currency })}
          </Text>
        )}
      </Paper>
      <PointsTable points={points} order={shown.byProfit} currency={currency} />
    </Stack>
  );
}
