import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One panel of the 360: a titled region, with actions beside its title. */
export function Panel({
  title,
  actions,
  wide,
  children,
}: {
  title: string;
  actions?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-label={title}
      className={wide ? 'a360-wide' : undefined}
    >
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Paper>
  );
}
