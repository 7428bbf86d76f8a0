import crypto from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { RapportError } from '../shared/errors';
import type { Sql } from './storage/storage';

export const DeviceRole = z.enum(['rep', 'lead', 'admin']);
export type DeviceRole = z.infer<typeof DeviceRole>;

/** A laptop (or a person's key) allowed to sync, as the server keeps it: never its token. */
export interface Device {
  readonly id: string;
  readonly name: string;
  readonly role: DeviceRole;
  /** The team member it syncs as: scope and roles are theirs. Null only for an admin. */
  readonly memberId: string | null;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

export const NewDevice = z
  .object({
    name: z.string().trim().min(1, { message: 'Name is required' }).max(200),
    role: DeviceRole,
    memberId: z.uuid({ message: 'Member must be a team member id' }).nullable(),
  })
  .refine((d) => d.role === 'admin' || d.memberId !== null, {
    message: 'A rep or a lead syncs as a team member: give their id',
    path: ['memberId'],
  });
export type NewDevice = z.infer<typeof NewDevice>;

/** The token is shown once; only its SHA-256 is stored, so a copy of the store grants nothing. */
export const hashToken = (token: string): string =>
  crypto.createHash('sha256').update(token).digest('hex');

const COLUMNS = `id, name, role, member_id AS "memberId", created_at AS "createdAt", revoked_at AS "revokedAt"`;

export async function addDevice(
  sql: Sql,
  input: NewDevice,
): Promise<{ device: Device; token: string }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const device: Device = {
    id: uuidv7(),
    name: input.name,
    role: input.role,
    memberId: input.memberId,
    createdAt: new Date().toISOString(),
    revokedAt: null,
  };
  await sql.run(
    `INSERT INTO devices (id, name, role, member_id, token_hash, created_at)
     VALUES (:id, :name, :role, :member, :hash, :at)`,
    {
      id: device.id,
      name: device.name,
      role: device.role,
      member: device.memberId,
      hash: hashToken(token),
      at: device.createdAt,
    },
  );
  return { device, token };
}

export function listDevices(sql: Sql): Promise<Device[]> {
  return sql.all<Device>(`SELECT ${COLUMNS} FROM devices ORDER BY created_at, id`);
}

/** Stops a device from syncing from its next request on; its changes already stored stay. */
export async function revokeDevice(sql: Sql, id: string): Promise<Device> {
  await sql.run('UPDATE devices SET revoked_at = :at WHERE id = :id AND revoked_at IS NULL', {
    id,
    at: new Date().toISOString(),
  });
  const device = await sql.get<Device>(`SELECT ${COLUMNS} FROM devices WHERE id = :id`, { id });
  if (!device) throw RapportError.notFound('Device', id);
  return device;
}

export function deviceForToken(sql: Sql, token: string): Promise<Device | undefined> {
  return sql.get<Device>(`SELECT ${COLUMNS} FROM devices WHERE token_hash = :hash`, {
    hash: hashToken(token),
  });
}
