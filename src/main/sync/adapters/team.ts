import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { RapportError } from '../../../shared/errors';
import { createOnce, errorCode } from './folderFiles';
import { TEAM_ID } from './segment';

/**
 * Which team a sync folder belongs to. A folder has no authority: anyone can copy files
 * into it, a stranger's device folder included. So every segment carries the id of the
 * team it was written for, and a reader takes only its own team's. The first device to
 * use a folder draws the id and writes it to team.json; later devices read it there.
 * A device keeps the id it joined in its book, so a team.json replaced later cannot
 * move it to another team.
 */
export const TEAM_FILE = 'team.json';
const TEAM_FORMAT = 'rapport-team';

const teamFile = z.object({ format: z.literal(TEAM_FORMAT), version: z.literal(1), team: TEAM_ID });

export interface JoinedTeam {
  team: string;
  /** Why the folder's team file was not followed, in one line; null when it was. */
  note: string | null;
}

type Found = { team: string } | { missing: true } | { unreadable: string };

async function readTeamFile(file: string): Promise<Found> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { missing: true };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const parsed = teamFile.safeParse(json);
  return parsed.success
    ? { team: parsed.data.team }
    : {
        unreadable:
          'is not a team file this Rapport can read (still being copied, damaged, or from a newer Rapport)',
      };
}

function decide(file: string, found: Found, joined: string | null): JoinedTeam {
  if ('team' in found) {
    if (joined === null || joined === found.team) return { team: found.team, note: null };
    return {
      team: joined,
      note: `The team file ${file} names another team than the one this device joined: it stays with its own team and skips the other's segments`,
    };
  }
  const why = 'unreadable' in found ? found.unreadable : 'is missing';
  if (joined !== null)
    return { team: joined, note: `The team file ${file} ${why}: this device stays with its team` };
  throw new RapportError(
    'unavailable',
    `The sync folder's team file ${file} ${why}: sync again once the folder has finished copying`,
  );
}

/**
 * The team this device syncs with in the folder whose layout root is `root`: `joined`
 * (the one it joined before, or null the first time), else the folder's. A folder
 * with no team file yet gets one, with `joined` or a new id.
 */
export async function joinTeam(root: string, joined: string | null): Promise<JoinedTeam> {
  const file = path.join(root, TEAM_FILE);
  const found = await readTeamFile(file);
  if (!('missing' in found)) return decide(file, found, joined);
  await fs.mkdir(root, { recursive: true });
  const body = { format: TEAM_FORMAT, version: 1, team: joined ?? randomUUID() };
  // Of two devices that set up one new folder at the same instant, one writes the team
  // file and both read that one back.
  await createOnce(root, TEAM_FILE, `${JSON.stringify(body)}\n`);
  return decide(file, await readTeamFile(file), joined);
}
