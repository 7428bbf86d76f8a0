/**
 * Dates relative to the demo's "today", as the ISO strings the schema stores. Day
 * strings are cached: the generator formats millions of them.
 */
const DAY_MS = 86_400_000;
const PAST_DAYS = 12 * 366;
const FUTURE_DAYS = 400;

export class Calendar {
  /** Epoch milliseconds of today's midnight UTC. */
  readonly todayMillis: number;
  readonly year: number;
  private readonly days: string[];
  private readonly times: string[];

  constructor(today: string) {
    const millis = Date.parse(`${today}T00:00:00.000Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(millis)) {
      throw new Error(`Not a date (YYYY-MM-DD): ${today}`);
    }
    this.todayMillis = millis;
    this.year = new Date(millis).getUTCFullYear();
    this.days = [];
    for (let offset = -FUTURE_DAYS; offset <= PAST_DAYS; offset++) {
      this.days.push(new Date(millis - offset * DAY_MS).toISOString().slice(0, 10));
    }
    this.times = [];
    for (let hour = 7; hour <= 17; hour++) {
      for (let minute = 0; minute < 60; minute += 5) {
        this.times.push(
          `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`,
        );
      }
    }
  }

  /** The date `daysAgo` days before today (negative: in the future), YYYY-MM-DD. */
  day(daysAgo: number): string {
    const cached = this.days[daysAgo + FUTURE_DAYS];
    if (cached !== undefined) return cached;
    return new Date(this.todayMillis - daysAgo * DAY_MS).toISOString().slice(0, 10);
  }

  /** An ISO timestamp during working hours on that day; `slot` picks the time. */
  at(daysAgo: number, slot: number): string {
    return this.day(daysAgo) + (this.times[slot % this.times.length] as string);
  }

  get timeSlots(): number {
    return this.times.length;
  }

  /** How many days ago a calendar date was (negative: in the future). */
  daysAgo(year: number, month: number, day: number): number {
    return Math.round((this.todayMillis - Date.UTC(year, month - 1, day)) / DAY_MS);
  }
}

/** Today's date in UTC, YYYY-MM-DD. */
export function utcToday(): string {
  return new Date().toISOString().slice(0, 10);
}
