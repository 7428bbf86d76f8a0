import { agreementsTable, assessmentsTable } from '../../../shared/domain/relationship';
import type { Agreement, Assessment } from '../../../shared/domain/relationship';
import type { ParsedInputOf } from '../../../shared/api';
import { currentActor, type Core } from '../../core/core';
import { accountRecords } from '../records/crud';

/** Reviews of a relationship, latest first: the health trend reads them in order. */
const assessments = accountRecords<Assessment>(assessmentsTable, 'assessed_on DESC, id DESC');

export const listAssessments = assessments.list;
export const getAssessment = assessments.get;
export const updateAssessment = assessments.update;
export const archiveAssessment = assessments.archive;

/** Assessed by whoever is signed in, unless it names a colleague. */
export function createAssessment(core: Core, input: ParsedInputOf<'createAssessment'>): Assessment {
  const assessedById = input.assessedById ?? currentActor(core)?.id ?? null;
  return assessments.create(core, { ...input, assessedById });
}

/** Written agreements with suppliers, distributors and contractors, latest start first. */
const agreements = accountRecords<Agreement>(
  agreementsTable,
  'starts_on IS NULL, starts_on DESC, id DESC',
);

export const listAgreements = agreements.list;
export const getAgreement = agreements.get;
export const createAgreement = agreements.create;
export const updateAgreement = agreements.update;
export const archiveAgreement = agreements.archive;
