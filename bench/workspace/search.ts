import { performance } from 'node:perf_hooks';
import { currentActor, setProfile, type Core } from '../../src/main/core/core';
import { dispatch } from '../../src/main/api/dispatch';
import { idText } from '../../src/main/db/codec';

/**
 * Search as a rep types (issue 13: p95 ≤ 10 ms in the core): the first 1, 2, 3 and 5
 * letters of real account and contact names, and whole names, in Latin and Persian
 * script, each timed as its own call. Run as the book's profile (a lead, who covers
 * few accounts) and as the rep who covers the most accounts (whose own rows are judged
 * on every keystroke); the profile is put back afterwards. Beside the time waited, the
 * CPU time each call took: on a shared, loaded machine the wait is mostly other
 * processes' turn, the CPU time is the search's own work.
 */
export interface SearchFigure {
  who: string;
  typed: string;
  count: number;
  p50: number;
  p95: number;
  max: number;
  cpuP50: number;
  cpuP95: number;
}

const SAMPLES = 60;

function names(core: Core, table: 'accounts' | 'contacts', persian: boolean): string[] {
  return core.db
    .prepare(
      `SELECT name FROM ${table} WHERE deleted = 0 AND archived = 0
       AND (name GLOB '*[ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيك]*') = ?
       AND rid % 97 = 13 ORDER BY rid LIMIT ?`,
    )
    .pluck()
    .all(persian ? 1 : 0, SAMPLES / 2) as string[];
}

function typedTexts(core: Core, persian: boolean): Map<string, string[]> {
  const all = [...names(core, 'accounts', persian), ...names(core, 'contacts', persian)];
  const texts = new Map<string, string[]>();
  const add = (kind: string, text: string) => texts.set(kind, [...(texts.get(kind) ?? []), text]);
  for (const name of all) {
    const word = [...(name.split(/\s+/)[0] ?? name)];
    for (const n of [1, 2, 3, 5])
      if (word.length >= n) add(`${n} letters`, word.slice(0, n).join(''));
    add('whole name', name);
  }
  return texts;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function measure(core: Core, who: string, rounds: number): SearchFigure[] {
  const figures: SearchFigure[] = [];
  for (const persian of [false, true]) {
    for (const [kind, texts] of typedTexts(core, persian)) {
      for (const text of texts.slice(0, 5)) dispatch(core, 'search', { text, limit: 20 });
      const samples: number[] = [];
      const cpu: number[] = [];
      for (let r = 0; r < rounds; r++) {
        for (const text of texts) {
          const start = performance.now();
          const used = process.cpuUsage();
          const reply = dispatch(core, 'search', { text, limit: 20 });
          const { user, system } = process.cpuUsage(used);
          samples.push(performance.now() - start);
          cpu.push((user + system) / 1000);
          if (!reply.ok) throw new Error(`search: ${reply.error.message}`);
        }
      }
      samples.sort((a, b) => a - b);
      cpu.sort((a, b) => a - b);
      figures.push({
        who,
        typed: `${persian ? 'Persian' : 'Latin'}, ${kind}`,
        count: samples.length,
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
        max: samples[samples.length - 1] ?? NaN,
        cpuP50: percentile(cpu, 50),
        cpuP95: percentile(cpu, 95),
      });
    }
  }
  return figures;
}

export function searchAsYouType(core: Core, rounds = 3): SearchFigure[] {
  const profile = currentActor(core);
  const rep = core.db
    .prepare(
      `SELECT s.member_id FROM assignments s JOIN team_members m ON m.id = s.member_id
       WHERE m.app_role = 'rep' AND s.deleted = 0 AND s.valid_to IS NULL
       GROUP BY s.member_id ORDER BY count(*) DESC, s.member_id LIMIT 1`,
    )
    .pluck()
    .get() as Buffer | undefined;
  const figures = measure(core, profile ? `profile (${profile.appRole})` : 'nobody', rounds);
  if (!rep || !profile) return figures;
  try {
    setProfile(core, idText(rep));
    figures.push(...measure(core, 'busiest rep', rounds));
  } finally {
    setProfile(core, profile.id);
  }
  return figures;
}
