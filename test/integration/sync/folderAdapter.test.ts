import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuid } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFolderAdapter, type FolderAdapter } from '../../../src/main/sync/adapters/folder';
import { createAdapter, parseAdapterSpec } from '../../../src/main/sync/adapters/registry';
import { encodeSegment, segmentName, tempName } from '../../../src/main/sync/adapters/segment';
import { RapportError } from '../../../src/shared/errors';
import { hlcAt } from '../../../src/shared/hlc';
import { MAX_BATCH, type WireChange } from '../../../src/shared/sync/wire';
import { tempDir } from '../../support/tempDb';
import { adapterContract } from './adapterContract';

/** A shared folder and three devices on it, each with its own adapter and log. */
function folderTeam() {
  const temp = tempDir();
  const dir = path.join(temp.dir, 'Team Share');
  fs.mkdirSync(dir);
  const nodes = [0, 1, 2].map(() => crypto.randomBytes(8).toString('hex'));
  const members = nodes.map(() => uuid());
  const logs: string[][] = nodes.map(() => []);
  const adapter = (i: number): FolderAdapter =>
    createFolderAdapter(dir, { log: (message) => logs[i]!.push(message) });
  return {
    dir,
    temp,
    logs,
    adapter,
    node: (i: number) => nodes[i]!,
    member: (i: number) => members[i]!,
    cleanup: async () => temp.cleanup(),
  };
}

adapterContract('folder', async () => folderTeam());

const folderOf = (dir: string, node: string) => path.join(dir, 'rapport-sync', 'v1', node);
const segmentsOf = (dir: string, node: string) =>
  fs
    .readdirSync(folderOf(dir, node))
    .filter((name) => name.endsWith('.seg'))
    .sort();

/** A device's changes, one field each, seqs counting from `from`. */
function changes(node: string, from: number, count: number, label = 'Account'): WireChange[] {
  return Array.from({ length: count }, (_, i) => ({
    node,
    seq: from + i,
    hlc: hlcAt(Date.now()) + i,
    table: 'accounts',
    row: uuid(),
    values: { name: `${label} ${from + i}` },
    bases: null,
  }));
}

/** A segment's lines sealed with a correct checksum, for files damaged in their content. */
function sealed(lines: string[]): string {
  const body = lines.map((line) => `${line}\n`).join('');
  const sha256 = crypto.createHash('sha256').update(body).digest('hex');
  return `${body}${JSON.stringify({ sha256 })}\n`;
}

function thrownBy(act: () => unknown): RapportError {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(RapportError);
    return error as RapportError;
  }
  throw new Error('expected a RapportError');
}

async function failure(promise: Promise<unknown>): Promise<RapportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RapportError);
  return error as RapportError;
}

describe('the folder sync adapter', () => {
  let team: ReturnType<typeof folderTeam>;
  let a: FolderAdapter;
  let b: FolderAdapter;
  let nodeA: string;
  let nodeB: string;
  beforeEach(() => {
    team = folderTeam();
    a = team.adapter(0);
    b = team.adapter(1);
    nodeA = team.node(0);
    nodeB = team.node(1);
  });
  afterEach(() => team.temp.cleanup());

  const push = (list: WireChange[], adapter = a, i = 0) =>
    adapter.push({ node: team.node(i), member: team.member(i), changes: list });
  const pullB = (cursor: string | null = null, limit = MAX_BATCH) => b.pull(nodeB, cursor, limit);
  const fileOf = (name: string) => path.join(folderOf(team.dir, nodeA), name);

  it('names itself by the absolute folder and claims no authority', () => {
    const relative = path.relative(process.cwd(), team.dir);
    const adapter = createFolderAdapter(relative);
    expect(adapter.key).toBe(`folder:${team.dir}`);
    expect(adapter.describe()).toEqual({ kind: 'folder', target: team.dir, authority: false });
  });

  it('writes each batch as one segment in its own device folder, headed by device and member', async () => {
    await push(changes(nodeA, 1, 3));
    await push(changes(nodeA, 4, 2));
    expect(fs.readdirSync(path.join(team.dir, 'rapport-sync', 'v1')).sort()).toEqual([
      nodeA,
      'team.json',
    ]);
    expect(segmentsOf(team.dir, nodeA)).toEqual([segmentName(1, 3), segmentName(4, 5)]);
    const lines = fs
      .readFileSync(fileOf(segmentName(4, 5)), 'utf8')
      .trimEnd()
      .split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({
      format: 'rapport-segment',
      version: 1,
      team: await a.join(null),
      node: nodeA,
      member: team.member(0),
      count: 2,
      after: 3,
    });
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[3]!)).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('ends a page that fills the limit exactly with nothing more waiting', async () => {
    await push(changes(nodeA, 1, 4));
    const page = await pullB(null, 4);
    expect(page.changes).toHaveLength(4);
    expect(page.more).toBe(false);
  });

  it('skips a half-written segment with a reason, holds back the later ones, and reads it once complete', async () => {
    const first = changes(nodeA, 1, 2);
    const second = changes(nodeA, 3, 2);
    const third = changes(nodeA, 5, 1);
    await push(first);
    await push(second);
    await push(third);
    const file = fileOf(segmentName(3, 4));
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));

    const page = await pullB();
    expect(page.changes).toEqual(first);
    expect(b.skipped()).toEqual([
      { file, reason: expect.stringMatching(/^incomplete: .*still being written or copied/) },
    ]);
    const held = `${file}: incomplete: it ends before its checksum (still being written or copied); 1 later segment of this device waits behind it`;
    expect(b.passedOver()).toEqual([{ line: held, holds: true }]);
    expect(team.logs[1]).toEqual([`Sync folder: ${held}`]);

    fs.writeFileSync(file, whole); // the cloud client finished copying it
    const resumed = await pullB(page.cursor);
    expect(resumed.changes).toEqual([...second, ...third]);
    expect(b.skipped()).toEqual([]);
  });

  it.each([
    [
      'empty, as a cloud placeholder',
      (_text: string) => '',
      /^incomplete: it ends inside its first line/,
    ],
    [
      'cut in its header',
      (text: string) => text.slice(0, 20),
      /^incomplete: it ends inside its first line/,
    ],
    [
      'cut at a line end',
      (text: string) => text.split('\n').slice(0, 3).join('\n') + '\n',
      /^incomplete: it ends before its checksum/,
    ],
    [
      'cut in its checksum',
      (text: string) => text.slice(0, -10),
      /^incomplete: it ends before its checksum/,
    ],
  ])('takes a file %s for incomplete, not for a shorter segment', async (_case, cut, reason) => {
    await push(changes(nodeA, 1, 3));
    const file = fileOf(segmentName(1, 3));
    fs.writeFileSync(file, cut(fs.readFileSync(file, 'utf8')));
    expect((await pullB()).changes).toEqual([]);
    expect(b.skipped()[0]?.reason).toMatch(reason);
  });

  it('skips a segment whose contents were altered after it was written', async () => {
    await push(changes(nodeA, 1, 2, 'Fjord Freight'));
    const file = fileOf(segmentName(1, 2));
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('Fjord Freight 2', 'Fjord Fraud 2'),
    );
    expect((await pullB()).changes).toEqual([]);
    expect(b.skipped()).toEqual([
      { file, reason: 'damaged: its checksum does not match its contents' },
    ]);
  });

  it('skips a segment of a newer format and tells the user to update Rapport', async () => {
    await push(changes(nodeA, 1, 1));
    const file = fileOf(segmentName(2, 2));
    const header = { format: 'rapport-segment', version: 2, node: nodeA, member: null, count: 1 };
    fs.writeFileSync(file, `${JSON.stringify(header)}\n{"future":true}\n{"blake3":"…"}\n`);
    const page = await pullB();
    expect(page.changes).toHaveLength(1);
    expect(b.skipped()).toEqual([
      {
        file,
        reason:
          'written by a newer version of Rapport (segment format 2): update Rapport to read it',
      },
    ]);
  });

  it.each([
    [
      'a foreign first line',
      (lines: string[]) => ['{"format":"zip"}', ...lines.slice(1)],
      /^not a Rapport segment/,
    ],
    [
      'a line that is not a change',
      (lines: string[]) => [lines[0]!, '{"node":"x"}', lines[2]!],
      /^damaged: line 2 is not a valid change \(node: /,
    ],
    [
      'a header counting other lines',
      (lines: string[]) => [lines[0]!.replace('"count":2', '"count":3'), ...lines.slice(1)],
      /^damaged: its header counts 3 changes, it holds 2$/,
    ],
    [
      'an invalid header',
      (lines: string[]) => [
        lines[0]!.replace(/"member":"[^"]+"/, '"member":"nobody"'),
        ...lines.slice(1),
      ],
      /^damaged: its header is invalid \(member: /,
    ],
    [
      'changes out of order',
      (lines: string[]) => [lines[0]!, lines[2]!, lines[1]!],
      /^damaged: line 3 is out of order$/,
    ],
  ])('skips a resealed segment with %s', async (_case, edit, reason) => {
    await push(changes(nodeA, 1, 2));
    const file = fileOf(segmentName(1, 2));
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(0, -1);
    fs.writeFileSync(file, sealed(edit(lines)));
    expect((await pullB()).changes).toEqual([]);
    expect(b.skipped()[0]?.reason).toMatch(reason);
  });

  it("skips a segment whose name claims other changes than it holds, or that sits in another device's folder", async () => {
    await push(changes(nodeA, 1, 2));
    const file = fileOf(segmentName(1, 2));
    const wrongRange = fileOf(segmentName(1, 3));
    fs.copyFileSync(file, wrongRange);
    fs.rmSync(file);
    const stranger = crypto.randomBytes(8).toString('hex');
    fs.mkdirSync(folderOf(team.dir, stranger));
    const misplaced = path.join(folderOf(team.dir, stranger), segmentName(1, 2));
    fs.copyFileSync(wrongRange, misplaced);

    expect((await pullB()).changes).toEqual([]);
    expect(new Map(b.skipped().map((s) => [s.file, s.reason]))).toEqual(
      new Map([
        [wrongRange, 'damaged: its changes do not match the range in its name'],
        [
          misplaced,
          `misplaced: it was written by device ${nodeA}, not by the device of its folder`,
        ],
      ]),
    );
  });

  it('ignores foreign files beside the segments, naming each in the log', async () => {
    const pushed = changes(nodeA, 1, 2);
    await push(pushed);
    const notes = fileOf('notes.txt');
    const ini = path.join(team.dir, 'rapport-sync', 'v1', 'desktop.ini');
    const stray = fileOf('0000000000000001-0000000000000002.seg.bak');
    fs.writeFileSync(notes, 'call Lan on Monday');
    fs.writeFileSync(ini, '[.ShellClassInfo]');
    fs.writeFileSync(stray, 'old copy');
    fs.writeFileSync(path.join(team.dir, 'Budget.xlsx'), 'not ours to read');

    expect((await pullB()).changes).toEqual(pushed);
    expect(b.skipped()).toEqual(
      expect.arrayContaining([
        { file: ini, reason: 'not a Rapport device folder; ignored' },
        { file: notes, reason: 'not a Rapport segment file; ignored' },
        { file: stray, reason: 'not a Rapport segment file; ignored' },
      ]),
    );
    expect(b.skipped()).toHaveLength(3);
    expect(team.logs[1]).toHaveLength(3);
  });

  it('ignores the temp file of a write still in progress on another device', async () => {
    await push(changes(nodeA, 1, 1));
    const pending = changes(nodeA, 2, 2);
    const temp = fileOf(tempName(segmentName(2, 3), 'c0ffee00'));
    const header = { team: await a.join(null), node: nodeA, member: null, after: 1 };
    fs.writeFileSync(temp, encodeSegment(header, pending));
    const page = await pullB();
    expect(page.changes).toHaveLength(1);
    expect(b.skipped()).toEqual([
      { file: temp, reason: 'a write still in progress or interrupted; ignored' },
    ]);
  });

  it('after a push killed before its rename, shows no segment, and the retry writes it and clears the leftover', async () => {
    const batch = changes(nodeA, 1, 3);
    const temp = fileOf(tempName(segmentName(1, 3), '0badf00d'));
    fs.mkdirSync(folderOf(team.dir, nodeA), { recursive: true });
    const header = { team: await a.join(null), node: nodeA, member: team.member(0), after: 0 };
    fs.writeFileSync(temp, encodeSegment(header, batch));
    expect((await pullB()).changes).toEqual([]);

    expect(await push(batch)).toEqual({ accepted: 3, rejected: [] });
    expect(fs.readdirSync(folderOf(team.dir, nodeA))).toEqual([segmentName(1, 3)]);
    expect((await pullB()).changes).toEqual(batch);
  });

  it('waits for an earlier segment a cloud folder has not delivered yet, instead of passing it by', async () => {
    const early = changes(nodeA, 1, 2);
    const late = changes(nodeA, 3, 2);
    await push(early);
    await push(late);
    const file = fileOf(segmentName(1, 2));
    const aside = path.join(team.temp.dir, 'in transit');
    fs.renameSync(file, aside);

    const page = await pullB();
    expect(page.changes).toEqual([]);
    expect(b.skipped()).toEqual([
      {
        file: fileOf(segmentName(3, 4)),
        reason: "waits for this device's changes up to 2, not in the folder yet",
      },
    ]);
    fs.renameSync(aside, file);
    expect((await pullB(page.cursor)).changes).toEqual([...early, ...late]);
  });

  it('skips a segment it cannot read, and holds back the ones after it', async () => {
    await push(changes(nodeA, 2, 1));
    const blocked = fileOf(segmentName(1, 1));
    fs.mkdirSync(blocked);
    expect((await pullB()).changes).toEqual([]);
    expect(b.skipped()).toEqual([
      { file: blocked, reason: expect.stringMatching(/^cannot be read now \(EISDIR/) },
    ]);
  });

  it('answers unavailable when the folder disappears mid-sync, and goes on where it stopped once it is back', async () => {
    const before = changes(nodeA, 1, 6);
    await push(before);
    const first = await pullB(null, 4);
    expect(first.changes).toEqual(before.slice(0, 4));
    const written = fs.readFileSync(fileOf(segmentName(1, 6)));

    const unplugged = `${team.dir} (unplugged)`;
    fs.renameSync(team.dir, unplugged);
    const pulling = await failure(pullB(first.cursor, 4));
    expect(pulling.code).toBe('unavailable');
    expect(pulling.message).toBe(
      `The sync folder ${team.dir} cannot be reached: it does not exist (a drive unplugged or a share disconnected?)`,
    );
    const later = changes(nodeA, 7, 2);
    expect((await failure(push(later))).code).toBe('unavailable');
    expect(fs.existsSync(team.dir)).toBe(false); // never recreated on the local disk

    fs.renameSync(unplugged, team.dir);
    expect(fs.readFileSync(fileOf(segmentName(1, 6)))).toEqual(written);
    await push(later);
    const rest = await pullB(first.cursor);
    expect(rest.changes).toEqual([...before.slice(4), ...later]);
  });

  it('answers unavailable when the chosen path is a file, not a folder', async () => {
    const file = path.join(team.temp.dir, 'share.txt');
    fs.writeFileSync(file, '');
    const error = await failure(createFolderAdapter(file).pull(nodeB, null, 10));
    expect(error.code).toBe('unavailable');
    expect(error.message).toBe(`The sync folder ${file} cannot be reached: it is not a folder`);
  });

  it("lets two devices write at once without touching each other's files", async () => {
    const batchesA = Array.from({ length: 15 }, (_, i) => changes(nodeA, i * 3 + 1, 3, 'A'));
    const batchesB = Array.from({ length: 15 }, (_, i) => changes(nodeB, i * 2 + 1, 2, 'B'));
    const run = async (batches: WireChange[][], adapter: FolderAdapter, i: number) => {
      for (const batch of batches) await push(batch, adapter, i);
    };
    await Promise.all([run(batchesA, a, 0), run(batchesB, b, 1)]);

    const filesOf = (node: string) =>
      segmentsOf(team.dir, node).map((name) => {
        const text = fs.readFileSync(path.join(folderOf(team.dir, node), name), 'utf8');
        return {
          name,
          node: (JSON.parse(text.slice(0, text.indexOf('\n'))) as { node: string }).node,
          text,
        };
      });
    const ofA = filesOf(nodeA);
    expect(ofA).toHaveLength(15);
    expect(ofA.every((f) => f.node === nodeA)).toBe(true);
    expect(filesOf(nodeB).every((f) => f.node === nodeB)).toBe(true);

    await run([changes(nodeB, 31, 5, 'B')], b, 1);
    expect(filesOf(nodeA)).toEqual(ofA);
    const c = team.adapter(2);
    const all = await c.pull(team.node(2), null, MAX_BATCH);
    expect(all.changes).toHaveLength(15 * 3 + 15 * 2 + 5);
    expect(all.changes.filter((x) => x.node === nodeA)).toEqual(batchesA.flat());
  });

  it('refuses a batch it could not store as the device log', async () => {
    await push(changes(nodeA, 5, 2));
    const behind = await failure(push(changes(nodeA, 2, 2)));
    expect(behind.issues).toEqual([
      {
        field: 'changes',
        message:
          'Change 2 comes after changes up to 6 already in the folder: push in the order of the log',
      },
    ]);
    const foreign = await failure(push([...changes(nodeA, 7, 1), ...changes(nodeB, 8, 1)]));
    expect(foreign.issues).toEqual([
      { field: 'changes.1.node', message: 'A device pushes only its own changes' },
    ]);
    const twice = changes(nodeA, 9, 1);
    const doubled = await failure(push([...twice, ...twice]));
    expect(doubled.issues).toEqual([
      { field: 'changes.1.seq', message: 'Change 9 is twice in the batch' },
    ]);
    const invalid = await failure(a.push({ node: 'laptop', member: null, changes: [] }));
    expect(invalid.issues[0]?.field).toBe('node');
    expect(segmentsOf(team.dir, nodeA)).toEqual([segmentName(5, 6)]);
  });

  it('refuses a cursor it did not give, naming the cursor', async () => {
    const forged = Buffer.from(JSON.stringify({ [nodeA]: -1 })).toString('base64url');
    for (const cursor of [forged, 'not base64 json']) {
      const error = await failure(pullB(cursor));
      expect(error.issues.map((issue) => issue.field)).toEqual(['cursor']);
    }
    expect((await failure(b.pull(nodeB, null, 0))).issues[0]?.field).toBe('limit');
  });
});

describe('the adapter registry', () => {
  const CHOOSE = 'Choose a folder (folder:/path) or a server URL (http://host:port)';

  it('makes a folder adapter for folder:DIR, resolved to an absolute path', () => {
    expect(parseAdapterSpec('folder:team/share')).toEqual({
      kind: 'folder',
      dir: path.resolve('team/share'),
    });
    const adapter = createAdapter(' folder:/mnt/share ');
    expect(adapter.key).toBe('folder:/mnt/share');
    expect(adapter.describe().kind).toBe('folder');
  });

  it('makes a server adapter for a URL with a token', () => {
    expect(parseAdapterSpec('https://sync.example.com:8443')).toEqual({
      kind: 'http',
      url: 'https://sync.example.com:8443',
    });
    const adapter = createAdapter('http://127.0.0.1:4100', { token: 'rk_device', timeoutMs: 500 });
    expect(adapter.describe()).toMatchObject({ kind: 'http', authority: true });
  });

  it.each(['', 'folder:', 'ftp://example.com', '/mnt/share', 'http//host'])(
    'refuses %j, saying what to choose',
    (spec) => {
      expect(() => parseAdapterSpec(spec)).toThrow(CHOOSE);
      expect(thrownBy(() => createAdapter(spec)).issues).toEqual([
        { field: 'adapter', message: CHOOSE },
      ]);
    },
  );

  it('asks for a token before it makes a server adapter', () => {
    for (const token of [undefined, null, '  ']) {
      const error = thrownBy(() => createAdapter('http://127.0.0.1:4100', { token }));
      expect(error.issues.map((issue) => issue.field)).toEqual(['token']);
    }
    const slow = thrownBy(() =>
      createAdapter('http://127.0.0.1:4100', { token: 't', timeoutMs: -5 }),
    );
    expect(slow.issues).toEqual([
      { field: 'timeoutMs', message: 'timeoutMs must be a positive number of milliseconds' },
    ]);
  });
});
