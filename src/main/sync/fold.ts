import { compareStamps, type Stamp } from '../../shared/hlc';
import { tableNamed } from '../../shared/schema/tables';
import type { WireChange } from '../../shared/sync/wire';
import type { Core } from '../core/core';
import { idBytes } from '../db/codec';

/** A new row's changes taken as one: what it stands for, and each field's own clock. */
export interface Folded {
  /** The changes it stands for: these wait in the inbox if the row cannot be made yet. */
  readonly parts: readonly WireChange[];
  /** The clock of each field's value, where it is not the row's (a later change set it). */
  readonly clocks: Readonly<Record<string, Stamp>>;
}

/**
 * A row this laptop does not have yet arrives with its whole history (a device's scope
 * grew): the change that made it, and every later one. Applied one by one, the first can
 * name a row that it no longer points to and that is not on this laptop (a site's former
 * parent, outside its scope), and wait for ever. So when its changes name different rows
 * in one reference (it was pointed elsewhere), they are taken as one: the row is made
 * with each field's latest value (last writer wins, as the merge decides), each field
 * keeping the clock that set it. Returns the changes with each such row's folded into
 * its earliest, and what each folded change stands for.
 */
export function foldNewRows(
  core: Core,
  changes: readonly WireChange[],
): { changes: WireChange[]; folded: Map<WireChange, Folded> } {
  const byRow = new Map<string, WireChange[]>();
  for (const c of changes) {
    const key = `${c.table}:${c.row}`;
    const group = byRow.get(key);
    if (group) group.push(c);
    else byRow.set(key, [c]);
  }
  const folded = new Map<WireChange, Folded>();
  const replaced = new Map<WireChange, WireChange | null>();
  for (const group of byRow.values()) {
    // The earliest change stands for the row (with a forged old clock, that may not be
    // the one that made it: every part is folded in all the same).
    const first = group[0]!;
    const makes = group.some((c) => c.bases === null);
    if (group.length < 2 || !makes || !repointed(group) || isHere(core, first)) continue;
    const winners = new Map<string, { value: unknown; stamp: Stamp }>();
    for (const c of group) {
      for (const [field, value] of Object.entries(c.values)) {
        const kept = winners.get(field);
        if (!kept || compareStamps(c, kept.stamp) > 0) {
          winners.set(field, { value, stamp: { hlc: c.hlc, node: c.node } });
        }
      }
    }
    const clocks: Record<string, Stamp> = {};
    for (const [field, { stamp }] of winners) {
      if (compareStamps(stamp, first) !== 0) clocks[field] = stamp;
    }
    const whole: WireChange = {
      ...first,
      bases: null, // it makes the row
      values: Object.fromEntries(
        [...winners].map(([f, w]) => [f, w.value]),
      ) as WireChange['values'],
    };
    folded.set(whole, { parts: group, clocks });
    for (const c of group) replaced.set(c, c === first ? whole : null);
  }
  if (folded.size === 0) return { changes: [...changes], folded };
  const out: WireChange[] = [];
  for (const c of changes) {
    const instead = replaced.get(c);
    if (instead === undefined) out.push(c);
    else if (instead !== null) out.push(instead);
  }
  return { changes: out, folded };
}

/** Whether the row's changes name different rows in one reference (it was pointed elsewhere). */
function repointed(group: readonly WireChange[]): boolean {
  const t = tableNamed(group[0]!.table);
  if (!t) return false;
  const named = new Map<string, string>();
  for (const c of group) {
    for (const [field, value] of Object.entries(c.values)) {
      if (t.columns[field]?.references === undefined && t.links?.[field] === undefined) continue;
      const text = JSON.stringify(value);
      if (named.has(field) && named.get(field) !== text) return true;
      named.set(field, text);
    }
  }
  return false;
}

function isHere(core: Core, change: WireChange): boolean {
  const t = tableNamed(change.table);
  if (!t) return true; // an unknown table waits as it is
  return (
    core.statement(`SELECT 1 FROM ${t.name} WHERE id = ?`).get(idBytes(change.row)) !== undefined
  );
}
