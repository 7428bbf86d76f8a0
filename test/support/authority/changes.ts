import { hlcAt } from '../../../src/shared/hlc';
import type { Column } from '../../../src/shared/schema/column';
import type { Table } from '../../../src/shared/schema/table';
import { TABLES } from '../../../src/shared/schema/tables';
import type { WireChange } from '../../../src/shared/sync/wire';
import type { BookModel } from './model';

/** A seeded generator (mulberry32): the same seed gives the same run. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  uuid(): string {
    const bytes = Array.from({ length: 16 }, () => this.int(0, 255));
    bytes[6] = (bytes[6]! & 0x0f) | 0x70;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = Buffer.from(bytes).toString('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

const MIN_MS = Date.parse('1970-01-01T00:00:00Z');
const MAX_MS = Date.parse('2200-01-01T00:00:00Z');

/** A node's place in its log: the next seq and the latest clock it stamped. */
export interface NodeLog {
  readonly node: string;
  seq: number;
  hlc: number;
}

/** A node no device has used yet, drawn from the run's seed (a run is repeatable). */
export const newNode = (rng: Random): NodeLog => ({
  node: Array.from({ length: 8 }, () => rng.int(0, 255).toString(16).padStart(2, '0')).join(''),
  seq: 0,
  hlc: 0,
});

/**
 * One random change a hostile or careless device could push: mostly to rows of the
 * book (some in the device's own scope, so that much is accepted), sometimes to new
 * rows or tables that do not exist; fields set to values their column accepts, to
 * another row's id, or to junk; clocked now, or anywhere from 1970 to 2200; under the
 * node of `log` (the device's own, or another's).
 */
export function randomChange(
  rng: Random,
  model: BookModel,
  log: NodeLog,
  mine: readonly string[],
): WireChange {
  const t = rng.pick(TABLES as readonly Table[]);
  const unknownTable = rng.chance(0.02);
  const existing = model.ids(t.name);
  const inScope = existing.filter((id) => {
    const account = model.accountOf(t, id);
    return account === null || (typeof account === 'string' && mine.includes(account));
  });
  const isNew = rng.chance(0.2) || existing.length === 0;
  const row = isNew
    ? rng.uuid()
    : rng.chance(0.6) && inScope.length > 0
      ? rng.pick(inScope)
      : rng.pick(existing);
  const values: Record<string, unknown> = {};
  if (isNew) {
    const template = existing.length > 0 ? model.values(t.name, rng.pick(existing)) : {};
    Object.assign(values, template);
    if (t.account && t.account !== 'id' && rng.chance(0.7) && mine.length > 0) {
      values[t.account] = rng.pick(mine);
    }
  }
  const fields = [...Object.keys(t.columns), 'archived'];
  for (let n = rng.int(1, 3); n > 0; n--) {
    const field = rng.chance(0.03) ? 'shoeSize' : rng.pick(fields);
    values[field] = randomValue(rng, model, t, field, mine);
  }
  // Mostly the node's honest clock (never going back), else any moment from 1970 to 2200.
  const hlc = rng.chance(0.75)
    ? Math.max(hlcAt(Date.now()), log.hlc + 1)
    : hlcAt(rng.int(MIN_MS, MAX_MS));
  if (hlc <= hlcAt(Date.now())) log.hlc = Math.max(log.hlc, hlc);
  const seq = log.seq + 1;
  log.seq += Object.keys(values).length;
  return {
    node: log.node,
    seq,
    hlc,
    table: unknownTable ? 'secrets' : t.name,
    row,
    values: values as WireChange['values'],
    bases: null,
  };
}

function randomValue(
  rng: Random,
  model: BookModel,
  t: Table,
  field: string,
  mine: readonly string[],
): unknown {
  if (rng.chance(0.06)) return junk(rng);
  if (field === 'archived') return rng.chance(0.5);
  const column = t.columns[field];
  if (!column) return rng.int(0, 99);
  const link = t.links?.[field];
  if (link) {
    const ids = model.ids(link.references);
    return ids.length === 0 ? [] : [rng.pick(ids)];
  }
  if (column.references) {
    if (rng.chance(0.1)) return null;
    if (column.references === 'accounts' && mine.length > 0 && rng.chance(0.5))
      return rng.pick(mine);
    const ids = model.ids(column.references);
    return rng.chance(0.05) || ids.length === 0 ? rng.uuid() : rng.pick(ids);
  }
  return valueOf(rng, column, field);
}

function valueOf(rng: Random, column: Column, field: string): unknown {
  if (column.values) return rng.pick(column.values);
  switch (column.storage) {
    case 'boolean':
      return rng.chance(0.5);
    case 'integer':
      return column.range ? rng.int(column.range[0], column.range[1]) : rng.int(0, 10);
    case 'real':
      return field === 'creditShare' ? rng.pick([0, 10, 30, 50, 100]) : rng.int(0, 5000);
    case 'day':
      return `${rng.int(2019, 2032)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`;
    case 'instant':
      return `${rng.int(2019, 2032)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}T0${rng.int(0, 9)}:30:00+0${rng.int(0, 9)}:00`;
    case 'json':
      return [];
    default:
      return field === 'currency'
        ? rng.pick(['NOK', 'EUR', 'IRR'])
        : rng.pick(['Oslo', 'Qom', ' Hà Nội ', 'x'.repeat(rng.int(1, 300))]);
  }
}

function junk(rng: Random): unknown {
  return rng.pick<unknown>([
    null,
    '',
    -1,
    1e308,
    'not a date',
    { nested: { deeper: [1, 2, 3] } },
    [[[[[[[['deep']]]]]]]],
    true,
    'a'.repeat(20_000),
  ]);
}
