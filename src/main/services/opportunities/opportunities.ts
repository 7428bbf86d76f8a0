import {
  offeringsTable,
  opportunitiesTable,
  opportunityStepsTable,
  type Offering,
  type Opportunity,
  type OpportunityDetail,
  type OpportunityStep,
} from '../../../shared/domain/commerce';
import { reasonNeeded } from '../../../shared/rules/selling';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import { currentActor, type Core } from '../../core/core';
import {
  findRecord,
  getRecord,
  insertRecord,
  inTransaction,
  listByAccount,
  updateRecord,
  withLinks,
} from '../../core/records';
import { idBytes, mappingOf } from '../../db/codec';
import { requireReferences } from '../records/crud';

type Values = Record<string, unknown>;

export function listOpportunities(
  core: Core,
  { accountId, includeArchived }: ParsedInputOf<'listOpportunities'>,
): Opportunity[] {
  return listByAccount<Opportunity>(
    core,
    opportunitiesTable,
    accountId,
    includeArchived,
    'expected_close IS NULL, expected_close, id',
  );
}

/** The deal with every step it took, oldest first. */
export function getOpportunity(
  core: Core,
  { id }: ParsedInputOf<'getOpportunity'>,
): OpportunityDetail {
  const opportunity = getRecord<Opportunity>(core, opportunitiesTable, id);
  return { opportunity, steps: stepsOf(core, id) };
}

/** A new deal starts its step history at the step it is created in. */
export function createOpportunity(
  core: Core,
  input: ParsedInputOf<'createOpportunity'>,
): Opportunity {
  return inTransaction(core, () => {
    requireReferences(core, opportunitiesTable, input);
    checkOffering(core, input, '');
    const opportunity = insertRecord<Opportunity>(core, opportunitiesTable, input);
    recordStep(core, opportunity, null);
    return opportunity;
  });
}

/**
 * Every step change, and closing a deal as won or lost, goes into the history; when it
 * needs a reason is the selling rule's to say (src/shared/rules/selling.ts).
 */
export function updateOpportunity(
  core: Core,
  { id, patch }: ParsedInputOf<'updateOpportunity'>,
): Opportunity {
  return inTransaction(core, () => {
    const before = getRecord<Opportunity>(core, opportunitiesTable, id);
    const { stepReason, ...fields } = patch;
    requireReferences(core, opportunitiesTable, fields);
    checkOffering(core, fields, 'patch.', before);
    const moved = (['step', 'status'] as const).some(
      (field) => fields[field] !== undefined && fields[field] !== before[field],
    );
    const refusal = moved && !stepReason ? reasonNeeded(before, fields) : null;
    if (refusal) throw RapportError.validation('patch.stepReason', refusal);
    const after = updateRecord<Opportunity>(core, opportunitiesTable, id, fields);
    if (after.accountId !== before.accountId) moveSteps(core, id, after.accountId);
    if (moved) recordStep(core, after, stepReason ?? null);
    return after;
  });
}

export function archiveOpportunity(
  core: Core,
  { id, archived }: ParsedInputOf<'archiveOpportunity'>,
): Opportunity {
  return inTransaction(core, () =>
    updateRecord<Opportunity>(core, opportunitiesTable, id, { archived }),
  );
}

/** The step history through the one write path: it is synced like any other row. */
function recordStep(core: Core, opportunity: Opportunity, reason: string | null): void {
  insertRecord<OpportunityStep>(core, opportunityStepsTable, {
    opportunityId: opportunity.id,
    accountId: opportunity.accountId,
    step: opportunity.step,
    changedAt: new Date().toISOString(),
    changedById: currentActor(core)?.id ?? null,
    reason,
  });
}

/** A deal moved to another account takes its history along (sync scope is per account). */
function moveSteps(core: Core, opportunityId: string, accountId: string): void {
  for (const step of stepsOf(core, opportunityId)) {
    updateRecord(core, opportunityStepsTable, step.id, { accountId });
  }
}

function stepsOf(core: Core, opportunityId: string): OpportunityStep[] {
  const rows = core
    .statement(
      `SELECT ${mappingOf(opportunityStepsTable).select} FROM opportunity_steps
       WHERE opportunity_id = ? AND deleted = 0 ORDER BY changed_at, id`,
    )
    .all(idBytes(opportunityId)) as Values[];
  return withLinks<OpportunityStep>(core, opportunityStepsTable, rows);
}

/**
 * The offering a deal proposes comes from the catalogue: a core product, plus
 * services. Only newly chosen offerings are checked, so an offering archived later
 * does not block editing the rest of an older deal.
 */
function checkOffering(
  core: Core,
  fields: { coreProductId?: string | null; serviceIds?: string[] },
  prefix: string,
  before?: Opportunity,
): void {
  if (fields.coreProductId && fields.coreProductId !== before?.coreProductId) {
    requireOffering(core, fields.coreProductId, 'core_product', `${prefix}coreProductId`);
  }
  (fields.serviceIds ?? []).forEach((serviceId, i) => {
    if (before?.serviceIds.includes(serviceId)) return;
    requireOffering(core, serviceId, 'service', `${prefix}serviceIds.${i}`);
  });
}

const KIND_WORDS = { core_product: 'a core product', service: 'a service' } as const;

function requireOffering(core: Core, id: string, kind: Offering['kind'], field: string): void {
  const offering = findRecord<Offering>(core, offeringsTable, id);
  if (!offering) throw RapportError.validation(field, `Offering ${id} does not exist`);
  if (offering.kind !== kind) {
    throw RapportError.validation(
      field,
      `${offering.name} is not ${KIND_WORDS[kind]} of the catalogue`,
    );
  }
  if (offering.archived) {
    throw RapportError.validation(field, `${offering.name} is no longer offered`);
  }
}
