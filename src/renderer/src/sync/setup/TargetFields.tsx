import { PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { readable } from '../readable';
import type { SetupValues, SyncTargetValues } from './setupForm';
import { useIssueText } from '../../issues/useIssueText';

interface Props {
  form: UseFormReturn<SetupValues, unknown, SyncTargetValues>;
  kind: SetupValues['kind'];
  /** A server token is kept already: the field may stay empty to keep it. */
  tokenKept: boolean;
}

/** The choice between a shared folder and a server, and what each one needs. */
export function TargetFields({ form, kind, tokenKept }: Props) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const { register, control, formState } = form;
  const error = (name: keyof SetupValues) => issueText(formState.errors[name]?.message);
  return (
    <Stack gap="md">
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <Radio.Group
            label={t('sync.setup.through')}
            value={field.value}
            onChange={(value) => field.onChange(value === 'http' ? 'http' : 'folder')}
          >
            <Stack gap="sm" mt="xs">
              <Radio
                value="folder"
                label={t('sync.setup.folderKind')}
                description={t('sync.setup.folderKindHint')}
                styles={readable}
              />
              <Radio
                value="http"
                label={t('sync.setup.serverKind')}
                description={t('sync.setup.serverKindHint')}
                styles={readable}
              />
            </Stack>
          </Radio.Group>
        )}
      />
      {kind === 'folder' ? (
        <TextInput
          label={t('sync.setup.folder')}
          description={t('sync.setup.folderHint')}
          placeholder={t('sync.setup.folderPlaceholder')}
          styles={readable}
          dir="ltr"
          error={error('folder')}
          {...register('folder')}
        />
      ) : (
        <>
          <TextInput
            label={t('sync.setup.url')}
            description={t('sync.setup.urlHint')}
            placeholder="https://rapport.example.com:8443"
            styles={readable}
            dir="ltr"
            error={error('url')}
            {...register('url')}
          />
          <PasswordInput
            label={t('sync.setup.token')}
            description={t(tokenKept ? 'sync.setup.tokenKeptHint' : 'sync.setup.tokenHint')}
            styles={readable}
            autoComplete="off"
            error={error('token')}
            {...register('token')}
          />
        </>
      )}
    </Stack>
  );
}
