import { holidaysTable, type Holiday } from '../../../shared/domain/relationship';
import type { HolidayCalendar } from '../../../shared/domain/enums';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { getRecord, inTransaction, listRecords } from '../../core/records';
import { referenceRecords } from '../team/team';

/**
 * Holidays per country: shared reference data, changed by leads and admins only (the
 * write path's rule). Each is a day of its own calendar; key dates place it in the
 * Gregorian year.
 */
const records = referenceRecords<Holiday>(holidaysTable);

export function listHolidays(
  core: Core,
  { includeArchived }: ParsedInputOf<'listHolidays'>,
): Holiday[] {
  return listRecords<Holiday>(core, holidaysTable, includeArchived, 'country, month, day, name');
}

export function getHoliday(core: Core, { id }: ParsedInputOf<'getHoliday'>): Holiday {
  return getRecord<Holiday>(core, holidaysTable, id);
}

export function createHoliday(core: Core, input: ParsedInputOf<'createHoliday'>): Holiday {
  requireDayInMonth(input, '');
  return records.create(core, input);
}

export function updateHoliday(core: Core, input: ParsedInputOf<'updateHoliday'>): Holiday {
  return inTransaction(core, () => {
    const before = getRecord<Holiday>(core, holidaysTable, input.id);
    requireDayInMonth({ ...before, ...input.patch }, 'patch.');
    return records.update(core, input);
  });
}

export const archiveHoliday = records.archive;

/**
 * The longest month of each calendar: 29 February is allowed (a leap-day holiday is
 * kept in leap years only), so is 30 Esfand and day 30 of a lunar month.
 */
const LONGEST: Record<HolidayCalendar, readonly number[]> = {
  gregorian: [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
  persian: [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30],
  lunar: Array<number>(12).fill(30),
};

function requireDayInMonth(
  h: { calendar: HolidayCalendar; month: number; day: number },
  prefix: string,
): void {
  const longest = LONGEST[h.calendar][h.month - 1]!;
  if (h.day > longest) {
    throw RapportError.validation(
      `${prefix}day`,
      `Day must be from 1 to ${longest} in month ${h.month} of the ${h.calendar} calendar`,
    );
  }
}
