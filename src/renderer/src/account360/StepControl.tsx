import { Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpportunityStep } from '../../../shared/domain/commerce';
import { OpportunityStatus, SellingStep } from '../../../shared/domain/enums';
import { reasonNeeded } from '../../../shared/rules/selling';
import { useFormat } from '../i18n/format';
import { useIssueText } from '../issues/useIssueText';

export interface Standing {
  step: SellingStep;
  status: OpportunityStatus;
}

/** Whether the move asks for a reason: going back, or closing as won or lost. */
export function asksReason(before: Standing | null, next: Standing): boolean {
  if (!before) return false;
  const back = SellingStep.options.indexOf(next.step) < SellingStep.options.indexOf(before.step);
  return back || (next.status !== before.status && next.status !== 'open');
}

/**
 * The seven selling steps and the deal's outcome, chosen in place; a move back or a
 * close asks why, and says whether the selling rule requires it. Below, the steps taken.
 */
export function StepControl({
  before,
  value,
  reason,
  reasonError,
  steps,
  onChange,
  onReason,
}: {
  before: Standing | null;
  value: Standing;
  reason: string;
  reasonError: string | undefined;
  steps: OpportunityStep[];
  onChange: (value: Standing) => void;
  onReason: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const issueText = useIssueText();
  const stepName = (step: SellingStep) => t(`account360.sellingStep.${step}`);
  const reasonLabel = t('account360.deal.reason');
  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('account360.deal.step')}
        value={value.step}
        onChange={(step) => onChange({ ...value, step: step as SellingStep })}
      >
        <Stack gap={4} mt={4}>
          {SellingStep.options.map((step, index) => (
            <Radio
              key={step}
              value={step}
              label={t('account360.deal.stepChoice', {
                number: format.number(index + 1),
                step: stepName(step),
              })}
              description={before?.step === step ? t('account360.deal.now') : undefined}
            />
          ))}
        </Stack>
      </Radio.Group>
      {before && (
        <Radio.Group
          label={t('account360.deal.outcome')}
          value={value.status}
          onChange={(status) => onChange({ ...value, status: status as OpportunityStatus })}
        >
          <Stack gap={4} mt={4}>
            {OpportunityStatus.options.map((status) => (
              <Radio
                key={status}
                value={status}
                label={t(`account360.deal.outcomeChoice.${status}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {asksReason(before, value) && (
        <Textarea
          label={reasonLabel}
          description={t('account360.deal.reasonHelp')}
          value={reason}
          onChange={(event) => onReason(event.currentTarget.value)}
          error={issueText(reasonError, reasonLabel)}
          required={before !== null && reasonNeeded(before, value) !== null}
          autosize
          minRows={2}
          dir="auto"
        />
      )}
      {steps.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            {t('account360.deal.history')}
          </Text>
          <ol className="a360-step-history" aria-label={t('account360.deal.history')}>
            {steps.map((s) => (
              <li key={s.id}>
                <Text size="xs">
                  {format.date(s.changedAt.slice(0, 10))} · {stepName(s.step)}
                  {s.reason && (
                    <>
                      {' · '}
                      <bdi>{s.reason}</bdi>
                    </>
                  )}
                </Text>
              </li>
            ))}
          </ol>
        </div>
      )}
    </Stack>
  );
}
