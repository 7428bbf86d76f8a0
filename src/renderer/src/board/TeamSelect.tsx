import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamName } from '../../../shared/domain/board';

const ALL = 'all';

/**
 * Which team a board or report shows: one of the teams the member may see, or all of
 * them. The core decides which those are; a rep, who sees only themselves, is offered
 * no choice.
 */
export function TeamSelect({
  teams,
  value,
  onChange,
}: {
  teams: TeamName[];
  value: string | null;
  onChange: (teamId: string | null) => void;
}) {
  const { t } = useTranslation();
  if (teams.length < 2 && value === null) return null;
  return (
    <Select
      label={t('board.team')}
      size="sm"
      w={260}
      searchable
      allowDeselect={false}
      data={[
        { value: ALL, label: t('board.allTeams') },
        ...teams.map((team) => ({ value: team.id, label: team.name })),
      ]}
      value={value ?? ALL}
      onChange={(next) => onChange(next === ALL || next === null ? null : next)}
    />
  );
}
