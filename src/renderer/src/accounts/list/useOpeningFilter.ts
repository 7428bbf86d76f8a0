import { useEffect } from 'react';
import { listOpensOn } from '../../../../shared/roles/listOpening';
import { useProfile } from '../../week/queries';
import { useAccountListStore } from './listStore';

/**
 * The first time a member opens the list, it shows whose accounts their role opens on
 * (a rep's own); their later filters stay as they left them. Whether the list may ask
 * yet: not before the profile says who is using the app.
 */
export function useOpeningFilter(): boolean {
  const { data: profile } = useProfile();
  const member = profile?.member ?? null;
  const openedFor = useAccountListStore((s) => s.openedFor);
  const openFor = useAccountListStore((s) => s.openFor);
  useEffect(() => {
    if (member && openedFor !== member.id) openFor(member.id, listOpensOn(member));
  }, [member, openedFor, openFor]);
  return profile !== undefined && (member === null || openedFor === member.id);
}
