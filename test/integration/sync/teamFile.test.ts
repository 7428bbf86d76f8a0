import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { joinTeam, TEAM_FILE } from '../../../src/main/sync/adapters/team';
import { tempDir } from '../../support/tempDb';

let dir: { dir: string; cleanup: () => void };
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.cleanup());

/**
 * Devices that set up one new sync folder at the same instant join one team: exactly
 * one writes the team file, and every one of them reads that one back.
 */
it('gives devices that set up a new folder at once one team', async () => {
  for (let round = 0; round < 25; round++) {
    const root = path.join(dir.dir, `folder-${round}`);
    const joined = await Promise.all(Array.from({ length: 4 }, () => joinTeam(root, null)));
    const teams = new Set(joined.map((j) => j.team));
    expect(teams.size).toBe(1);
    expect(joined.every((j) => j.note === null)).toBe(true);
    const onDisk = JSON.parse(fs.readFileSync(path.join(root, TEAM_FILE), 'utf8')) as {
      team: string;
    };
    expect(onDisk.team).toBe(joined[0]!.team);
    // Nothing but the team file is left: no temp file of the device that lost.
    expect(fs.readdirSync(root)).toEqual([TEAM_FILE]);
  }
});
