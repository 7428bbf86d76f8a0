import { useState, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChooseProfile } from '../sync/setup/ChooseProfile';
import { useTeamMembers } from '../team/useTeamMembers';
import { useProfile } from '../week/queries';

/**
 * A book whose team arrived through a shared folder does not know who it belongs to, and
 * refuses every change until it does: the person says who they are before anything else.
 * An empty book (a new laptop) goes straight in, to set up where it syncs.
 */
export function ProfileGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const unknown = profile.data !== undefined && profile.data.member === null;
  const members = useTeamMembers(unknown);
  // Once the app is shown, it stays: a profile that failed is asked again as each page
  // mounts (and is pending meanwhile), which must not take the page away again.
  const [shown, setShown] = useState(false);
  const failed = profile.error !== null || members.error !== null;
  if (failed && !shown) setShown(true);
  if (!profile.data || (unknown && !members.data)) {
    // an unreadable profile is shown by the app's own pages, not held here
    if (failed || shown) return children;
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  if (!unknown || members.data?.length === 0) return children;
  return (
    <Center component="main" mih="100vh" p="md">
      <ChooseProfile />
    </Center>
  );
}
