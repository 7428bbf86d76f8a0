import type { AppRole } from '../domain/enums';

/**
 * Whose accounts the account list opens on: a rep's own (the accounts they own today),
 * a lead's or an admin's whole book on the laptop, which is their team's (or everyone's).
 */
export function listOpensOn(member: { id: string; appRole: AppRole }): string | null {
  return member.appRole === 'rep' ? member.id : null;
}
