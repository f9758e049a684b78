import {
  AppShell,
  Box,
  Burger,
  Button,
  Container,
  Group,
  NavLink as MantineNavLink,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '@web/auth/current-user';
import { NotificationBell } from '@web/notifications/notification-bell';
import { HeaderSearch, SearchLink } from '@web/search/header-search';
import { Logo } from '@web/ui/logo';
import { LoadingState } from '@web/ui/query-state';
import { LanguageSwitcher } from './language-switcher';
import { UserMenu } from './user-menu';

const NAVIGATION = [
  { to: '/', key: 'app.nav.home', end: true },
  { to: '/networks', key: 'app.nav.networks', end: false },
  { to: '/library', key: 'app.nav.library', end: false },
  { to: '/directory', key: 'app.nav.directory', end: false },
  { to: '/profile', key: 'app.nav.profile', end: false },
] as const;

const ADMINISTRATION = { to: '/admin', key: 'app.nav.admin', end: false } as const;

/**
 * The signed-in shell: header with the logo, navigation, language and user menu; on narrow
 * screens the navigation folds into a drawer behind the burger. While the record must be
 * confirmed there is nowhere else to go, so no navigation shows.
 */
export default function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const [navOpened, nav] = useDisclosure(false);
  const withNavigation = !user.recordReconfirmationDue;
  const drawerItems = user.role === 'MEMBER' ? [...NAVIGATION] : [...NAVIGATION, ADMINISTRATION];

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 280, breakpoint: 'sm', collapsed: { mobile: !navOpened, desktop: true } }}
      padding={0}
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header className="app-header">
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="sm" wrap="nowrap">
              {withNavigation && (
                <Burger
                  opened={navOpened}
                  onClick={nav.toggle}
                  hiddenFrom="sm"
                  size="sm"
                  aria-label={navOpened ? t('app.nav.close') : t('app.nav.open')}
                  aria-expanded={navOpened}
                  aria-controls="mobile-navigation"
                />
              )}
              <Link to="/" aria-label={t('app.homeLink')} style={{ textDecoration: 'none' }}>
                <Logo />
              </Link>
              {withNavigation && (
                <Group
                  component="nav"
                  aria-label={t('app.nav.label')}
                  gap={4}
                  ml="md"
                  visibleFrom="sm"
                  wrap="nowrap"
                >
                  {NAVIGATION.slice(0, 4).map((item) => (
                    <Button
                      key={item.to}
                      component={NavLink}
                      to={item.to}
                      end={item.end}
                      variant="subtle"
                      color="dark"
                      className="header-link"
                    >
                      {t(item.key)}
                    </Button>
                  ))}
                </Group>
              )}
            </Group>
            <Group gap={4} wrap="nowrap">
              {withNavigation && (
                <>
                  {/* The box needs room; narrower headers get a button to the search page. */}
                  <Box visibleFrom="lg">
                    <HeaderSearch />
                  </Box>
                  <Box hiddenFrom="lg">
                    <SearchLink />
                  </Box>
                </>
              )}
              {withNavigation ? (
                // On a phone the language moves into the navigation drawer to leave room.
                <Box visibleFrom="sm">
                  <LanguageSwitcher />
                </Box>
              ) : (
                <LanguageSwitcher compact />
              )}
              {withNavigation && <NotificationBell />}
              <UserMenu />
            </Group>
          </Group>
        </Container>
      </AppShell.Header>

      {withNavigation && (
        <AppShell.Navbar p="sm" id="mobile-navigation">
          <Box component="nav" aria-label={t('app.nav.label')}>
            {drawerItems.map((item) => (
              <MantineNavLink
                key={item.to}
                component={NavLink}
                to={item.to}
                end={item.end}
                label={t(item.key)}
                onClick={nav.close}
                active={
                  item.end ? location.pathname === item.to : location.pathname.startsWith(item.to)
                }
              />
            ))}
          </Box>
          <Box mt="md" px="xs">
            <LanguageSwitcher />
          </Box>
        </AppShell.Navbar>
      )}

      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" py={{ base: 'md', sm: 'xl' }} px={{ base: 'sm', xs: 'md' }}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
