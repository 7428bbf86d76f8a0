import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandOverPlan, HandOverPreview } from '../../../shared/domain/handover';
import type { ListQuery } from '../accounts/list/listStore';
import { RapportError } from '../../../shared/errors';
import { api } from '../api/client';
import { HandOverOutcome } from '../handover/HandOverOutcome';
import { useHandOverRun } from '../handover/useHandOverRun';
import { useFormat } from '../i18n/format';
import { useIssueText } from '../issues/useIssueText';
import { useMemberOptions } from '../team/useTeamMembers';
import { DropBoard } from './DropBoard';
import { useSelection } from './selectionStore';

/** The accounts picked, as a hand-over takes them: by id, or the list's whole filter. */
function accountsOf(query: ListQuery, all: boolean, ids: ReadonlySet<string>) {
  if (!all) return { pick: 'ids' as const, ids: [...ids] };
  return { pick: 'filter' as const, ...query.filter };
}

/**
 * Above the list while accounts are picked: how many, "Move to a rep", and the board of
 * the team's reps to drop them on. Either hands each account from its owner to the rep
 * chosen, through the hand-over (preview, job, undo).
 */
export function MoveBar({ query, total }: { query: ListQuery; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { ids, all, clear } = useSelection();
  // Open with the rep it was dropped on (or none yet, by the command).
  const [moving, setMoving] = useState<{ to: string | null } | null>(null);
  const count = all ? total : ids.size;
  if (count === 0) return null;
  return (
    <Stack gap="xs" role="region" aria-label={t('move.bar')}>
      <Group gap="sm">
        <Text fw={600}>{t('move.selected', { count, n: format.number(count) })}</Text>
        <Button size="xs" onClick={() => setMoving({ to: null })}>
          {t('move.moveTo')}
        </Button>
        <Button size="xs" variant="default" onClick={clear}>
          {t('move.clear')}
        </Button>
      </Group>
      <DropBoard onPick={(to) => setMoving({ to })} />
      <Modal
        opened={moving !== null}
        onClose={() => setMoving(null)}
        title={t('move.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('move.close') }}
      >
        {moving && <MoveForm accounts={accountsOf(query, all, ids)} to={moving.to} />}
      </Modal>
    </Stack>
  );
}

function MoveForm({ accounts, to }: { accounts: HandOverPlan['accounts']; to: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const issueText = useIssueText();
  const members = useMemberOptions(format.locale);
  const [memberId, setMemberId] = useState<string | null>(to);
  // The rep is asked for before the core is: "choose a rep", not an id's format.
  const [unchosen, setUnchosen] = useState(false);
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<{ plan: HandOverPlan; preview: HandOverPreview } | null>(null);
  const { run, confirm, cancel, undo } = useHandOverRun();
  const plan: HandOverPlan = {
    fromMemberId: null,
    accounts,
    receivers: { by: 'one', memberId: memberId ?? '' },
    reason,
  };
  const preview = useMutation({
    mutationFn: (p: HandOverPlan) => api.previewHandOver({ plan: p }),
    onSuccess: (result, p) => setShown({ plan: p, preview: result }),
    onError: () => setShown(null),
  });
  const issues = preview.error instanceof RapportError ? preview.error.issues : undefined;
  const errorOf = (field: string) =>
    issueText(issues?.find((i) => i.field.startsWith(`plan.${field}`))?.message);
  const busy = run.state === 'running';
  return (
    <Stack gap="sm">
      <Select
        label={t('move.receiver')}
        searchable
        data={members}
        value={memberId}
        onChange={(value) => {
          setMemberId(value);
          setUnchosen(false);
          setShown(null);
        }}
        error={unchosen ? t('move.chooseRep') : errorOf('receivers')}
        disabled={busy}
      />
      <Textarea
        label={t('move.reason')}
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setShown(null);
        }}
        error={errorOf('reason')}
        maxLength={500}
        disabled={busy}
      />
      <Group>
        <Button
          variant="default"
          onClick={() => (memberId ? preview.mutate(plan) : setUnchosen(true))}
          loading={preview.isPending}
        >
          {t('move.preview')}
        </Button>
      </Group>
      {preview.error && !issues?.length && (
        <Alert color="red" role="alert">
          {issueText(preview.error.message)}
        </Alert>
      )}
      {shown && (
        <Stack gap="xs">
          <Text>
            {t('move.summary', {
              accounts: format.number(shown.preview.accounts),
              staying: format.number(shown.preview.staying),
              opportunities: format.number(shown.preview.opportunities),
              followUps: format.number(shown.preview.followUps),
            })}
          </Text>
          <Group>
            <Button
              color="red"
              disabled={busy || run.state === 'done' || shown.preview.accounts === 0}
              onClick={() => void confirm(shown.plan)}
            >
              {t('move.confirm', {
                count: shown.preview.accounts,
                n: format.number(shown.preview.accounts),
              })}
            </Button>
          </Group>
        </Stack>
      )}
      <HandOverOutcome run={run} onCancel={cancel} onUndo={(id) => void undo(id)} />
    </Stack>
  );
}
