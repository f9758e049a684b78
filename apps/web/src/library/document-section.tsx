import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A part of a document's page: a card named by its level-2 heading (a landmark region). */
export function DocumentSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
