import { firstDayOfWeek, weekLocale, type Weekday } from '../../../shared/calendar/weekStart';
import { useLanguageStore } from './languageStore';

/** The first day of the user's week: their language's country, or in English their region. */
export function useFirstDayOfWeek(): Weekday {
  const language = useLanguageStore((s) => s.language);
  return firstDayOfWeek(weekLocale(language, navigator.language));
}
