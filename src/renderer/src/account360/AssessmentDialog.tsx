import { Checkbox, Fieldset, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMMITMENT_FAILURES,
  QUALITY_MEASURES,
  WARNING_SIGNS,
  type CommitmentFailure,
  type QualityMeasure,
  type WarningSign,
} from '../../../shared/domain/health';
import { AssessmentCreate } from '../../../shared/domain/relationship';
import { useCreateAssessment } from '../accounts/overviewQueries';
import { check, serverErrors, type FieldErrors } from './fieldErrors';
import { FormDialog } from './FormDialog';
import { useIssueText } from '../issues/useIssueText';

const SCORES = ['1', '2', '3', '4', '5'];
const today = () => new Date().toISOString().slice(0, 10);

/** A dated review: the signs seen, and the four quality measures from 1 to 5. */
export function AssessmentDialog({
  accountId,
  onClose,
}: {
  accountId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [openedOn] = useState(today);
  const [assessedOn, setAssessedOn] = useState(openedOn);
  const [signs, setSigns] = useState<Set<WarningSign | CommitmentFailure>>(new Set());
  const [measures, setMeasures] = useState<Partial<Record<QualityMeasure, string | null>>>({});
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateAssessment();
  const dirty =
    assessedOn !== openedOn ||
    signs.size > 0 ||
    Object.values(measures).some((value) => value !== null) ||
    notes.trim() !== '';

  const submit = () => {
    const values: Record<string, unknown> = { accountId, assessedOn, notes: notes.trim() || null };
    for (const sign of [...WARNING_SIGNS, ...COMMITMENT_FAILURES]) values[sign] = signs.has(sign);
    for (const measure of QUALITY_MEASURES) {
      const value = measures[measure];
      values[measure] = value ? Number(value) : null;
    }
    const parsed = check(AssessmentCreate, values);
    if (!parsed.ok) return setErrors(parsed.errors);
    create.mutate(parsed.value, {
      onSuccess: () => {
        notifications.show({ message: t('account360.assessment.saved') });
        onClose();
      },
      onError: (error) => setErrors(serverErrors(error)),
    });
  };

  const toggle = (sign: WarningSign | CommitmentFailure) => (
    <Checkbox
      key={sign}
      label={t(`account360.sign.${sign}`)}
      checked={signs.has(sign)}
      onChange={(event) => {
        const next = new Set(signs);
        if (event.currentTarget.checked) next.add(sign);
        else next.delete(sign);
        setSigns(next);
      }}
    />
  );

  return (
    <FormDialog
      title={t('account360.assessment.title')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      formError={errors.form}
      pending={create.isPending}
      dirty={dirty}
    >
      <TextInput
        type="date"
        label={t('account360.assessment.assessedOn')}
        value={assessedOn}
        onChange={(event) => setAssessedOn(event.currentTarget.value)}
        error={issueText(errors.assessedOn, t('account360.assessment.assessedOn'))}
        required
        w={200}
      />
      <Fieldset legend={t('account360.assessment.warningSigns')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {WARNING_SIGNS.map(toggle)}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('account360.assessment.commitment')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {COMMITMENT_FAILURES.map(toggle)}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('account360.assessment.measures')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {QUALITY_MEASURES.map((measure) => (
            <Select
              key={measure}
              label={t(`account360.sign.${measure}`)}
              data={SCORES}
              value={measures[measure] ?? null}
              onChange={(value) => setMeasures((m) => ({ ...m, [measure]: value }))}
              error={issueText(errors[measure], t(`account360.sign.${measure}`))}
              clearable
            />
          ))}
        </SimpleGrid>
      </Fieldset>
      <Textarea
        label={t('account360.assessment.notes')}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        error={issueText(errors.notes, t('account360.assessment.notes'))}
        autosize
        minRows={2}
        dir="auto"
      />
    </FormDialog>
  );
}
