import { Group, Input, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyPoints, SelectionScope } from '../../../shared/domain/selection';
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
  // The core lists the currencies with most points on the chart first: that one is shown until one is chosen.
  const currencies = data?.byCurrency ?? [];
  const shown = currencies.find((c) => c.currency === wanted) ?? currencies[0];
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
        {currencies.length > 1 && (
          <Select
            label={t('selection.currency')}
            w={220}
            allowDeselect={false}
            value={shown?.currency ?? null}
            onChange={setCurrency}
            data={currencies.map((c) => ({
              value: c.currency,
              label: t('selection.currencyOption', {
                currency: c.currency,
                count: format.number(c.profit.length),
              }),
            }))}
          />
        )}
      </Group>
      {data ? (
        shown === undefined ? (
          <Text>{t('selection.empty')}</Text>
        ) : (
          <InCurrency key={`${scope}:${shown.currency}`} points={shown} colourBy={colourBy} />
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

/** Amounts in different currencies cannot share an axis: one currency at a time. */
function InCurrency({ points, colourBy }: { points: CurrencyPoints; colourBy: ColourBy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const currency = points.currency;
  const shown = useMemo(() => plot(points, colourBy), [points, colourBy]);
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
      <PointsTable points={points} shown={shown.shown} currency={currency} />
    </Stack>
  );
}
