import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuid } from 'uuid';
import { afterEach, describe, expect, it } from 'vitest';
import { createFolderAdapter } from '../../../src/main/sync/adapters/folder';
import { segmentName } from '../../../src/main/sync/adapters/segment';
import { idText } from '../../../src/main/db/codec';
import { RapportError } from '../../../src/shared/errors';
import { hlcAt } from '../../../src/shared/hlc';
import { MAX_BATCH, type WireChange } from '../../../src/shared/sync/wire';
import { emptyDevice, firstDevice, type Device } from '../../support/devices';
import { tempDir } from '../../support/tempDb';

/**
 * Issue 19, finding 5: a folder has no authority, so a stranger's device folder copied
 * into the team's is passed over (one line says so), however it was made and whoever
 * its members are, and a laptop stays with the team it joined.
 */
let open: { close(): void }[] = [];
afterEach(() => {
  for (const o of open.reverse()) o.close();
  open = [];
});

function share(): string {
  const dir = tempDir();
  open.push({ close: dir.cleanup });
  return dir.dir;
}

function keep(device: Device): Device {
  open.push(device);
  return device;
}

const rootOf = (dir: string) => path.join(dir, 'rapport-sync', 'v1');
const teamFileOf = (dir: string) => path.join(rootOf(dir), 'team.json');
const readTeam = (dir: string) =>
  (JSON.parse(fs.readFileSync(teamFileOf(dir), 'utf8')) as { team: string }).team;
const headerOf = (file: string) =>
  JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[0]!) as { team?: string };

const node = () => crypto.randomBytes(8).toString('hex');

function changes(author: string, from: number, count: number): WireChange[] {
  return Array.from({ length: count }, (_, i) => ({
    node: author,
    seq: from + i,
    hlc: hlcAt(Date.now()) + i,
    table: 'accounts',
    row: uuid(),
    values: { name: `Account ${from + i}` },
    bases: null,
  }));
}

/** A segment sealed with a correct checksum, for files written by hand. */
function sealed(lines: unknown[]): string {
  const body = lines.map((line) => `${JSON.stringify(line)}\n`).join('');
  const sha256 = crypto.createHash('sha256').update(body).digest('hex');
  return `${body}${JSON.stringify({ sha256 })}\n`;
}

describe("a sync folder's team", () => {
  it('is drawn by the first device into team.json, read by every later one, and written in each segment', async () => {
    const dir = share();
    const [nodeA, nodeB] = [node(), node()];
    const a = createFolderAdapter(dir);
    await a.push({ node: nodeA, member: null, changes: changes(nodeA, 1, 2) });
    expect(fs.readdirSync(rootOf(dir)).sort()).toEqual([nodeA, 'team.json']);
    const team = readTeam(dir);
    expect(JSON.parse(fs.readFileSync(teamFileOf(dir), 'utf8'))).toEqual({
      format: 'rapport-team',
      version: 1,
      team: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });

    const b = createFolderAdapter(dir);
    expect(await b.join(null)).toBe(team);
    await b.push({ node: nodeB, member: null, changes: changes(nodeB, 1, 1) });
    expect(headerOf(path.join(rootOf(dir), nodeA, segmentName(1, 2))).team).toBe(team);
    expect(headerOf(path.join(rootOf(dir), nodeB, segmentName(1, 1))).team).toBe(team);
    expect(readTeam(dir)).toBe(team);
  });

  it('stays with the team it joined when team.json is replaced or removed, saying so in one line', async () => {
    const dir = share();
    const [nodeA, nodeB] = [node(), node()];
    const team = await createFolderAdapter(dir).join(null);
    const other = crypto.randomUUID();
    fs.writeFileSync(
      teamFileOf(dir),
      JSON.stringify({ format: 'rapport-team', version: 1, team: other }),
    );

    const a = createFolderAdapter(dir);
    expect(await a.join(team)).toBe(team);
    await a.push({ node: nodeA, member: null, changes: changes(nodeA, 1, 1) });
    expect(headerOf(path.join(rootOf(dir), nodeA, segmentName(1, 1))).team).toBe(team);
    const b = createFolderAdapter(dir);
    await b.join(team);
    expect((await b.pull(nodeB, null, MAX_BATCH)).changes).toHaveLength(1);
    expect(b.passedOver()).toEqual([
      {
        line: `The team file ${teamFileOf(dir)} names another team than the one this device joined: it stays with its own team and skips the other's segments`,
        holds: false,
      },
    ]);

    fs.rmSync(teamFileOf(dir));
    await createFolderAdapter(dir).join(team);
    expect(readTeam(dir)).toBe(team); // put back by a device that knows it
  });

  it('keeps a new device out until a half-copied team.json is whole', async () => {
    const dir = share();
    fs.mkdirSync(rootOf(dir), { recursive: true });
    fs.writeFileSync(teamFileOf(dir), '{"format":"rapport-te');
    const error = await createFolderAdapter(dir)
      .pull(node(), null, MAX_BATCH)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RapportError);
    expect((error as RapportError).code).toBe('unavailable');
    expect((error as RapportError).message).toBe(
      `The sync folder's team file ${teamFileOf(dir)} is not a team file this Rapport can read (still being copied, damaged, or from a newer Rapport): sync again once the folder has finished copying`,
    );
    expect(fs.readFileSync(teamFileOf(dir), 'utf8')).toBe('{"format":"rapport-te');
  });

  it("passes over another team's segments, and ones naming no team, without holding back the team's own", async () => {
    const dir = share();
    const [nodeA, nodeB] = [node(), node()];
    const a = createFolderAdapter(dir);
    const team = await a.join(null);
    const early = changes(nodeA, 1, 2);
    const late = changes(nodeA, 5, 2);
    await a.push({ node: nodeA, member: null, changes: early });
    await a.push({ node: nodeA, member: null, changes: late });
    // Between the two, in the device's own folder: a segment of another team, and one
    // from before segments named their team; both sealed as well as a real one.
    const header = { format: 'rapport-segment', version: 1, node: nodeA, member: null };
    const wedged = path.join(rootOf(dir), nodeA, segmentName(3, 3));
    const unnamed = path.join(rootOf(dir), nodeA, segmentName(4, 4));
    const other = crypto.randomUUID();
    fs.writeFileSync(
      wedged,
      sealed([{ ...header, team: other, count: 1, after: 2 }, ...changes(nodeA, 3, 1)]),
    );
    fs.writeFileSync(unnamed, sealed([{ ...header, count: 1, after: 3 }, ...changes(nodeA, 4, 1)]));
    expect(team).not.toBe(other);

    const b = createFolderAdapter(dir);
    const page = await b.pull(nodeB, null, MAX_BATCH);
    expect(page.changes).toEqual([...early, ...late]);
    expect(b.passedOver()).toEqual([
      {
        line: `Skipped 2 segments of another team in ${path.join(rootOf(dir), nodeA)}: not this team's folder`,
        holds: false,
      },
    ]);
    expect(b.skipped().map((s) => s.file)).toEqual([wedged, unnamed]);
  });
});

describe("another team's folder copied into the team's", () => {
  it('is never merged, even with an admin in it, and one line names it', async () => {
    // The stranger's team: a real book with its admin, synced through its own folder.
    const theirs = share();
    const stranger = keep(firstDevice(`folder:${theirs}`));
    const strangerAdmin = (await stranger.api.profile({})).member!;
    expect(strangerAdmin.appRole).toBe('admin');
    const strangerAccount = await stranger.api.createAccount({ name: 'Fremmed AS', country: 'NO' });
    await stranger.sync();
    const strangerNode = stranger.core.nodeId;

    const ours = share();
    const a = keep(firstDevice(`folder:${ours}`));
    await a.api.createAccount({ name: 'Tromsø Fisk AS', country: 'NO' });
    await a.sync();
    fs.cpSync(path.join(rootOf(theirs), strangerNode), path.join(rootOf(ours), strangerNode), {
      recursive: true,
    });
    const copied = fs.readdirSync(path.join(rootOf(ours), strangerNode)).length;
    expect(copied).toBeGreaterThan(0);
    const line = `Skipped ${copied} ${copied === 1 ? 'segment' : 'segments'} of another team in ${path.join(rootOf(ours), strangerNode)}: not this team's folder`;

    const later = await a.api.createAccount({ name: 'Bergen Sjømat', country: 'NO' });
    await a.sync();
    const b = keep(emptyDevice(`folder:${ours}`));
    const report = await b.sync();
    const ids = (table: string) =>
      (b.core.db.prepare(`SELECT id FROM ${table}`).pluck().all() as Buffer[]).map(idText);
    expect(ids('team_members')).not.toContain(strangerAdmin.id);
    expect(ids('accounts')).not.toContain(strangerAccount.id);
    expect(ids('accounts')).toContain(later.id);
    expect(b.core.db.prepare('SELECT count(*) FROM sync_inbox').pluck().get()).toBe(0);
    expect(report.notes).toEqual([line]);
    expect(report.held).toEqual([]);
    expect(report.complete).toBe(true);
    expect((await a.sync()).notes).toEqual([line]);
  });
});
