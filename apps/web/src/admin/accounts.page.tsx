import { useMutation } from '@apollo/client/react';
import { Badge, Button, NativeSelect, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@web/auth/current-user';
import type { Role, UserStatus } from '@web/auth/session.operations';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import { PageHeader } from '@web/ui/page-header';
import type { Account } from './admin.operations';
import { ACCOUNTS, ROLES, SET_USER_ROLE, SET_USER_STATUS } from './admin.operations';
import { AdminRow } from './admin-row';
import { AdminSearch } from './admin-search';
import { ADMIN_PAGE_SIZE, PagedList, usePagedQuery } from './paged-list';
import { useAdminRole } from './use-admin-role';

const STATUS_COLOURS: Record<UserStatus, string> = {
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  DEACTIVATED: 'gray',
};

/**
 * Accounts: everyone, suspended and former members included, searched by name. Administrators
 * change roles and suspend or reactivate; one's own account is left alone here.
 */
export default function AccountsPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { isAdmin } = useAdminRole();
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const [setStatus, statusChange] = useMutation(SET_USER_STATUS);
  const [setRole, roleChange] = useMutation(SET_USER_ROLE);
  const error = statusChange.error ?? roleChange.error;

  const list = usePagedQuery(
    ACCOUNTS,
    { first: ADMIN_PAGE_SIZE, filter: { ...(query ? { query } : {}), includeInactive: true } },
    (data) => data.users,
  );

  const changeStatus = async (account: Account, status: UserStatus) => {
    statusChange.reset();
    roleChange.reset();
    try {
      await setStatus({ variables: { input: { userId: account.id, status } } });
      notify({
        color: 'green',
        message: t(`admin.accounts.statusChanged.${status}`, { name: account.displayName }),
      });
    } catch {
      // Shown from `error`.
    }
  };

  const changeRole = async (account: Account, role: Role) => {
    statusChange.reset();
    roleChange.reset();
    try {
      await setRole({ variables: { input: { userId: account.id, role } } });
      notify({
        color: 'green',
        message: t('admin.accounts.roleChanged', {
          name: account.displayName,
          role: t(`profile.roles.${role}`),
        }),
      });
    } catch {
      // Shown from `error`; the select shows the role the cache still holds.
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.accounts.title')} description={t('admin.accounts.intro')} />
      <AdminSearch
        label={t('admin.accounts.search')}
        placeholder={t('admin.accounts.searchPlaceholder')}
        value={search}
        onChange={setSearch}
      />
      {error && <ApiErrorAlert error={error} />}
      <PagedList
        list={list}
        label={t('admin.accounts.title')}
        empty={t('admin.accounts.empty')}
        renderItem={(account) => {
          const editable = isAdmin && account.id !== me.id;
          return (
            <AdminRow
              key={account.id}
              title={account.displayName}
              badges={
                <>
                  <Badge variant="light" color={STATUS_COLOURS[account.status]}>
                    {t(`admin.accounts.status.${account.status}`)}
                  </Badge>
                  {!editable && account.role !== 'MEMBER' && (
                    <Badge variant="light">{t(`profile.roles.${account.role}`)}</Badge>
                  )}
                  {account.isLiaisonOfficer && (
                    <Badge variant="light" color="grape">
                      {t('profile.liaisonOfficer')}
                    </Badge>
                  )}
                </>
              }
              details={
                <>
                  {[
                    account.email,
                    account.position,
                    account.organisation ? organisationName(account.organisation, language) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </>
              }
              actions={
                editable ? (
                  <>
                    <NativeSelect
                      size="xs"
                      aria-label={t('admin.accounts.roleOf', { name: account.displayName })}
                      value={account.role}
                      data={ROLES.map((role) => ({
                        value: role,
                        label: t(`profile.roles.${role}`),
                      }))}
                      onChange={(event) =>
                        void changeRole(account, event.currentTarget.value as Role)
                      }
                      disabled={roleChange.loading}
                    />
                    {account.status === 'ACTIVE' ? (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        loading={statusChange.loading}
                        onClick={() => void changeStatus(account, 'SUSPENDED')}
                        aria-label={t('admin.accounts.suspendNamed', { name: account.displayName })}
                      >
                        {t('admin.accounts.suspend')}
                      </Button>
                    ) : (
                      <Button
                        size="xs"
                        variant="outline"
                        loading={statusChange.loading}
                        onClick={() => void changeStatus(account, 'ACTIVE')}
                        aria-label={t('admin.accounts.reactivateNamed', {
                          name: account.displayName,
                        })}
                      >
                        {t('admin.accounts.reactivate')}
                      </Button>
                    )}
                  </>
                ) : account.id === me.id ? (
                  <Button component={Link} to="/profile" size="xs" variant="default">
                    {t('admin.accounts.yourProfile')}
                  </Button>
                ) : null
              }
            />
          );
        }}
      />
    </Stack>
  );
}
