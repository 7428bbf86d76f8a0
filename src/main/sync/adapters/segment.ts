import { createHash } from 'node:crypto';
import { z } from 'zod';
import { MAX_BATCH, nodeId, wireChange, type WireChange } from '../../../shared/sync/wire';

/**
 * A segment file of the folder adapter: one pushed batch of one device, written once and
 * never changed. Line 1 is a header, then one WireChange per line, then a trailer with
 * the sha256 of every byte before it. A file still arriving through a cloud client or
 * cut short by a crash has no valid trailer, so a reader can tell it from a whole one.
 * The header names the team the segment was written for (team.ts): a reader passes over
 * another team's.
 */
export const SEGMENT_FORMAT = 'rapport-segment';
export const SEGMENT_VERSION = 1;

const SEQ_DIGITS = 16; // 10^16 > Number.MAX_SAFE_INTEGER: every seq fits
const SEGMENT_NAME = /^(\d{16})-(\d{16})\.seg$/;
const TEMP_SUFFIX = '.tmp';

/** A team's id, drawn by the first device to use a folder (team.ts). */
export const TEAM_ID = z.uuid();

export interface SegmentHeader {
  team: string;
  node: string;
  member: string | null;
  /**
   * The last seq of this device's segments written before this one (0 for its first).
   * A reader that has not yet delivered up to it is missing an earlier file (a cloud
   * folder delivers files in any order) and waits for it instead of passing it by.
   */
  after: number;
}

const header = z.object({
  format: z.literal(SEGMENT_FORMAT),
  version: z.literal(SEGMENT_VERSION),
  team: TEAM_ID,
  node: nodeId,
  member: z.uuid().nullable(),
  count: z.number().int().min(1).max(MAX_BATCH),
  after: z.number().int().nonnegative(),
});

const trailer = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export interface SegmentRange {
  first: number;
  last: number;
}

export function segmentName(first: number, last: number): string {
  const pad = (seq: number) => String(seq).padStart(SEQ_DIGITS, '0');
  return `${pad(first)}-${pad(last)}.seg`;
}

/** The seq range a segment's name claims, or null when the name is not a segment's. */
export function parseSegmentName(name: string): SegmentRange | null {
  const match = SEGMENT_NAME.exec(name);
  if (!match) return null;
  const first = Number(match[1]);
  const last = Number(match[2]);
  return first >= 1 && first <= last && Number.isSafeInteger(last) ? { first, last } : null;
}

/** A name no reader takes for a segment: unique, so two attempts never share one. */
export function tempName(segment: string, unique: string): string {
  return `${segment}.${unique}${TEMP_SUFFIX}`;
}

export function isTempName(name: string): boolean {
  return name.endsWith(TEMP_SUFFIX);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The whole file for changes in ascending seq order, all by `head.node`. */
export function encodeSegment(head: SegmentHeader, changes: readonly WireChange[]): string {
  const lines = [
    JSON.stringify({
      format: SEGMENT_FORMAT,
      version: SEGMENT_VERSION,
      team: head.team,
      node: head.node,
      member: head.member,
      count: changes.length,
      after: head.after,
    }),
    ...changes.map((change) => JSON.stringify(change)),
  ];
  const body = lines.map((line) => `${line}\n`).join('');
  return `${body}${JSON.stringify({ sha256: sha256(body) })}\n`;
}

/** Why a segment is not read: `foreign` when it is another team's (or names no team). */
export type DecodedSegment =
  | { ok: true; header: SegmentHeader; changes: WireChange[] }
  | { ok: false; reason: string; foreign: boolean };

const refuse = (reason: string): DecodedSegment => ({ ok: false, reason, foreign: false });

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'value'}: ${issue.message}` : 'invalid';
};

/**
 * Reads a segment file of `team` found in `node`'s folder under the name claiming
 * `range`. Every check names what is wrong in words a person can act on; the checks run
 * in an order that gives the most useful one (a newer version before a checksum it
 * cannot know).
 */
export function decodeSegment(
  text: string,
  node: string,
  range: SegmentRange,
  team: string,
): DecodedSegment {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0)
    return refuse('incomplete: it ends inside its first line (still being written or copied)');
  const head = parseJson(text.slice(0, firstBreak));
  const claimed = z
    .object({ format: z.literal(SEGMENT_FORMAT), version: z.number() })
    .safeParse(head);
  if (!claimed.success)
    return refuse('not a Rapport segment: its first line is not a Rapport header');
  if (claimed.data.version > SEGMENT_VERSION)
    return refuse(
      `written by a newer version of Rapport (segment format ${claimed.data.version}): update Rapport to read it`,
    );
  // Before the checksum: whatever else is wrong with another team's file, it is not this
  // team's to wait for, and a stranger can seal a file as well as anyone.
  const written = z.object({ team: TEAM_ID }).safeParse(head);
  if (written.data?.team !== team)
    return {
      ok: false,
      reason: "of another team, or of none: not this team's folder",
      foreign: true,
    };

  const lastBreak = text.lastIndexOf('\n', text.length - 2);
  const seal = text.endsWith('\n')
    ? trailer.safeParse(parseJson(text.slice(lastBreak + 1, -1)))
    : null;
  if (!seal?.success)
    return refuse('incomplete: it ends before its checksum (still being written or copied)');
  const body = text.slice(0, lastBreak + 1);
  if (sha256(body) !== seal.data.sha256)
    return refuse('damaged: its checksum does not match its contents');

  const parsedHeader = header.safeParse(head);
  if (!parsedHeader.success)
    return refuse(`damaged: its header is invalid (${firstIssue(parsedHeader.error)})`);
  const { count, after, member } = parsedHeader.data;
  if (parsedHeader.data.node !== node)
    return refuse(
      `misplaced: it was written by device ${parsedHeader.data.node}, not by the device of its folder`,
    );

  const lines = body.slice(firstBreak + 1, -1).split('\n');
  if (lines.length !== count)
    return refuse(`damaged: its header counts ${count} changes, it holds ${lines.length}`);
  const changes: WireChange[] = [];
  for (const [index, line] of lines.entries()) {
    const change = wireChange.safeParse(parseJson(line));
    const where = `line ${index + 2}`;
    if (!change.success)
      return refuse(`damaged: ${where} is not a valid change (${firstIssue(change.error)})`);
    if (change.data.node !== node) return refuse(`damaged: ${where} is a change of another device`);
    const previous = changes.at(-1);
    if (previous && change.data.seq <= previous.seq)
      return refuse(`damaged: ${where} is out of order`);
    changes.push(change.data);
  }
  if (changes[0]?.seq !== range.first || changes.at(-1)?.seq !== range.last)
    return refuse('damaged: its changes do not match the range in its name');
  return { ok: true, header: { team, node, member, after }, changes };
}
