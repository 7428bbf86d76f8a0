import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandOverPlan, HandOverPreview } from '../../../shared/domain/handover';
import { RapportError } from '../../../shared/errors';
import { api } from '../api/client';
import { useIssueText } from '../issues/useIssueText';
import { useProfile } from '../week/queries';
import { HandOverForm, planOf, type Draft } from './HandOverForm';
import { HandOverOutcome } from './HandOverOutcome';
import { HandOverPreviewView } from './HandOverPreviewView';
import { useHandOverRun } from './useHandOverRun';

const START: Draft = {
  fromMemberId: null,
  pick: 'all',
  lifecycle: [],
  by: 'even',
  memberId: null,
  memberIds: [],
  weigh: 'count',
  reason: '',
};

/** The field of the form an API issue names: `plan.receivers.memberIds.0` is `receivers`. */
const fieldOf = (field: string) => field.replace(/^plan\./, '').split('.')[0]!;

/**
 * Hand over a book (issue 20): pick the rep, the accounts, the receivers and a reason;
 * see the preview; confirm (a job, with progress and Cancel); undo as one. A rep,
 * who may not reassign, is shown why instead of the form.
 */
export function HandOverPage() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const { data: profile } = useProfile();
  const [draft, setDraft] = useState<Draft>(START);
  const [shown, setShown] = useState<{ plan: HandOverPlan; preview: HandOverPreview } | null>(null);
  const preview = useMutation({
    mutationFn: (plan: HandOverPlan) => api.previewHandOver({ plan }),
    onSuccess: (result, plan) => setShown({ plan, preview: result }),
    onError: () => setShown(null),
  });
  const { run, confirm, cancel, undo } = useHandOverRun();
  if (profile?.member?.appRole === 'rep') {
    return <Alert color="yellow">{t('handover.leadsOnly')}</Alert>;
  }
  const error = preview.error instanceof RapportError ? preview.error : null;
  const errors: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    errors[fieldOf(issue.field)] ??= issueText(issue.message);
  }
  const change = (next: Draft) => {
    setDraft(next);
    setShown(null);
    preview.reset();
  };
  const busy = run.state === 'running';
  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>{t('handover.title')}</Title>
      <HandOverForm draft={draft} onChange={change} errors={errors} disabled={busy} />
      <Group>
        <Button
          onClick={() => preview.mutate(planOf(draft))}
          loading={preview.isPending}
          disabled={busy}
        >
          {t('handover.preview')}
        </Button>
      </Group>
      {error && (error.issues ?? []).length === 0 && (
        <Alert color="red" role="alert">
          {issueText(error.message)}
        </Alert>
      )}
      {shown && (
        <HandOverPreviewView
          preview={shown.preview}
          canConfirm={!busy && run.state !== 'done'}
          onConfirm={() => void confirm(shown.plan)}
        />
      )}
      <HandOverOutcome run={run} onCancel={cancel} onUndo={(id) => void undo(id)} />
    </Stack>
  );
}
