import type { z } from 'zod';
import type { HandOverPlan } from '../../../shared/domain/handover';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { idBytes } from '../../db/codec';

export type ParsedPlan = z.output<typeof HandOverPlan>;

/** Someone who gives or receives in a hand-over. */
export interface Receiver {
  memberId: string;
  name: string;
}

/** A live team member named in a hand-over, or a message naming the field. */
export function memberNamed(core: Core, memberId: string, field: string): Receiver {
  const row = core
    .statement('SELECT name FROM team_members WHERE id = ? AND deleted = 0')
    .get(idBytes(memberId)) as { name: string } | undefined;
  if (!row) throw RapportError.validation(field, `Team member ${memberId} does not exist`);
  return { memberId, name: row.name };
}
