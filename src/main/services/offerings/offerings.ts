import { offeringsTable, type Offering } from '../../../shared/domain/commerce';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { getRecord, inTransaction, listRecords } from '../../core/records';
import { referenceRecords } from '../team/team';
import { messages } from '../../../shared/domain/messages';

/**
 * The offerings catalogue: core products and the services bundled with them. Shared
 * reference data: only leads and admins change it (the write path's rule).
 */
const records = referenceRecords<Offering>(offeringsTable);

export function listOfferings(
  core: Core,
  { kind, includeArchived }: ParsedInputOf<'listOfferings'>,
): Offering[] {
  const all = listRecords<Offering>(core, offeringsTable, includeArchived, 'kind, name');
  return kind ? all.filter((o) => o.kind === kind) : all;
}

export function getOffering(core: Core, { id }: ParsedInputOf<'getOffering'>): Offering {
  return getRecord<Offering>(core, offeringsTable, id);
}

export const createOffering = records.create;
export const archiveOffering = records.archive;

/** A service keeps its kind of service, also when a patch makes a product a service. */
export function updateOffering(core: Core, input: ParsedInputOf<'updateOffering'>): Offering {
  return inTransaction(core, () => {
    const after = { ...getRecord<Offering>(core, offeringsTable, input.id), ...input.patch };
    if (after.kind === 'service' && !after.service) {
      throw RapportError.validation('patch.service', messages.serviceKind({}));
    }
    return records.update(core, input);
  });
}
