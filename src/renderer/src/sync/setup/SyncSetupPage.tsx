import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/domain/sync';
import { RapportError } from '../../../../shared/errors';
import { QueryState } from '../../app/QueryState';
import { paths } from '../../app/router';
import { useClearSyncTarget, useSetSyncTarget, useSyncStatus } from '../queries';
import { syncNow } from '../run/syncRun';
import { readable } from '../readable';
import { ChooseProfile } from './ChooseProfile';
import { CurrentTarget } from './CurrentTarget';
import { TargetFields } from './TargetFields';
import {
  fieldOf,
  initialValues,
  setupSchema,
  type SetupValues,
  type SyncTargetValues,
} from './setupForm';
import { notify } from '../notify';
import { useIssueText } from '../../issues/useIssueText';

/** `#/sync/setup`: where this book syncs, a shared folder or Rapport's server. */
export function SyncSetupPage() {
  const { data, error } = useSyncStatus();
  if (!data) return <QueryState error={error} />;
  // A new target (or none) starts the form again from what is stored.
  return <SetupForm key={data.target?.spec ?? 'none'} status={data} />;
}

function SetupForm({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const target = status.target;
  const save = useSetSyncTarget();
  const clear = useClearSyncTarget();
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      setupSchema(
        {
          folderRequired: t('sync.setup.folderRequired'),
          urlRequired: t('sync.setup.urlRequired'),
          tokenRequired: t('sync.setup.tokenRequired'),
        },
        target?.kind === 'http' && target.hasToken ? target.spec : null,
      ),
    [t, target],
  );
  const form = useForm<SetupValues, unknown, SyncTargetValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues(target),
    mode: 'onTouched',
  });
  const kind = useWatch({ control: form.control, name: 'kind' });
  // The web host has no keychain: a server token is kept in the book's file.
  const tokenInBook =
    kind === 'http' && (target?.hasToken ? !target.tokenSealed : window.rapport === undefined);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync(values);
    } catch (error) {
      setFormError(placeIssues(error, kind, form.setError));
      return;
    }
    notify(t('sync.setup.saved'));
    void syncNow();
  });
  const stop = async () => {
    await clear.mutateAsync();
    notify(t('sync.setup.stopped'));
  };

  return (
    <Stack gap="md" maw={760}>
      <Title order={2}>{t('sync.setup.title')}</Title>
      <Text>{t('sync.setup.intro')}</Text>
      <ChooseProfile />
      {target && (
        <CurrentTarget target={target} stopping={clear.isPending} onStop={() => void stop()} />
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('sync.setup.form')}>
        <Stack gap="md">
          {formError && (
            <Alert color="red" title={t('sync.setup.failed')} role="alert" className="pre-wrap">
              {issueText(formError)}
            </Alert>
          )}
          <Paper withBorder p="md">
            <Stack gap="md">
              <TargetFields form={form} kind={kind} tokenKept={Boolean(target?.hasToken)} />
              {tokenInBook && (
                <Alert color="yellow" title={t('sync.setup.tokenInBookTitle')} styles={readable}>
                  {t('sync.setup.tokenInBook')}
                </Alert>
              )}
              <Checkbox
                label={t('sync.setup.auto')}
                description={t('sync.setup.autoHint')}
                styles={readable}
                {...form.register('auto')}
              />
            </Stack>
          </Paper>
          <Group>
            <Button type="submit" color="blue.8" loading={form.formState.isSubmitting}>
              {t('sync.setup.save')}
            </Button>
            <Anchor href={paths.syncReview()} c="blue.8" underline="always">
              {t('sync.setup.review')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** The core's messages go under the field they name; the rest above the form. */
function placeIssues(
  error: unknown,
  kind: SetupValues['kind'],
  setError: (name: keyof SetupValues, error: { type: string; message: string }) => void,
): string | null {
  if (!(error instanceof RapportError)) {
    return error instanceof Error ? error.message : String(error);
  }
  if (error.issues.length === 0) return error.message;
  for (const issue of error.issues) {
    setError(fieldOf(issue.field, kind), { type: 'server', message: issue.message });
  }
  return null;
}
