import { Button } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffedAccount } from './StaffingDialog';

// The dialog and its pickers load with its first opening, not with the list.
const StaffingDialog = lazy(() =>
  import('./StaffingDialog').then((m) => ({ default: m.StaffingDialog })),
);

/**
 * "Staff account", where the member may set who covers the account (the caller asks
 * the write rule: useRefusal / useAbilities); opens the staffing dialog.
 */
export function StaffButton({
  account,
  compact = false,
}: {
  account: StaffedAccount;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        size={compact ? 'compact-xs' : 'compact-sm'}
        variant={compact ? 'subtle' : 'filled'}
        aria-label={compact ? t('staffing.openFor', { name: account.name }) : undefined}
        data-testid={compact ? undefined : 'staff-account'}
        onClick={(event) => {
          // in a list row: the row's own click opens the account
          event.stopPropagation();
          setOpened(true);
        }}
      >
        {t(compact ? 'staffing.openShort' : 'staffing.open')}
      </Button>
      {opened && (
        // A click in the dialog reaches a list row through React's tree: it stays here.
        <div onClick={(event) => event.stopPropagation()}>
          <Suspense fallback={null}>
            <StaffingDialog account={account} onClose={() => setOpened(false)} />
          </Suspense>
        </div>
      )}
    </>
  );
}
