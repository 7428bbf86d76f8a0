import type { ReportName } from '../../shared/reports';
import type { ParsedJobInputOf } from '../../shared/jobs';
import type { Core } from '../core/core';
import { accountsReport } from './accounts';
import { contactsReport } from './contacts';
import { listReport } from './list';
import { weekReport } from './week';
import { gapsReport } from './gaps';
import { workloadReport } from './workload';
import { healthReport } from './health';
import { datesReport } from './dates';
import { historyReport } from './history';
import { pipelineReport } from './pipeline';
import { planReport } from './plan';
import type { Report } from './table';

type Maker = (core: Core, input: ParsedJobInputOf<'export'>) => Report;

/** Every report by name: what `rapport export --list` names and the app offers. */
export const REPORTS: Record<ReportName, Maker> = {
  list: listReport,
  accounts: accountsReport,
  contacts: contactsReport,
  week: weekReport,
  gaps: gapsReport,
  workload: workloadReport,
  health: healthReport,
  dates: datesReport,
  history: historyReport,
  pipeline: pipelineReport,
  plan: planReport,
};
