import type { ReactNode } from 'react';
import type { CSSProperties } from 'react';
import { Alert, Button, Group } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { keys } from '../api/keys';
import { useRoute } from '../app/router';
import { useTeamMembers } from '../team/useTeamMembers';
import { FirstStart } from './FirstStart';

const DEMO_NOTE: CSSProperties = {
  position: 'fixed',
  insetBlockEnd: 56,
  insetInlineEnd: 16,
  zIndex: 300,
};

/**
 * A book nobody has started (no profile, no team, not the demo) offers its ways in, except on
 * sync setup, where joining a team leads; the demo tried beside the user's own book
 * says so and leads back.
 */
export function WaysIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const route = useRoute();
  const { data: profile } = useQuery({ queryKey: keys.profile, queryFn: () => api.profile({}) });
  const leave = useMutation({
    mutationFn: () => api.leaveDemo({}),
    onSuccess: () => window.location.reload(),
  });
  const noProfile = profile !== undefined && !profile.member && !profile.demo;
  // A book whose team came by sync has members: the person says who they are (ProfileGate).
  const members = useTeamMembers(noProfile);
  if (!profile || (noProfile && !members.data && !members.error)) return children;
  const unstarted = noProfile && (members.data?.length ?? 0) === 0;
  if (unstarted && route.name !== 'syncSetup') return <FirstStart />;
  if (!profile.ownBookBeside) return children;
  return (
    <>
      {children}
      {/* Above the window's fixed header and footer, at the end of the line. */}
      <Alert color="yellow" role="status" maw={480} style={DEMO_NOTE}>
        <Group justify="space-between">
          {t('firstRun.inDemo')}
          <Button
            size="xs"
            variant="default"
            onClick={() => leave.mutate()}
            loading={leave.isPending}
          >
            {t('firstRun.leaveDemo')}
          </Button>
        </Group>
      </Alert>
    </>
  );
}
