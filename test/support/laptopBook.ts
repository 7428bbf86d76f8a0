import { directClient } from '../../src/main/api/dispatch';
import { openCore, type Core } from '../../src/main/core/core';
import { setupProfile } from '../../src/main/services/profile/profile';

/**
 * A laptop's book for the kill tests, on a new file: 300 accounts, each with a contact
 * and an edit after it (Norwegian, Vietnamese and Persian places), so a sync has many
 * pages and many points to die at. Returned open; the caller closes it.
 */
export async function laptopBook(file: string): Promise<Core> {
  const core = openCore(file, { create: true });
  setupProfile(core, { name: 'Ada', salesForce: 'strategic', function: 'sales', email: null });
  const api = directClient(core);
  for (let i = 0; i < 300; i++) {
    const account = await api.createAccount({ name: `Kunde ${i} AS`, country: 'NO' });
    await api.createContact({ accountId: account.id, name: `Nguyễn ${i}` });
    await api.updateAccount({ id: account.id, patch: { city: i % 2 ? 'Tromsø' : 'Yazd' } });
  }
  return core;
}
