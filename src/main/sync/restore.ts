import type { Column } from '../../shared/schema/column';
import type { Table } from '../../shared/schema/table';
import { parseStamp } from '../../shared/hlc';
import { teamValue, type Rejection, type TeamValue } from '../../shared/sync/wire';
import { nodeIndex, type Core } from '../core/core';
import { findRecord } from '../core/records';
import { encode, idBytes, idText, toColumn } from '../db/codec';

/** What a refused field's team value is kept as (`rejected_changes.team`). */
export type KeptTeam = TeamValue | { absent: true };

/** The team's side of one refused field, as the rejection carried it; null when it did not say. */
export function keptTeam(team: Rejection['team'], field: string): string | null {
  if (team === undefined) return null;
  if (team === null) return JSON.stringify({ absent: true });
  const value = team[field];
  return value === undefined ? null : JSON.stringify(value);
}

export function parseKeptTeam(text: string): KeptTeam {
  const kept = JSON.parse(text) as unknown;
  if (typeof kept === 'object' && kept !== null && 'absent' in kept) return { absent: true };
  return teamValue.parse(kept);
}

/**
 * Puts the team's value back in place of a refused one (issue 19): the value the server
 * holds, with its clock, so that this laptop and the team agree again. Nothing is
 * logged: it is the team's value already. Only while the field still has the refused
 * change's value (its clock is the refused change's): a newer value, typed here or
 * received, is left alone. A refused new row the server does not have is removed here.
 */
export function restoreTeamValue(
  core: Core,
  t: Table,
  key: Buffer,
  field: string,
  refusedHlc: number,
  team: KeptTeam,
): void {
  const row = core
    .statement(`SELECT hlc, node, clocks FROM ${t.name} WHERE id = ? AND deleted = 0`)
    .get(key) as { hlc: number; node: number; clocks: string | null } | undefined;
  if (!row) return;
  const clocks = row.clocks ? (JSON.parse(row.clocks) as Record<string, number[]>) : {};
  const [hlc, node] = clocks[field] ?? [row.hlc, row.node];
  if (hlc !== refusedHlc || node !== core.nodeIdx) return;
  if ('absent' in team) {
    core.statement(`UPDATE ${t.name} SET deleted = 1 WHERE id = ?`).run(key);
    return;
  }
  const columns: Record<string, unknown> = {};
  const link = t.links?.[field];
  if (field === 'archived') columns.archived = team.value ? 1 : 0;
  else if (link) {
    core.statement(`DELETE FROM ${link.table} WHERE ${link.owner} = ?`).run(key);
    const insert = core.statement(
      `INSERT OR IGNORE INTO ${link.table} (${link.owner}, ${link.member}) VALUES (?, ?)`,
    );
    for (const id of team.value as string[]) insert.run(key, idBytes(id));
  } else columns[toColumn(field)] = encode(t.columns[field] as Column, team.value);
  for (const d of t.derived ?? []) {
    if (!d.from.includes(field)) continue;
    const current = findRecord<Record<string, unknown>>(core, t, idText(key)) ?? {};
    columns[d.column] = d.compute({ ...current, [field]: team.value });
  }
  const stamp = team.stamp ? parseStamp(team.stamp) : null;
  // Without a stamp the field was never set apart from its row: it takes the row's clock.
  const clock = stamp
    ? `json_set(coalesce(clocks, '{}'), '$.${field}', json(?))`
    : `json_remove(coalesce(clocks, '{}'), '$.${field}')`;
  const clockValue = stamp ? [JSON.stringify([stamp.hlc, nodeIndex(core.db, stamp.node)])] : [];
  const sets = Object.keys(columns).map((c) => `${c} = ?, `);
  core
    .statement(`UPDATE ${t.name} SET ${sets.join('')}clocks = ${clock} WHERE id = ?`)
    .run(...Object.values(columns), ...clockValue, key);
}
