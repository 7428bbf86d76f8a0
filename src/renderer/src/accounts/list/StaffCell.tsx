import { createContext, useContext } from 'react';
import type { AccountListRow } from '../../../../shared/domain/account';
import { StaffButton } from '../../staffing/StaffButton';

/** The list's accounts on screen whose cover the member may set (useStaffableRows). */
export const StaffableContext = createContext<ReadonlySet<string>>(new Set());

/** "Staff" on a row of an account the member may staff; nothing on any other. */
export function StaffCell({ account }: { account: AccountListRow }) {
  const staffable = useContext(StaffableContext);
  return staffable.has(account.id) ? <StaffButton account={account} compact /> : null;
}
