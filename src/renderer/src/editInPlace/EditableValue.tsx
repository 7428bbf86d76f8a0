import {
  ActionIcon,
  Group,
  Select,
  TextInput,
  Textarea,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain/account';
import type { FieldErrors } from '../account360/fieldErrors';
import { draftOf, valueOf, type EditableField, type EditorKind } from './fieldValue';
import { useSaveField } from './useSaveField';
import './editInPlace.css';
import { useIssueText } from '../issues/useIssueText';
import { useRefusal } from '../refusals/accountMay';
import { ReadOnlyValue } from './ReadOnlyValue';

interface Props {
  account: Account;
  field: EditableField;
  /** The value as the page shows it (formatted, translated). */
  display: string;
  kind?: EditorKind;
  options?: { value: string; label: string }[];
  /** Data that reads left to right in every language (phones, web addresses, codes). */
  ltr?: boolean;
  /** The page's title (the account's name): it stays a heading, with an edit button beside it. */
  heading?: boolean;
}

/**
 * A value of the 360 that becomes its input on click, Enter or F2: Enter or leaving the
 * field saves, Escape cancels; what the schema or the core refuses is named under it.
 */
export function EditableValue(props: Props) {
  const { account, field, display, kind = 'text', options, ltr, heading } = props;
  const { t } = useTranslation();
  const issueText = useIssueText();
  const save = useSaveField(account);
  const refusal = useRefusal('account', field);
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const saving = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const label = t(`fields.${field}`);
  const editing = draft !== null;

  useEffect(() => {
    if (!editing && returnFocus.current) button.current?.focus();
    returnFocus.current = false;
  }, [editing]);

  const start = () => {
    setErrors({});
    setDraft(draftOf(account[field]));
  };
  /** Back to the value; the focus follows it unless the person moved it elsewhere (a blur). */
  const stop = (refocus = true) => {
    returnFocus.current = refocus;
    setDraft(null);
  };
  const commit = async (text: string, refocus = true) => {
    if (saving.current) return;
    saving.current = true;
    const refused = await save(field, valueOf(kind, text));
    saving.current = false;
    if (refused) setErrors(refused);
    else stop(refocus);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Escape belongs to this field, not to the page or a dialog around it.
      event.stopPropagation();
      stop();
    } else if (event.key === 'Enter' && !event.shiftKey && kind !== 'choice') {
      event.preventDefault();
      void commit(draft ?? '');
    }
  };

  const editLabel = t('editInPlace.edit', { field: label });
  if (refusal !== null) {
    return <ReadOnlyValue reason={refusal} display={display} ltr={ltr} heading={heading} />;
  }
  if (!editing && heading) {
    return (
      <Group gap={4} wrap="nowrap">
        <Title order={2} dir="auto" className="eip-heading" onClick={start}>
          {display}
        </Title>
        <ActionIcon ref={button} variant="subtle" aria-label={editLabel} onClick={start}>
          <span aria-hidden="true">✎</span>
        </ActionIcon>
      </Group>
    );
  }
  if (!editing) {
    return (
      <UnstyledButton
        ref={button}
        className="eip-value"
        // "Edit City: Oslo": the visible value stays part of the button's name
        aria-label={`${editLabel}: ${display}`}
        onClick={start}
        onKeyDown={(event) => event.key === 'F2' && start()}
      >
        <bdi dir={ltr ? 'ltr' : undefined}>{display}</bdi>
      </UnstyledButton>
    );
  }

  const common = {
    'aria-label': label,
    error: errors[field] ? issueText(errors[field], label) : issueText(errors.form),
    autoFocus: true,
    size: heading ? ('md' as const) : ('xs' as const),
    className: 'eip-input',
    onKeyDown,
  };
  if (kind === 'choice') {
    return (
      <Select
        {...common}
        data={options ?? []}
        value={draft}
        allowDeselect={false}
        defaultDropdownOpened
        comboboxProps={{ withinPortal: false }}
        onChange={(value) => value && void commit(value)}
        onBlur={() => stop(false)}
      />
    );
  }
  const Input = kind === 'longText' ? Textarea : TextInput;
  return (
    <Input
      {...common}
      {...(kind === 'longText' ? { autosize: true, minRows: 2 } : {})}
      value={draft}
      // on the input itself: Mantine puts a plain `dir` on the wrapper, where `auto` reads no value
      attributes={{ input: { dir: ltr || kind === 'amount' ? 'ltr' : 'auto' } }}
      inputMode={kind === 'amount' ? 'decimal' : undefined}
      onChange={(event: { currentTarget: { value: string } }) =>
        setDraft(event.currentTarget.value)
      }
      onBlur={() => void commit(draft, false)}
    />
  );
}
