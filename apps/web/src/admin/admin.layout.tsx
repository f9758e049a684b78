import { Box, Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { GraphQLRequestError } from '@web/auth/graphql-request';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { PageHeader } from '@web/ui/page-header';
import { LoadingState } from '@web/ui/query-state';
import { useAdminRole } from './use-admin-role';

/** The screens of the administration; `adminOnly` ones are for administrators, not staff. */
export const ADMIN_SECTIONS = [
  { path: 'organisations', key: 'admin.nav.organisations', adminOnly: false },
  { path: 'networks', key: 'admin.nav.networks', adminOnly: false },
  { path: 'accounts', key: 'admin.nav.accounts', adminOnly: false },
  { path: 'invitations', key: 'admin.nav.invitations', adminOnly: false },
  { path: 'registrations', key: 'admin.nav.registrations', adminOnly: false },
  { path: 'stale-records', key: 'admin.nav.staleRecords', adminOnly: false },
  { path: 'deleted-documents', key: 'admin.nav.deletedDocuments', adminOnly: false },
  { path: 'mail', key: 'admin.nav.mail', adminOnly: true },
] as const;

function Forbidden() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('admin.title')} />
      <ApiErrorAlert error={new GraphQLRequestError('FORBIDDEN', 'forbidden')} />
    </Stack>
  );
}

/** A screen only administrators may open (the API refuses staff as well). */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { isAdmin } = useAdminRole();
  return isAdmin ? children : <Forbidden />;
}

/**
 * The administration, for the association's staff and administrators: a navigation of its
 * screens above the screen itself. Members get "not allowed" (the API would refuse them too).
 */
export default function AdminLayout() {
  const { t } = useTranslation();
  const { isAdmin, isStaff } = useAdminRole();
  if (!isStaff) return <Forbidden />;

  return (
    <Stack gap="lg">
      <Box component="nav" aria-label={t('admin.nav.label')}>
        <Group gap={4} wrap="wrap">
          {ADMIN_SECTIONS.filter((section) => isAdmin || !section.adminOnly).map((section) => (
            <Button
              key={section.path}
              component={NavLink}
              to={`/admin/${section.path}`}
              variant="subtle"
              color="dark"
              size="sm"
              className="header-link"
            >
              {t(section.key)}
            </Button>
          ))}
        </Group>
      </Box>
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
    </Stack>
  );
}
