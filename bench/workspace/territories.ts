/**
 * Territory suggestions (issue 20: 100k accounts against 1,000 rules ≤ 2 s), through the
 * API's dispatch as the app makes the call: an admin's whole book and the demo lead's
 * team. On a copy of the book, 1,000 territories are added, each with a rep, besides the
 * demo's own: rules naming a country and region with an account's whole postcode (more
 * specific than the demo's), with an industry, with an industry and a postcode prefix,
 * and copies of earlier ones (ties). Run by bench/run.ts; alone:
 * `npx tsx bench/workspace/territories.ts FILE` (a copy of a book: an older one is migrated).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { createCore, setProfile, type Core } from '../../src/main/core/core';
import { idText } from '../../src/main/db/codec';
import { openDatabase } from '../../src/main/db/open';
import type { MethodName } from '../../src/shared/api';
import type { OwnerSuggestions } from '../../src/shared/domain/suggestions';
import type { TerritoryRules } from '../../src/shared/domain/team';
import { normalPostcode } from '../../src/shared/rules/territory';

const ADDED = 1_000;
const RUNS = 7;

interface Timing {
  who: string;
  accounts: number;
  rules: number;
  suggestions: number;
  ties: number;
  min: number;
  median: number;
  max: number;
}

function call(core: Core, method: MethodName, input: unknown): unknown {
  const reply = dispatch(core, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

interface Sample {
  country: string;
  region: string;
  postcode: string;
  industry: string;
}

/** The rules of the i-th added territory, from an account of the book (see the header). */
function rulesFor(i: number, a: Sample, earlier: readonly TerritoryRules[]): TerritoryRules {
  const place = { countries: [a.country], regions: [a.region] };
  const none = { postcodes: [], industries: [], accountKinds: [] };
  const code = normalPostcode(a.postcode);
  switch (i % 4) {
    case 0:
      return { ...none, ...place, postcodes: [code] };
    case 1:
      return { ...none, ...place, industries: [a.industry] };
    case 2:
      return { ...none, ...place, industries: [a.industry], postcodes: [code.slice(0, 3)] };
    default:
      return earlier[i - 3]!;
  }
}

/** Adds the territories and their reps as the admin, in one transaction. */
function addRules(core: Core): number {
  const samples = core.db
    .prepare(
      `SELECT country, region, postcode, industry FROM accounts
       WHERE sales_force = 'geographic' AND country IS NOT NULL AND region IS NOT NULL
         AND postcode IS NOT NULL AND industry IS NOT NULL AND deleted = 0
       ORDER BY rid LIMIT ?`,
    )
    .all(ADDED * 50)
    .filter((_, i) => i % 50 === 0) as Sample[];
  const made: TerritoryRules[] = [];
  core.transaction(() => {
    samples.forEach((sample, i) => {
      const rules = rulesFor(i, sample, made);
      made.push(rules);
      const territory = call(core, 'createTerritory', { name: `Bench ${i}`, rules }) as {
        id: string;
      };
      call(core, 'createTeamMember', {
        name: `Bench Rep ${i}`,
        salesForce: 'geographic',
        territoryId: territory.id,
      });
    });
  });
  return made.length;
}

function timed(core: Core, who: string, rules: number): Timing {
  const samples: number[] = [];
  let last: OwnerSuggestions | null = null;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    last = call(core, 'suggestOwners', {}) as OwnerSuggestions;
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const accounts = core.db
    .prepare("SELECT count(*) FROM accounts WHERE deleted = 0 AND sales_force = 'geographic'")
    .pluck()
    .get() as number;
  return {
    who,
    accounts,
    rules,
    suggestions: last!.suggestions.length,
    ties: last!.suggestions.filter((s) => s.candidates.length > 1).length,
    min: samples[0]!,
    median: samples[Math.floor(RUNS / 2)]!,
    max: samples[RUNS - 1]!,
  };
}

/** On a copy of `file`: the admin's whole book, then the demo lead's team. */
export function territoryFigures(file: string): Timing[] {
  const work = path.join(os.tmpdir(), `rapport-bench-territories-${process.pid}.db`);
  fs.copyFileSync(file, work);
  const core = createCore(openDatabase(work));
  try {
    const lead = idText(
      core.db
        .prepare("SELECT unhex(value) FROM meta WHERE key = 'profile_member_id'")
        .pluck()
        .get() as Buffer,
    );
    const admin = idText(
      core.db
        .prepare("SELECT id FROM team_members WHERE app_role = 'admin'")
        .pluck()
        .get() as Buffer,
    );
    setProfile(core, admin);
    const added = addRules(core);
    const rules = core.db
      .prepare('SELECT count(*) FROM territories WHERE deleted = 0')
      .pluck()
      .get() as number;
    const all = timed(core, `an admin (${added.toLocaleString('en')} rules added)`, rules);
    setProfile(core, lead);
    return [all, timed(core, "the demo's lead", rules)];
  } finally {
    core.close();
    // The copy, its journal, and its copy from before a migration (an older book).
    const name = path.basename(work);
    for (const file of fs.readdirSync(path.dirname(work))) {
      if (file.startsWith(name)) fs.rmSync(path.join(path.dirname(work), file), { force: true });
    }
  }
}

const ms = (v: number) => `${v.toFixed(0)} ms`;

export function territoryRows(timings: Timing[]) {
  return timings.map((t) => ({
    measure: `territory suggestions, ${t.who}: ${t.accounts.toLocaleString('en')} geographic accounts, ${t.rules.toLocaleString('en')} rules → ${t.suggestions.toLocaleString('en')} suggestions (${t.ties.toLocaleString('en')} ties), ${RUNS}× (min / median / max)`,
    value: `${ms(t.min)} / ${ms(t.median)} / ${ms(t.max)}`,
    goal: '≤ 2 s',
  }));
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/territories.ts FILE');
  console.table(territoryRows(territoryFigures(file)));
}
