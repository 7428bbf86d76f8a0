import {
  Group,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../../shared/domain/board';
import { useTeamBoard } from '../board/queries';
import { TeamSelect } from '../board/TeamSelect';
import { useFormat } from '../i18n/format';
import { carriesAccounts } from './drag';

/**
 * The board beside the picked accounts (issue 20): one card per rep of the lead's team,
 * with their book. Dropping the picked accounts on a rep, or choosing the rep with a
 * click or the keyboard, starts moving them there (preview first).
 */
export function DropBoard({ onPick }: { onPick: (memberId: string) => void }) {
  const { t } = useTranslation();
  const [teamId, setTeamId] = useState<string | null>(null);
  const { data } = useTeamBoard(teamId);
  if (!data) return null;
  return (
    <Stack gap="xs" role="region" aria-label={t('move.board')}>
      <Group justify="space-between" align="flex-end">
        <Text size="sm" c="dimmed">
          {t('move.dropHint')}
        </Text>
        <TeamSelect teams={data.teams} value={data.teamId} onChange={setTeamId} />
      </Group>
      <ScrollArea.Autosize mah={168}>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="xs">
          {data.rows.map((row) => (
            <RepTarget key={row.memberId} row={row} onPick={onPick} />
          ))}
        </SimpleGrid>
      </ScrollArea.Autosize>
    </Stack>
  );
}

function RepTarget({ row, onPick }: { row: BoardRow; onPick: (memberId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [over, setOver] = useState(false);
  return (
    <UnstyledButton
      className="drop-rep"
      data-over={over || undefined}
      onClick={() => onPick(row.memberId)}
      onDragOver={(event) => {
        if (!carriesAccounts(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        if (!carriesAccounts(event)) return;
        event.preventDefault();
        setOver(false);
        onPick(row.memberId);
      }}
    >
      <Text size="sm" fw={500} truncate>
        <VisuallyHidden>{t('move.to')} </VisuallyHidden>
        <bdi>{row.name}</bdi>
      </Text>
      <Text size="xs" c="dimmed">
        {t('move.book', {
          count: row.bookSize,
          n: format.number(row.bookSize),
          key: format.number(row.keyAccounts),
        })}
      </Text>
    </UnstyledButton>
  );
}
