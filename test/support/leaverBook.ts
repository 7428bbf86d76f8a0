import type { ApiClient } from '../../src/shared/api';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A team whose rep is leaving, made by the admin through the API: Kari leads North,
 * where Ola (leaving) owns 20 accounts, five of them with Anh as application engineer
 * at 30% (Ola 70%); Ola has open opportunities on four and open follow-ups on three,
 * and the accounts bought more the earlier they come in the alphabet. Per and Lan in
 * the same team receive; Mai is in another team.
 */
export async function leaverBook(api: ApiClient, accounts = 20) {
  const lead = await api.createTeamMember({
    name: 'Kari Lead',
    salesForce: 'geographic',
    appRole: 'lead',
  });
  const team = await api.createTeam({ name: 'North', salesForce: 'geographic', leadId: lead.id });
  const member = (name: string, extra: Record<string, unknown> = {}) =>
    api.createTeamMember({ name, salesForce: 'geographic', teamId: team.id, ...extra });
  await api.updateTeamMember({ id: lead.id, patch: { teamId: team.id } });
  const leaver = await member('Ola Leaver');
  const per = await member('Per Receiver');
  const lan = await member('Lan Receiver');
  const engineer = await member('Anh Engineer', { function: 'application_engineer' });
  const otherTeam = await api.createTeam({ name: 'South', salesForce: 'geographic' });
  const mai = await api.createTeamMember({
    name: 'Mai Other',
    salesForce: 'geographic',
    teamId: otherTeam.id,
  });
  const book = [];
  for (let i = 0; i < accounts; i++) {
    const name = `Account ${String(i + 1).padStart(2, '0')}`;
    const account = await api.createAccount({ name, country: 'NO', ownerId: leaver.id });
    await api.createPurchase({
      accountId: account.id,
      productLine: 'Pumps',
      periodStart: inDays(-100),
      periodEnd: inDays(-10),
      amount: (accounts - i) * 1000,
      currency: 'NOK',
    });
    if (i < 5) {
      const [owner] = await api.listCoverage({ accountId: account.id });
      await api.staffAccount({
        accountId: account.id,
        team: [
          {
            id: owner!.id,
            memberId: leaver.id,
            role: 'account_manager',
            isOwner: true,
            creditShare: 70,
          },
          { memberId: engineer.id, role: 'application_engineer', creditShare: 30 },
        ],
      });
    }
    if (i < 4) {
      await api.createOpportunity({
        accountId: account.id,
        name: `Deal ${i + 1}`,
        ownerId: leaver.id,
      });
    }
    if (i < 3) {
      await api.createInteraction({
        accountId: account.id,
        memberId: leaver.id,
        kind: 'call',
        occurredAt: new Date().toISOString(),
        subject: 'Check-in',
        nextStep: 'Send the quote',
        nextStepDue: inDays(7),
      });
    }
    book.push(account);
  }
  return { lead, team, leaver, per, lan, engineer, mai, accounts: book };
}
export type LeaverBook = Awaited<ReturnType<typeof leaverBook>>;
