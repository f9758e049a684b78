import { Box, Container, Group, Paper, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Logo } from '@web/ui/logo';
import { LoadingState } from '@web/ui/query-state';
import { LanguageSwitcher } from './language-switcher';

/** Sign-in and the other pages for visitors: one card in the middle, the language at hand. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Box
        component="header"
        className="app-header"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="lg" h={60}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Link to="/" aria-label={t('app.homeLink')} style={{ textDecoration: 'none' }}>
              <Logo />
            </Link>
            <LanguageSwitcher />
          </Group>
        </Container>
      </Box>
      <Container
        component="main"
        id="main"
        tabIndex={-1}
        size={520}
        px={{ base: 'sm', xs: 'md' }}
        py={{ base: 'md', sm: 48 }}
      >
        <Paper withBorder shadow="xs" radius="md" p={{ base: 'md', xs: 'xl' }}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </Paper>
        <Text ta="center" size="sm" c="dimmed" mt="lg">
          {t('app.tagline')}
        </Text>
      </Container>
    </Box>
  );
}
