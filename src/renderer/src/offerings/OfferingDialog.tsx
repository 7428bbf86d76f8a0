import { Button, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OfferingCreate, OfferingUpdate, type Offering } from '../../../shared/domain/commerce';
import { OfferingKind, OfferingService } from '../../../shared/domain/enums';
import { check, serverErrors, type FieldErrors } from '../account360/fieldErrors';
import { FormDialog } from '../account360/FormDialog';
import {
  useArchiveOffering,
  useCreateOffering,
  useUpdateOffering,
} from '../account360/sellingQueries';
import { useIssueText } from '../issues/useIssueText';
import { useSavedNotice } from '../account360/useSavedNotice';

type Text = 'name' | 'productLine' | 'segment' | 'description';
type Values = Record<Text, string> & {
  kind: string | null;
  service: string | null;
};

const valuesOf = (o: Offering | null): Values => ({
  kind: o?.kind ?? 'core_product',
  service: o?.service ?? null,
  name: o?.name ?? '',
  productLine: o?.productLine ?? '',
  segment: o?.segment ?? '',
  description: o?.description ?? '',
});

const fieldsOf = (v: Values) => ({
  ...v,
  service: v.kind === 'service' ? v.service : null,
  productLine: v.productLine.trim() || null,
  segment: v.segment.trim() || null,
  description: v.description.trim() || null,
});

/** A core product or an optional service of the catalogue: added, edited or withdrawn. */
export function OfferingDialog({
  offering,
  onClose,
}: {
  offering: Offering | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const notice = useSavedNotice();
  const [initial] = useState(() => valuesOf(offering));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateOffering();
  const update = useUpdateOffering();
  const archive = useArchiveOffering();
  const set = <K extends keyof Values>(name: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [name]: value }));
  const done = (message: string) => ({
    onSuccess: () => {
      notice(message);
      onClose();
    },
    onError: (error: Error) => setErrors(serverErrors(error)),
  });
  const submit = () => {
    const fields = fieldsOf(values);
    if (!offering) {
      const parsed = check(OfferingCreate, fields);
      if (!parsed.ok) return setErrors(parsed.errors);
      return create.mutate(parsed.value, done(t('offerings.saved')));
    }
    const before = fieldsOf(initial);
    const patch = Object.fromEntries(
      Object.entries(fields).filter(([n, v]) => before[n as keyof Values] !== v),
    );
    const parsed = check(OfferingUpdate, { id: offering.id, patch });
    if (!parsed.ok) return setErrors(parsed.errors);
    update.mutate(parsed.value, done(t('offerings.saved')));
  };
  const text = (name: Text) => (
    <TextInput
      label={t(`offerings.${name}`)}
      value={values[name]}
      onChange={(event) => set(name, event.currentTarget.value)}
      error={issueText(errors[name], t(`offerings.${name}`))}
      required={name === 'name'}
      dir="auto"
    />
  );
  const choice = (name: 'kind' | 'service', options: readonly string[]) => (
    <Select
      label={t(`offerings.${name}`)}
      data={options.map((value) => ({ value, label: t(`offerings.${name}Choice.${value}`) }))}
      value={values[name]}
      onChange={(value) => set(name, value)}
      error={issueText(errors[name], t(`offerings.${name}`))}
      required
    />
  );
  return (
    <FormDialog
      title={t(offering ? 'offerings.editTitle' : 'offerings.addTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      formError={errors.form}
      pending={create.isPending || update.isPending}
      dirty={JSON.stringify(values) !== JSON.stringify(initial)}
      aside={
        offering && (
          <Button
            variant="default"
            color="red"
            loading={archive.isPending}
            onClick={() =>
              archive.mutate({ id: offering.id, archived: true }, done(t('offerings.withdrawn')))
            }
          >
            {t('offerings.withdraw')}
          </Button>
        )
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {text('name')}
        {choice('kind', OfferingKind.options)}
        {values.kind === 'service' && choice('service', OfferingService.options)}
        {text('productLine')}
        {text('segment')}
      </SimpleGrid>
      <Textarea
        label={t('offerings.description')}
        value={values.description}
        onChange={(event) => set('description', event.currentTarget.value)}
        error={issueText(errors.description, t('offerings.description'))}
        autosize
        minRows={2}
        dir="auto"
      />
    </FormDialog>
  );
}
