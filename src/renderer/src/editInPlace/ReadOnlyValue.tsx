import { Title, Tooltip } from '@mantine/core';
import { useIssueText } from '../issues/useIssueText';

/** A value of the 360 the person may not change: plain text, with the rule's reason on hover. */
export function ReadOnlyValue(props: {
  reason: string;
  display: string;
  ltr?: boolean;
  heading?: boolean;
}) {
  const { reason, display, ltr, heading } = props;
  const issueText = useIssueText();
  const value = heading ? (
    <Title order={2} dir="auto" className="eip-heading eip-readonly">
      {display}
    </Title>
  ) : (
    <span className="eip-readonly">
      <bdi dir={ltr ? 'ltr' : undefined}>{display}</bdi>
    </span>
  );
  return (
    <Tooltip label={issueText(reason)} multiline maw={320} withArrow openDelay={300}>
      {value}
    </Tooltip>
  );
}
