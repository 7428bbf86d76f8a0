import { RapportError } from '../../shared/errors';
import type { AppRole } from '../../shared/domain/enums';
import type { Core } from './core';

/**
 * The core enforces what the profile may do (DESIGN §1); the UI only hides it. A
 * database with no profile yet is in set-up: its single local user may do anything.
 */
export function requireRole(core: Core, allowed: readonly AppRole[], action: string): void {
  if (!core.actor) return;
  if (!allowed.includes(core.actor.appRole)) {
    throw new RapportError('forbidden', `Only a ${allowed.join(' or ')} may ${action}`);
  }
}

export const MANAGERS: readonly AppRole[] = ['lead', 'admin'];
