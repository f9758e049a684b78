import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@web/auth/current-user';
import { useSession } from '@web/auth/session.context';
import { ChevronDownIcon, LogoutIcon, SettingsIcon, UserIcon } from '@web/ui/icons';

export function initialsOf(firstName: string, lastName: string): string {
  return `${firstName.charAt(0)}${lastName.charAt(0)}`.toUpperCase();
}

/** The signed-in user's menu: profile and settings, sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const session = useSession();

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('app.userMenu.label', { name: user.displayName })}
          style={{ borderRadius: 'var(--mantine-radius-md)', padding: 4 }}
        >
          <Group gap={8} wrap="nowrap">
            {/* An icon rather than initials: the visible text stays part of the button's name. */}
            <Avatar color="blue" radius="xl" size={32} aria-hidden>
              <UserIcon size={18} />
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="md" maw={180} truncate>
              {user.displayName}
            </Text>
            <ChevronDownIcon size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email ?? user.displayName}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<UserIcon size={16} />}>
          {t('app.userMenu.profile')}
        </Menu.Item>
        {user.role !== 'MEMBER' && (
          <Menu.Item component={Link} to="/admin" leftSection={<SettingsIcon size={16} />}>
            {t('app.nav.admin')}
          </Menu.Item>
        )}
        <Menu.Item leftSection={<LogoutIcon size={16} />} onClick={() => void session.signOut()}>
          {t('app.userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
