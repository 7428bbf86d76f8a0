import {
  Fieldset,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { Controller } from 'react-hook-form';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { AccountFields } from '../../../../shared/domain/account';
import {
  AccountKind,
  Lifecycle,
  RelationshipStyle,
  SalesForce,
  Tier,
} from '../../../../shared/domain/enums';
import { useEnumOptions } from '../../app/enumOptions';
import type { EnumName } from '../../app/enumOptions';
import { localeOf } from '../../i18n/languages';
import { useLanguageStore } from '../../i18n/languageStore';
import { useMemberOptions } from '../../team/useTeamMembers';
import { useProfile } from '../../week/queries';
import { AccountSelect } from './AccountSelect';
import { CodeSelect } from './CodeSelect';
import { useCountryOptions, useCurrencyOptions } from './codeOptions';
import type { Option } from './AccountSelect';
import { emptyToNull } from './formValues';
import type { FieldName, FormValues } from './formValues';
import { useIssueText } from '../../issues/useIssueText';

type Form = UseFormReturn<FormValues, unknown, AccountFields>;

/**
 * Whom the owner may be chosen from, as the write rule lets the member: anyone (a lead
 * on their team's book), themselves only (a rep making an account), or no choice (a rep
 * on an account they cover: handing it over is a lead's).
 */
export type OwnerChoice = 'anyone' | 'myself' | null;

interface Props {
  form: Form;
  parent: Option | null;
  servedVia: Option | null;
  accountId: string | undefined;
  ownerChoice: OwnerChoice;
}

export function AccountFieldsets({ form, parent, servedVia, accountId, ownerChoice }: Props) {
  const { t } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const everyone = useMemberOptions(localeOf[language]);
  const me = useProfile().data?.member?.id;
  const members = ownerChoice === 'myself' ? everyone.filter((m) => m.value === me) : everyone;
  const countries = useCountryOptions();
  const currencies = useCurrencyOptions();
  const { register, control, formState } = form;
  const issueText = useIssueText();
  // Not every field name has a label of the same name (ownerId is "Owner"): those are
  // found by the English label the message carries.
  const error = (name: FieldName) =>
    issueText(
      formState.errors[name]?.message,
      t(`fields.${name}`, { defaultValue: '' }) || undefined,
    );
  const text = (name: FieldName) => ({
    label: t(`fields.${name}`),
    error: error(name),
    ...register(name, { setValueAs: emptyToNull }),
  });
  const amount = (name: 'costToServe' | 'profitPotential') => (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={t(`fields.${name}`)}
          value={field.value ?? ''}
          onChange={(value) => field.onChange(value === '' ? null : Number(value))}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error(name)}
          thousandSeparator=" "
          decimalScale={2}
        />
      )}
    />
  );

  return (
    <Stack gap="lg">
      <Fieldset legend={t('form.sectionAccount')} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <TextInput
            label={t('fields.name')}
            withAsterisk
            error={error('name')}
            {...register('name')}
          />
          <EnumSelect form={form} name="kind" enumName="accountKind" values={AccountKind.options} />
          <EnumSelect
            form={form}
            name="lifecycle"
            enumName="lifecycle"
            // Ending is done on purpose, with its reason (End relationship on the account).
            values={Lifecycle.options.filter(
              (v) => v !== 'ended' || form.formState.defaultValues?.lifecycle === 'ended',
            )}
          />
          <EnumSelect form={form} name="tier" enumName="tier" values={Tier.options} />
          <TextInput {...text('industry')} />
          <Controller
            control={control}
            name="parentId"
            render={({ field }) => (
              <AccountSelect
                label={t('fields.parent')}
                value={field.value ?? null}
                onChange={field.onChange}
                onBlur={field.onBlur}
                initial={parent}
                excludeId={accountId}
                error={error('parentId')}
              />
            )}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('form.sectionLocation')} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <Controller
            control={control}
            name="country"
            render={({ field }) => (
              <CodeSelect
                label={t('fields.country')}
                options={countries}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={error('country')}
              />
            )}
          />
          <TextInput {...text('region')} />
          <TextInput {...text('city')} />
          <TextInput {...text('postcode')} />
          <TextInput {...text('address')} />
          <TextInput {...text('website')} type="url" />
          <TextInput {...text('phone')} type="tel" />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('form.sectionRelationship')} variant="unstyled">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          <EnumSelect
            form={form}
            name="relationshipStyle"
            enumName="relationshipStyle"
            values={RelationshipStyle.options}
          />
          <EnumSelect
            form={form}
            name="salesForce"
            enumName="salesForce"
            values={SalesForce.options}
          />
          {ownerChoice && (
            <Controller
              control={control}
              name="ownerId"
              render={({ field }) => (
                <Select
                  ref={field.ref}
                  label={t('fields.owner')}
                  placeholder={t('form.noOwner')}
                  data={members}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  searchable
                  clearable
                  // Choosing the owner already chosen keeps them (clearing is the × button).
                  allowDeselect={false}
                  error={error('ownerId')}
                />
              )}
            />
          )}
          {/* Who serves an end customer is a lead's call, as who owns it is. */}
          {ownerChoice === 'anyone' && (
            <Controller
              control={control}
              name="servedViaId"
              render={({ field }) => (
                <AccountSelect
                  label={t('fields.servedViaId')}
                  value={field.value ?? null}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  initial={servedVia}
                  excludeId={accountId}
                  error={error('servedViaId')}
                />
              )}
            />
          )}
          {amount('costToServe')}
          {amount('profitPotential')}
          <Controller
            control={control}
            name="currency"
            render={({ field }) => (
              <CodeSelect
                label={t('fields.currency')}
                options={currencies}
                value={field.value ?? null}
                onChange={(v) => field.onChange(v ?? '')}
                onBlur={field.onBlur}
                error={error('currency')}
                required
              />
            )}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('form.sectionNotes')} variant="unstyled">
        <Stack>
          <Textarea {...text('needs')} autosize minRows={2} />
          <Textarea {...text('capabilities')} autosize minRows={2} />
          <Textarea {...text('notes')} autosize minRows={3} />
        </Stack>
      </Fieldset>
    </Stack>
  );
}

type EnumField = 'kind' | 'lifecycle' | 'tier' | 'relationshipStyle' | 'salesForce';

function EnumSelect({
  form,
  name,
  enumName,
  values,
}: {
  form: Form;
  name: EnumField;
  enumName: EnumName;
  values: readonly string[];
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const options = useEnumOptions(enumName, values);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Select
          label={t(`fields.${name}`)}
          data={options}
          value={field.value ?? null}
          onChange={field.onChange}
          onBlur={field.onBlur}
          allowDeselect={false}
          error={issueText(fieldState.error?.message, t(`fields.${name}`))}
        />
      )}
    />
  );
}
