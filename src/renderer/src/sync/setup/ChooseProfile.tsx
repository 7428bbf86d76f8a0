import { useState } from 'react';
import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { useMemberOptions } from '../../team/useTeamMembers';
import { notify } from '../notify';

/**
 * A new book that received its team through a shared folder does not know who it
 * belongs to (a server says so by itself): the person picks themselves once, and the
 * book refuses changes until then.
 */
export function ChooseProfile() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const profile = useQuery({ queryKey: keys.profile, queryFn: () => api.profile({}) });
  const options = useMemberOptions(i18n.language);
  const [memberId, setMemberId] = useState<string | null>(null);
  const choose = useMutation({
    mutationFn: (id: string) => api.chooseProfile({ memberId: id }),
    onSuccess: async () => {
      await client.invalidateQueries();
      notify(t('sync.setup.whoDone'));
    },
  });
  if (!profile.data || profile.data.member || options.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('sync.setup.whoTitle')}
        </Title>
        <Text size="sm">{t('sync.setup.whoIntro')}</Text>
        <Group align="end">
          <Select
            label={t('sync.setup.whoLabel')}
            data={options}
            value={memberId}
            onChange={setMemberId}
            searchable
            error={choose.error ? (choose.error as Error).message : undefined}
          />
          <Button
            color="blue.8"
            disabled={!memberId}
            loading={choose.isPending}
            onClick={() => memberId && choose.mutate(memberId)}
          >
            {t('sync.setup.whoButton')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
