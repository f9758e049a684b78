import {
  Anchor,
  Avatar,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initialsOf } from '@web/app/user-menu';
import { useCurrentUser } from '@web/auth/current-user';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { UsersIcon } from '@web/ui/icons';
import { PageHeader } from '@web/ui/page-header';
import { MyNetworksCard } from './my-networks-card';
import { UnreadNotificationsCard } from './unread-notifications-card';

/**
 * The start page. The main column holds the unread notifications and the member's networks;
 * the side column holds the profile summary.
 */
export default function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const { language, formatDate } = useLocale();

  return (
    <>
      <PageHeader title={t('home.greeting', { name: user.firstName })} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <UnreadNotificationsCard />
            <MyNetworksCard />
            <Card
              withBorder
              radius="md"
              padding="lg"
              component="section"
              aria-labelledby="home-directory"
            >
              <Group gap="sm" mb="xs" wrap="nowrap">
                <UsersIcon size={22} />
                <Title order={2} size="h4" id="home-directory">
                  {t('home.directoryTitle')}
                </Title>
              </Group>
              <Text size="sm" mb="md">
                {t('home.directoryText')}
              </Text>
              <Button component={Link} to="/directory" variant="light" w="fit-content">
                {t('home.openDirectory')}
              </Button>
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Card
            withBorder
            radius="md"
            padding="lg"
            component="section"
            aria-labelledby="home-profile"
          >
            <Title order={2} size="h4" id="home-profile" mb="md">
              {t('home.summaryTitle')}
            </Title>
            <Group gap="md" wrap="nowrap" align="flex-start">
              <Avatar color="blue" radius="xl" size={48} aria-hidden>
                {initialsOf(user.firstName, user.lastName)}
              </Avatar>
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600}>{user.displayName}</Text>
                <Text size="sm">{user.position ?? t('home.noPosition')}</Text>
                <Text size="sm" c="dimmed">
                  {user.organisation
                    ? organisationName(user.organisation, language)
                    : t('home.noOrganisation')}
                </Text>
              </Stack>
            </Group>
            <Group gap={6} mt="md">
              <Badge variant="light" color="gray">
                {t(`profile.roles.${user.role}`)}
              </Badge>
              {user.isLiaisonOfficer && (
                <Badge variant="light" color="blue">
                  {t('profile.liaisonOfficer')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" mt="md">
              {t('home.recordConfirmed', { date: formatDate(user.recordConfirmedAt) })}
            </Text>
            <Anchor component={Link} to="/profile" size="sm" mt="sm" display="inline-block">
              {t('home.editProfile')}
            </Anchor>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
