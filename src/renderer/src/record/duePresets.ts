import { addDays } from '../week/days';

/** The next step's usual due dates, offered beside its date field; labels are `record.due.<preset>`. */
export const DUE_PRESETS = ['tomorrow', 'in3Days', 'nextWeek', 'inAMonth'] as const;
export type DuePreset = (typeof DUE_PRESETS)[number];

/** The same day a month on, or that month's last day when it is shorter (31 Jan → 28 Feb). */
function addMonth(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The day a preset names, counted from today (an ISO calendar date). */
export function dueOn(preset: DuePreset, today: string): string {
  switch (preset) {
    case 'tomorrow':
      return addDays(today, 1);
    case 'in3Days':
      return addDays(today, 3);
    case 'nextWeek':
      return addDays(today, 7);
    case 'inAMonth':
      return addMonth(today);
  }
}

/** The preset that names `due` today, if one does. */
export const presetOf = (due: string, today: string): DuePreset | undefined =>
  DUE_PRESETS.find((preset) => dueOn(preset, today) === due);
