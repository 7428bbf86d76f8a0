import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { paths } from '../app/router';
import { useAbilities } from '../staffing/queries';

/** "Offerings", for those who keep the catalogue (not a rep): the write rule's answer. */
export function OfferingsNavLink({ active }: { active: boolean }) {
  const { t } = useTranslation();
  if (!useAbilities([]).data?.catalogue) return null;
  return (
    <NavLink
      href={paths.offerings()}
      label={t('offerings.nav')}
      active={active}
      aria-current={active ? 'page' : undefined}
    />
  );
}
