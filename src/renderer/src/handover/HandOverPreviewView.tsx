import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HandOverCover, HandOverPreview } from '../../../shared/domain/handover';
import { paths } from '../app/router';
import { useFormat } from '../i18n/format';
import { isolate } from '../i18n/isolate';

/** "Per 70 % (owner), Anh 30 %": an account's revenue split, overlays after a plus. */
function useSplit() {
  const { t } = useTranslation();
  const format = useFormat();
  return (covers: HandOverCover[]) =>
    format.list(
      covers.map(
        (c) =>
          `${c.overlay ? '+ ' : ''}${isolate(c.memberName)} ${format.percent(c.creditShare)}${
            c.isOwner ? ` (${t('handover.owner')})` : ''
          }`,
      ),
    );
}

/** What confirming would do: per receiver, then account by account with its split. */
export function HandOverPreviewView({
  preview,
  canConfirm,
  onConfirm,
}: {
  preview: HandOverPreview;
  canConfirm: boolean;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const split = useSplit();
  const listed = preview.moves.length;
  const all = preview.accounts + preview.staying;
  return (
    <Stack gap="sm" component="section" aria-labelledby="handover-preview">
      <Title order={3} id="handover-preview">
        {t('handover.previewTitle')}
      </Title>
      <Text>
        {t(preview.fromName ? 'handover.summary' : 'handover.summaryMove', {
          name: isolate(preview.fromName ?? ''),
          accounts: format.number(preview.accounts),
          receivers: format.number(preview.receivers.length),
          opportunities: format.number(preview.opportunities),
          followUps: format.number(preview.followUps),
        })}
      </Text>
      {preview.staying > 0 && (
        <Alert color="yellow">
          {t('handover.staying', { count: preview.staying, n: format.number(preview.staying) })}
        </Alert>
      )}
      <Table aria-label={t('handover.byReceiver')} maw={600}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('handover.receiver')}</Table.Th>
            <Table.Th>{t('handover.accounts')}</Table.Th>
            <Table.Th>{t('handover.revenue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.receivers.map((r) => (
            <Table.Tr key={r.memberId}>
              <Table.Td>
                <bdi>{r.name}</bdi>
              </Table.Td>
              <Table.Td>{format.number(r.accounts)}</Table.Td>
              <Table.Td>{format.number(r.revenue)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button color="red" onClick={onConfirm} disabled={!canConfirm || preview.accounts === 0}>
          {t('handover.confirm', { count: preview.accounts, n: format.number(preview.accounts) })}
        </Button>
      </Group>
      <Table aria-label={t('handover.moves')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('handover.account')}</Table.Th>
            <Table.Th>{t('handover.goesTo')}</Table.Th>
            <Table.Th>{t('handover.before')}</Table.Th>
            <Table.Th>{t('handover.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.moves.map((m) => (
            <Table.Tr key={m.accountId}>
              <Table.Td>
                <Anchor href={paths.account(m.accountId)}>
                  <bdi>{m.accountName}</bdi>
                </Anchor>
              </Table.Td>
              <Table.Td>
                {m.receiverName ? <bdi>{m.receiverName}</bdi> : <Text c="dimmed">{m.stays}</Text>}
              </Table.Td>
              <Table.Td>{split(m.before)}</Table.Td>
              <Table.Td>{split(m.after)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {listed < all && (
        <Text size="sm" c="dimmed">
          {t('handover.firstOnly', { listed: format.number(listed), all: format.number(all) })}
        </Text>
      )}
    </Stack>
  );
}
