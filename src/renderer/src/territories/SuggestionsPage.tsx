import { Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuggestionApplyInput } from '../../../shared/domain/suggestions';
import { QueryState } from '../app/QueryState';
import { useFormat } from '../i18n/format';
import { useIssueText } from '../issues/useIssueText';
import { useProfile } from '../week/queries';
import { useApplySuggestions, useOwnerSuggestions } from './queries';
import { RepMovesTable } from './RepMovesTable';
import { SuggestionsTable } from './SuggestionsTable';

/**
 * A territory run before anything moves (issue 20): what each rep gains and loses, and
 * each suggestion; a lead applies one, a selection, or all, choosing the rep of a tie.
 * A rep sees what the rules would do to their book, with nothing to apply.
 */
export default function SuggestionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const issueText = useIssueText();
  const { data, error } = useOwnerSuggestions();
  const { data: profile } = useProfile();
  const apply = useApplySuggestions();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const role = profile?.member?.appRole;
  const mayApply = role === 'lead' || role === 'admin';

  const toggle = (accountIds: string[], on: boolean) =>
    setSelected((before) => {
      const next = new Set(before);
      for (const id of accountIds) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const choose = (accountId: string, memberId: string | null) => {
    setChoices((before) => {
      const next = new Map(before);
      if (memberId) next.set(accountId, memberId);
      else next.delete(accountId);
      return next;
    });
    if (memberId) toggle([accountId], true);
  };
  const chosen = (accountIds: Iterable<string>) =>
    [...accountIds].flatMap((accountId) => {
      const memberId = choices.get(accountId);
      return memberId ? [{ accountId, memberId }] : [];
    });
  const run = (input: SuggestionApplyInput) =>
    apply.mutate(input, {
      onSuccess: (done) => {
        notifications.show({
          closeButtonProps: { 'aria-label': t('territories.close') },
          message: t('territories.applied', {
            applied: format.number(done.applied),
            tiesLeft: format.number(done.tiesLeft),
            unchanged: format.number(done.unchanged),
          }),
        });
        setSelected(new Set());
        setChoices(new Map());
        setConfirming(false);
      },
      onError: (failure) => {
        setConfirming(false);
        notifications.show({
          closeButtonProps: { 'aria-label': t('territories.close') },
          color: 'red',
          title: t('app.error'),
          message: issueText(failure.message),
        });
      },
    });

  if (!data) return <QueryState error={error} />;
  const ties = data.suggestions.filter((s) => s.candidates.length > 1).length;
  return (
    <Stack gap="md">
      <Title order={2}>{t('territories.title')}</Title>
      <Text>{t('territories.intro')}</Text>
      <Text fw={500} aria-live="polite" data-testid="suggestions-summary">
        {t('territories.summary', {
          count: format.number(data.suggestions.length),
          ties: format.number(ties),
          unplaced: format.number(data.unplaced),
        })}
      </Text>
      {data.suggestions.length === 0 ? (
        <Text>{t('territories.none')}</Text>
      ) : (
        <>
          <Title order={3} size="h4">
            {t('territories.reps')}
          </Title>
          <RepMovesTable reps={data.reps} />
          <Group justify="space-between" align="end">
            <Title order={3} size="h4">
              {t('territories.suggestions')}
            </Title>
            {mayApply && (
              <Group gap="xs">
                <Button
                  disabled={selected.size === 0}
                  loading={apply.isPending && !confirming}
                  onClick={() => run({ accountIds: [...selected], choices: chosen(selected) })}
                >
                  {t('territories.applySelected', { count: format.number(selected.size) })}
                </Button>
                <Button
                  variant="default"
                  onClick={() => setConfirming(true)}
                  data-testid="apply-all"
                >
                  {t('territories.applyAll')}
                </Button>
              </Group>
            )}
          </Group>
          <SuggestionsTable
            suggestions={data.suggestions}
            selection={mayApply ? { selected, toggle, choices, choose } : null}
          />
        </>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('territories.confirmTitle')}
        closeButtonProps={{ 'aria-label': t('territories.close') }}
      >
        <Text mb="md">
          {t('territories.confirm', { count: format.number(data.suggestions.length - ties) })}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {t('territories.cancel')}
          </Button>
          <Button
            loading={apply.isPending}
            onClick={() => run({ all: true, choices: chosen(choices.keys()) })}
          >
            {t('territories.apply')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
