import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One panel of the 360: a titled region, with actions beside its title. A panel with an
 * `id` can be brought into view from elsewhere (a link to `#/accounts/<id>/team`).
 */
export function Panel({
  title,
  actions,
  wide,
  id,
  children,
}: {
  title: string;
  actions?: ReactNode;
  wide?: boolean;
  id?: string;
  children: ReactNode;
}) {
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      aria-label={title}
      className={wide ? 'a360-wide' : undefined}
      id={id}
      tabIndex={id ? -1 : undefined}
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
