import { Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Refused } from '../refusals/Refused';
import { openLogInteraction } from './logInteractionStore';

interface Props {
  accountId: string;
  /** The person it was with, filled in too (a contact card, an agenda item). */
  contactId?: string;
  /** Whom or what the buttons are for, where several stand on one screen. */
  about?: string;
  size?: ButtonProps['size'];
  /** Why the signed-in person may not record on this account (the write rule's words). */
  refusal?: string | null;
}

/** "Log visit" and "Log call" where the rep stands: the dialog opens filled in with it. */
export function LogButtons({ accountId, contactId, about, size = 'sm', refusal = null }: Props) {
  const { t } = useTranslation();
  return (['visit', 'call'] as const).map((kind) => {
    const text = t(kind === 'visit' ? 'record.logVisit' : 'record.logCall');
    return (
      <Refused key={kind} reason={refusal}>
        <Button
          size={size}
          variant="default"
          onClick={() => openLogInteraction({ accountId, contactId, kind })}
          aria-label={about ? `${text}: ${about}` : undefined}
        >
          {text}
        </Button>
      </Refused>
    );
  });
}
