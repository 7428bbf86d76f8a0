import { Tooltip } from '@mantine/core';
import { cloneElement, type MouseEvent, type ReactElement } from 'react';
import { useIssueText } from '../issues/useIssueText';

interface ControlProps {
  onClick?: (event: MouseEvent) => void;
  href?: string;
  component?: string;
  'data-disabled'?: boolean;
  'aria-disabled'?: boolean;
  'aria-description'?: string;
}

/**
 * A control the write rule refuses: shown disabled, with the rule's reason on hover and
 * on focus. It stays focusable (Mantine's `data-disabled`), so a keyboard user hears why.
 */
export function Refused({
  reason,
  children,
}: {
  reason: string | null;
  children: ReactElement<ControlProps>;
}) {
  const issueText = useIssueText();
  if (reason === null) return children;
  const text = issueText(reason);
  return (
    <Tooltip
      label={text}
      multiline
      maw={320}
      withArrow
      events={{ hover: true, focus: true, touch: true }}
    >
      {cloneElement(children, {
        'data-disabled': true,
        'aria-disabled': true,
        'aria-description': text,
        // a link without its address is no longer focusable: a button stays so
        component: 'button',
        href: undefined,
        onClick: (event: MouseEvent) => event.preventDefault(),
      })}
    </Tooltip>
  );
}
