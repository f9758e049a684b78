import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';

interface AdminRowProps {
  title: ReactNode;
  /** Lines under the title: organisation, e-mail, dates. */
  details?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

/** One row of an administration list: a card whose actions wrap below the text on a phone. */
export function AdminRow({ title, details, badges, actions, children }: AdminRowProps) {
  const titleId = useId();
  return (
    <Paper component="li" withBorder radius="md" p="md" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Stack gap={4} miw={0} style={{ flex: '1 1 240px' }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Text>
            {badges}
          </Group>
          {details && (
            <Text size="sm" c="dimmed" component="div" style={{ overflowWrap: 'anywhere' }}>
              {details}
            </Text>
          )}
        </Stack>
        {actions && (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        )}
      </Group>
      {children}
    </Paper>
  );
}
