import { useState } from 'react';
import { Button, Card, Center, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { paths } from '../app/router';

/**
 * The first start of an empty book: three ways in. The demo is a book of its own (the
 * window reloads into it); joining goes to sync setup; a new team makes the user its admin.
 */
export function FirstStart() {
  const { t } = useTranslation();
  const demo = useMutation({
    mutationFn: () => api.tryDemo({}),
    onSuccess: () => window.location.reload(),
  });
  return (
    <Center mih="100vh" p="md">
      <Stack maw={960} gap="lg">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('firstRun.welcome')}
          </Title>
          <Text c="dimmed">{t('firstRun.emptyBook')}</Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Way title={t('firstRun.demoTitle')} about={t('firstRun.demoAbout')}>
            <Button onClick={() => demo.mutate()} loading={demo.isPending}>
              {t('firstRun.demoButton')}
            </Button>
          </Way>
          <Way title={t('firstRun.joinTitle')} about={t('firstRun.joinAbout')}>
            <Button component="a" href={paths.syncSetup()} variant="default">
              {t('firstRun.joinButton')}
            </Button>
          </Way>
          <Way title={t('firstRun.newTitle')} about={t('firstRun.newAbout')}>
            <NewTeam />
          </Way>
        </SimpleGrid>
      </Stack>
    </Center>
  );
}

function Way({
  title,
  about,
  children,
}: {
  title: string;
  about: string;
  children: React.ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm">{about}</Text>
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}

/** The user names themselves and becomes the new team's admin. */
function NewTeam() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const setup = useMutation({
    mutationFn: () => api.setupProfile({ name }),
    onSuccess: () => client.invalidateQueries(),
  });
  return (
    <Stack gap="xs">
      <TextInput
        label={t('firstRun.yourName')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={setup.error ? (setup.error as Error).message : undefined}
      />
      <Button variant="default" onClick={() => setup.mutate()} loading={setup.isPending}>
        {t('firstRun.newButton')}
      </Button>
    </Stack>
  );
}
