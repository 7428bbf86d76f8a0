import fs from 'node:fs';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Agenda, AgendaItem } from '../../shared/domain/week';
import type { Words } from '../../shared/words';
import { enumLabel } from '../../shared/words';
import type { Progress } from './progress';

/**
 * My week as an iCalendar file (RFC 5545, through the `ics` library): each follow-up and
 * key date an all-day event on its day, named for what is due and the account, with the
 * contact and how to reach them. Each event's UID names its item, so a calendar that
 * imports the file again updates the events instead of doubling them.
 */
export function writeIcs(
  file: string,
  agenda: Agenda,
  w: Words,
  title: string,
  progress: Progress,
): number {
  const events = agenda.items.map((item): EventAttributes => {
    const kind = enumLabel(w, 'agendaKind', item.kind);
    return {
      uid: uidOf(item),
      start: dayOf(item.day),
      end: dayOf(nextDay(item.day)),
      title: `${item.title} — ${item.account.name}`,
      description: [
        kind,
        item.contact?.name,
        item.contact?.title,
        item.contact?.email,
        item.contact?.mobile ?? item.contact?.phone,
      ]
        .filter(Boolean)
        .join('\n'),
      categories: kind ? [kind] : undefined,
    };
  });
  const { error, value } = createEvents(events, { productId: 'Rapport', calName: title });
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  fs.writeFileSync(file, value);
  progress(events.length);
  return events.length;
}

function uidOf(item: AgendaItem): string {
  const { ref } = item;
  const name =
    ref.kind === 'follow_up'
      ? `follow-up-${ref.interactionId}`
      : `${ref.occasion}-${ref.date}-${ref.contactId ?? ref.accountId}-${encodeURIComponent(ref.name)}`;
  return `${name}@rapport`;
}

const dayOf = (day: string): DateArray => {
  const [y, m, d] = day.split('-').map(Number);
  return [y!, m!, d!];
};

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
