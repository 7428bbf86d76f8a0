import { Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../shared/domain/history';
import { useWhen } from '../sync/useWhen';
import { humanize } from '../sync/review/values';
import { useValueText } from './useValueText';

/** Writes shown at first; the rest on asking. */
const FIRST = 10;

/** One write: the fields one person set together on one row, at one moment. */
interface Write {
  key: string;
  head: FieldChange;
  fields: FieldChange[];
}

/**
 * The log's changes as writes, newest first. An assignment's first values are left out
 * (the coverage list shows each assignment); the account's are one line, "created".
 */
function writesOf(changes: readonly FieldChange[]): Write[] {
  const writes: Write[] = [];
  for (const change of changes) {
    if (change.created && change.table === 'assignments') continue;
    const key = `${change.table}:${change.rowId}:${change.at}:${change.device}`;
    const last = writes.at(-1);
    if (last?.key === key) last.fields.push(change);
    else writes.push({ key, head: change, fields: [change] });
  }
  return writes;
}

/** What changed on the account and its assignments, field by field: old → new, who, when, where. */
export function FieldChanges({
  changes,
  names,
}: {
  changes: FieldChange[];
  names: Record<string, string>;
}) {
  const { t } = useTranslation();
  const when = useWhen();
  const valueText = useValueText(names);
  const [all, setAll] = useState(false);
  const writes = writesOf(changes);
  if (writes.length === 0) return <Text c="gray.7">{t('history.noChanges')}</Text>;
  const shown = all ? writes : writes.slice(0, FIRST);
  const field = (name: string) => t(`history.field.${name}`, { defaultValue: humanize(name) });
  return (
    <Stack gap="xs">
      <Stack
        component="ol"
        gap="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('history.changes')}
        data-testid="history-changes"
      >
        {shown.map(({ key, head, fields }) => (
          <li key={key}>
            {head.assignee && (
              <Text size="sm" fw={500}>
                {t('history.assignment', { name: head.assignee })}
              </Text>
            )}
            {head.created ? (
              <Text size="sm">{t('history.created')}</Text>
            ) : (
              fields.map((c) => (
                <Text size="sm" key={c.field}>
                  {field(c.field)}: <bdi>{valueText(c.field, c.before)}</bdi>{' '}
                  <span aria-hidden="true">{t('history.arrow')}</span>
                  <VisuallyHidden>{t('history.became')}</VisuallyHidden>{' '}
                  <bdi>{valueText(c.field, c.after)}</bdi>
                </Text>
              ))
            )}
            <Text size="xs" c="gray.7">
              <bdi>{head.memberName ?? t('history.someone')}</bdi> · {when(head.at)} ·{' '}
              {head.thisDevice
                ? t('history.thisDevice')
                : t('history.device', { id: head.device.slice(0, 8) })}
            </Text>
          </li>
        ))}
      </Stack>
      {writes.length > FIRST && (
        <Button variant="subtle" size="xs" onClick={() => setAll((a) => !a)}>
          {all ? t('history.showFewer') : t('history.showAll', { count: writes.length })}
        </Button>
      )}
    </Stack>
  );
}
