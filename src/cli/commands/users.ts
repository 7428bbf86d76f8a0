import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Command } from 'commander';
import { RapportError } from '../../shared/errors';
import { addDevice, DeviceRole, listDevices, NewDevice, revokeDevice } from '../../server/devices';
import { openStorage } from '../../server/storage/open';
import { SERVER_DB } from '../../server/storage/sqlite';
import type { Storage } from '../../server/storage/storage';
import { EXIT, zodOption } from '../options';

interface Target {
  data?: string;
}

const memberId = z.uuid({ message: 'Member must be a team member id, like 0190a1b2-…' });
const deviceId = z.uuid({
  message: 'Device must be a device id, as `rapport users list` shows it',
});
const role = z.enum(DeviceRole.options, { message: 'Role must be rep, lead or admin' });

/**
 * `rapport users add|list|revoke`: the devices allowed to sync with a server, on its
 * SQLite file in --data DIR, or on PostgreSQL when DATABASE_URL is set. A token is
 * printed once, when it is made; the server keeps only its hash.
 */
export function registerUsersCommands(program: Command): void {
  const users = program
    .command('users')
    .description('devices allowed to sync with the server (--data DIR, or DATABASE_URL)');

  users
    .command('add')
    .description('allow a device to sync as a team member, and print its token once')
    .option('--data <dir>', 'folder of the server database')
    .requiredOption('--name <name>', 'who or what the device is, e.g. "Ada\'s laptop"')
    .requiredOption('--role <role>', 'rep, lead or admin', zodOption('--role', role))
    .option(
      '--member <id>',
      'the team member it syncs as (required for a rep or lead)',
      zodOption('--member', memberId),
    )
    .action(
      (opts: Target & { name: string; role: DeviceRole; member?: string }, command: Command) => {
        // Checked before the database is opened, so a wrong call creates nothing.
        const input = NewDevice.safeParse({
          name: opts.name,
          role: opts.role,
          memberId: opts.member ?? null,
        });
        if (!input.success) {
          const issue = input.error.issues[0]!;
          const option = issue.path[0] === 'memberId' ? '--member' : `--${String(issue.path[0])}`;
          command.error(`error: ${option}: ${issue.message}`, {
            exitCode: EXIT.usage,
            code: 'rapport.invalidOption',
          });
        }
        return withStorage(opts, command, { create: true }, async (storage) => {
          const { device, token } = await addDevice(storage, input.data);
          console.log(
            `Added device ${device.id}: ${device.name} (${device.role}${device.memberId ? `, member ${device.memberId}` : ''})`,
          );
          console.log(`Token (shown this once; the server keeps only its hash): ${token}`);
        });
      },
    );

  users
    .command('list')
    .description('the devices, without their tokens')
    .option('--data <dir>', 'folder of the server database')
    .option('--json', 'print JSON')
    .action((opts: Target & { json?: boolean }, command: Command) =>
      withStorage(opts, command, { create: false }, async (storage) => {
        const devices = await listDevices(storage);
        if (opts.json) return console.log(JSON.stringify(devices, null, 2));
        if (devices.length === 0)
          return console.log('No devices yet: add one with rapport users add');
        for (const d of devices) {
          const state = d.revokedAt ? `revoked ${d.revokedAt.slice(0, 10)}` : 'active';
          console.log(
            `${d.id}  ${d.role.padEnd(5)}  ${state.padEnd(18)}  ${d.name}${d.memberId ? `  (member ${d.memberId})` : ''}`,
          );
        }
      }),
    );

  users
    .command('revoke')
    .description('stop a device from syncing, from its next request on')
    .option('--data <dir>', 'folder of the server database')
    .argument('<device>', 'device id (from rapport users list)', zodOption('<device>', deviceId))
    .action((device: string, opts: Target, command: Command) =>
      withStorage(opts, command, { create: false }, async (storage) => {
        const revoked = await revokeDevice(storage, device);
        console.log(`Revoked ${revoked.name} (${revoked.id}): it can no longer sync`);
      }),
    );
}

async function withStorage(
  opts: Target,
  command: Command,
  { create }: { create: boolean },
  fn: (storage: Storage) => Promise<void>,
): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (!opts.data && !databaseUrl) {
    command.error('error: --data <dir> is required (or set DATABASE_URL for PostgreSQL)', {
      exitCode: EXIT.usage,
      code: 'rapport.missingData',
    });
  }
  if (!databaseUrl && !create && !fs.existsSync(path.join(opts.data!, SERVER_DB))) {
    throw new RapportError(
      'not_found',
      `There is no sync server database in ${opts.data} (no ${SERVER_DB}): start one with rapport serve --data ${opts.data}`,
    );
  }
  const storage = await openStorage({ dataDir: opts.data, databaseUrl });
  try {
    await fn(storage);
  } finally {
    await storage.close();
  }
}
