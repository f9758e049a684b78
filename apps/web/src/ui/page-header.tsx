import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The first page shown keeps the browser's focus; later navigations move it to the heading. */
let firstPageShown = false;

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
}

/**
 * The page's `<h1>`, and the document title. After a navigation the heading takes the focus, so
 * that a screen reader announces the new page and Tab continues from its top.
 */
export function PageHeader({ title, description }: PageHeaderProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);

  return (
    <Stack gap={6} mb="lg">
      <Title
        order={1}
        ref={heading}
        tabIndex={-1}
        className="page-title"
        fz={{ base: 26, sm: 32 }}
        lh={1.2}
      >
        {title}
      </Title>
      {description && (
        <Text c="dimmed" size="md">
          {description}
        </Text>
      )}
    </Stack>
  );
}
