import type { Access } from '../../shared/api';
import { messages } from '../../shared/domain/messages';
import { RapportError } from '../../shared/errors';
import { currentActor, type Core } from '../core/core';
import { requireActor } from '../core/permissions';

/**
 * The method-level half of the role rules, applied by dispatch to every method from
 * its declared access; the row-level half is in the one write path.
 */
export function authorizeCall(core: Core, access: Access): void {
  if (access === 'write') requireActor(core);
  if (access === 'manage' && requireActor(core).appRole === 'rep') {
    throw new RapportError('forbidden', messages.repAssigns({}));
  }
  if (access === 'setup' && currentActor(core)) {
    throw new RapportError('forbidden', 'This database already has a profile; it is set up once');
  }
}
