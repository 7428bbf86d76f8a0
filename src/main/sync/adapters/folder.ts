import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { issuesFromZod } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import {
  NODE_ID,
  pullRequest,
  pushRequest,
  type PullPage,
  type PushAck,
  type PushRequest,
  type WireChange,
} from '../../../shared/sync/wire';
import type { PassedOver, SyncAdapter } from './adapter';
import { errorCode, writeAtomically } from './folderFiles';
import {
  decodeSegment,
  encodeSegment,
  isTempName,
  parseSegmentName,
  segmentName,
  type SegmentRange,
} from './segment';
import { joinTeam, TEAM_FILE, type JoinedTeam } from './team';

/**
 * Sync through any directory, with no server (DESIGN §3): a network share, a cloud
 * folder, a USB stick. Under DIR/rapport-sync/v1/<node>/ each device appends segment
 * files (segment.ts) to its own folder only and reads everyone else's, so two devices
 * never write the same file and a half-copied file never hides a whole one. Beside the
 * device folders, team.json names the folder's team (team.ts); another team's segments
 * are passed over.
 */
export interface FolderAdapter extends SyncAdapter {
  /** The files the last pull passed over, and why; each is tried again on the next pull. */
  skipped(): SkippedFile[];
  join(joined: string | null): Promise<string>;
  passedOver(): PassedOver[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface FolderOptions {
  /** Where a skipped file's reason is written, for the status and the logs. */
  log?: (message: string) => void;
}

const LAYOUT = ['rapport-sync', 'v1'];

/** Per node, the last seq already delivered: the cursor a pull hands back, as base64url JSON. */
const position = z.record(z.string().regex(NODE_ID), z.number().int().positive());
type Position = z.infer<typeof position>;

const encodeCursor = (at: Position) => Buffer.from(JSON.stringify(at)).toString('base64url');

function decodeCursor(cursor: string | null): Position {
  if (cursor === null) return {};
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = position.safeParse(json);
  if (!parsed.success)
    throw RapportError.validation(
      'cursor',
      'This sync position was not given by a sync folder: pull again from the start',
    );
  return parsed.data;
}

const WHY: Record<string, string> = {
  ENOENT: 'it does not exist (a drive unplugged or a share disconnected?)',
  ENOTDIR: 'it is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'it is read-only',
  ENOSPC: 'the disk is full',
};

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw issuesFromZod(parsed.error);
  return parsed.data;
}

/** Changes in seq order; refuses a batch a folder could not store as one device's log. */
function orderedBatch(request: PushRequest): WireChange[] {
  const seen = new Set<number>();
  for (const [index, change] of request.changes.entries()) {
    if (change.node !== request.node)
      throw RapportError.validation(
        `changes.${index}.node`,
        'A device pushes only its own changes',
      );
    if (seen.has(change.seq))
      throw RapportError.validation(
        `changes.${index}.seq`,
        `Change ${change.seq} is twice in the batch`,
      );
    seen.add(change.seq);
  }
  return [...request.changes].sort((a, b) => a.seq - b.seq);
}

/** Whether `seq` lies in one of `ranges` (sorted, disjoint), by binary search. */
function covered(ranges: readonly SegmentRange[], seq: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (seq < range.first) high = middle - 1;
    else if (seq > range.last) low = middle + 1;
    else return true;
  }
  return false;
}

export function createFolderAdapter(dir: string, options: FolderOptions = {}): FolderAdapter {
  const base = path.resolve(dir);
  const root = path.join(base, ...LAYOUT);
  let lastSkipped: SkippedFile[] = [];
  let lastPassed: PassedOver[] = [];

  const unreachable = (error: unknown) => {
    const why = WHY[errorCode(error)] ?? (error instanceof Error ? error.message : String(error));
    return new RapportError('unavailable', `The sync folder ${base} cannot be reached: ${why}`);
  };

  /** Runs a file operation; any failure means the folder is out of reach for now. */
  async function reach<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw error instanceof RapportError ? error : unreachable(error);
    }
  }

  /**
   * The chosen folder itself must be there. Sub-folders are created below it, never it:
   * recreating a vanished mount point would write the team's data to the local disk.
   */
  async function ensureReachable(): Promise<void> {
    const stat = await reach(() => fs.stat(base));
    if (!stat.isDirectory()) throw unreachable({ code: 'ENOTDIR' });
  }

  /** Entries of a folder below the layout root; one that is not there (yet) is empty. */
  async function entries(folder: string) {
    try {
      return await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw unreachable(error);
      await ensureReachable();
      return [];
    }
  }

  let joining: Promise<JoinedTeam> | null = null;

  /** Binds this adapter to a team; a failed attempt (the folder out of reach) is tried again. */
  function bind(joined: string | null): Promise<JoinedTeam> {
    const attempt = ensureReachable().then(() => reach(() => joinTeam(root, joined)));
    joining = attempt;
    attempt.catch(() => {
      if (joining === attempt) joining = null;
    });
    return attempt;
  }

  /** The team this adapter reads and writes for: the one joined, else the folder's. */
  const team = () => joining ?? bind(null);

  async function push(request: PushRequest): Promise<PushAck> {
    const valid = parse(pushRequest, request);
    const batch = orderedBatch(valid);
    const ack = { accepted: batch.length, rejected: [] };
    if (batch.length === 0) return ack;
    const { team: ours } = await team();
    await ensureReachable();
    const own = path.join(root, valid.node);
    await reach(async () => {
      await fs.mkdir(own, { recursive: true });
      const names = await fs.readdir(own);
      // Only this device writes here, one push at a time: a temp file is a push that was
      // interrupted, and its batch is being sent again now.
      for (const name of names.filter(isTempName))
        await fs.rm(path.join(own, name), { force: true });
      const ranges = names
        .map(parseSegmentName)
        .filter((range): range is SegmentRange => range !== null)
        .sort((a, b) => a.first - b.first);
      const fresh = batch.filter((change) => !covered(ranges, change.seq));
      const first = fresh[0];
      const last = fresh.at(-1);
      if (!first || !last) return;
      const after = ranges.at(-1)?.last ?? 0;
      // Readers keep one high-water mark per device: a change below it would never reach them.
      if (first.seq < after)
        throw RapportError.validation(
          'changes',
          `Change ${first.seq} comes after changes up to ${after} already in the folder: push in the order of the log`,
        );
      const header = { team: ours, node: valid.node, member: valid.member, after };
      await writeAtomically(own, segmentName(first.seq, last.seq), encodeSegment(header, fresh));
    });
    return ack;
  }

  async function pull(node: string, cursor: string | null, limit: number): Promise<PullPage> {
    parse(pullRequest, { node, cursor, limit });
    const at = decodeCursor(cursor);
    const joined = await team();
    await ensureReachable();
    const skipped: SkippedFile[] = [];
    const passed: PassedOver[] = [];
    const skip = (file: string, reason: string) => {
      skipped.push({ file, reason });
      options.log?.(`Sync folder: skipped ${file}: ${reason}`);
    };
    const tell = (line: string, holds: boolean) => {
      passed.push({ line, holds });
      options.log?.(`Sync folder: ${line}`);
    };
    if (joined.note) tell(joined.note, false);
    const changes: WireChange[] = [];
    const authors: Record<string, string | null> = {};

    const devices: string[] = [];
    for (const entry of await entries(root)) {
      const isDevice = entry.isDirectory() && NODE_ID.test(entry.name);
      if (isDevice) {
        if (entry.name !== node) devices.push(entry.name);
      } else if (isTempName(entry.name))
        skip(path.join(root, entry.name), 'a write still in progress or interrupted; ignored');
      else if (entry.name !== TEAM_FILE)
        skip(path.join(root, entry.name), 'not a Rapport device folder; ignored');
    }

    /**
     * Delivers `device`'s changes after the cursor until the page is full (then false).
     * Later files of a device wait behind one not (yet) readable, so that none is passed
     * by: the cursor only ever moves past what was delivered. Another team's files hold
     * nothing of this team's and are passed over, counted in one line per folder.
     */
    async function readDevice(device: string): Promise<boolean> {
      const folder = path.join(root, device);
      const segments: (SegmentRange & { name: string })[] = [];
      for (const entry of await entries(folder)) {
        const file = path.join(folder, entry.name);
        const range = parseSegmentName(entry.name);
        if (range) segments.push({ ...range, name: entry.name });
        else if (isTempName(entry.name))
          skip(file, 'a write still in progress or interrupted; ignored');
        else skip(file, 'not a Rapport segment file; ignored');
      }
      segments.sort((a, b) => a.first - b.first);
      let foreign = 0;
      const hold = (index: number, reason: string): false => {
        const file = path.join(folder, segments[index]!.name);
        skipped.push({ file, reason });
        const behind = segments.length - index - 1;
        const waiting =
          behind === 0
            ? ''
            : behind === 1
              ? '; 1 later segment of this device waits behind it'
              : `; ${behind} later segments of this device wait behind it`;
        tell(`${file}: ${reason}${waiting}`, true);
        return false;
      };
      let full = false;
      try {
        for (const [index, segment] of segments.entries()) {
          const delivered = at[device] ?? 0;
          if (segment.last <= delivered) continue;
          const file = path.join(folder, segment.name);
          const text = await fs.readFile(file, 'utf8').catch(async (error: unknown) => {
            await ensureReachable();
            return { unreadable: error instanceof Error ? error.message : String(error) };
          });
          const read =
            typeof text === 'string'
              ? decodeSegment(text, device, segment, joined.team)
              : {
                  ok: false as const,
                  reason: `cannot be read now (${text.unreadable})`,
                  foreign: false,
                };
          if (!read.ok && read.foreign) {
            skipped.push({ file, reason: read.reason });
            foreign++;
            continue;
          }
          if (!read.ok) return hold(index, read.reason);
          if (read.header.after > delivered)
            return hold(
              index,
              `waits for this device's changes up to ${read.header.after}, not in the folder yet`,
            );
          for (const change of read.changes) {
            if (change.seq <= delivered) continue;
            full = changes.length === limit;
            if (full) return true;
            changes.push(change);
            at[device] = change.seq;
            authors[device] = read.header.member;
          }
        }
        return false;
      } finally {
        // A full page stopped counting part-way; the page that finishes the folder counts it.
        if (foreign > 0 && !full)
          tell(
            `Skipped ${foreign} ${plural(foreign, 'segment')} of another team in ${folder}: not this team's folder`,
            false,
          );
      }
    }

    let more = false;
    for (const device of devices.sort()) {
      more = await readDevice(device);
      if (more) break;
    }
    lastSkipped = skipped;
    lastPassed = passed;
    return { changes, cursor: encodeCursor(at), more, purge: [], authors };
  }

  return {
    key: `folder:${base}`,
    describe: () => ({ kind: 'folder', target: base, authority: false }),
    push,
    pull,
    join: async (joined) => (await bind(joined)).team,
    skipped: () => [...lastSkipped],
    passedOver: () => [...lastPassed],
    close: async () => {},
  };
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);
