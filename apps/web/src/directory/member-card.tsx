import { Anchor, Avatar, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { initialsOf } from '@web/app/user-menu';
import { useLocale } from '@web/i18n/format';
import { organisationName } from '@web/organisations/organisation-name';
import { MailIcon, PhoneIcon } from '@web/ui/icons';
import type { DirectoryMember } from './directory.operations';

/** One member of the directory: name, position, organisation, and contacts where shown. */
export function MemberCard({ member }: { member: DirectoryMember }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  return (
    <Card withBorder radius="md" padding="md" component="li" h="100%">
      <Group gap="md" wrap="nowrap" align="flex-start">
        <Avatar color="blue" radius="xl" size={44} aria-hidden>
          {initialsOf(member.firstName, member.lastName)}
        </Avatar>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} component="h2" size="md" m={0}>
            {member.displayName}
          </Text>
          {member.position && <Text size="sm">{member.position}</Text>}
          {member.organisation && (
            <Text size="sm" c="dimmed">
              {organisationName(member.organisation, language)}
            </Text>
          )}
          {member.isLiaisonOfficer && (
            <Badge variant="light" color="blue" size="sm" w="fit-content">
              {t('profile.liaisonOfficer')}
            </Badge>
          )}
          {member.email && (
            <Group gap={6} wrap="nowrap">
              <MailIcon size={15} />
              <Anchor
                href={`mailto:${member.email}`}
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                <span className="visually-hidden">{t('directory.email')}: </span>
                {member.email}
              </Anchor>
            </Group>
          )}
          {member.phone && (
            <Group gap={6} wrap="nowrap">
              <PhoneIcon size={15} />
              <Anchor href={`tel:${member.phone.replace(/[^\d+]/g, '')}`} size="sm">
                <span className="visually-hidden">{t('directory.phone')}: </span>
                {member.phone}
              </Anchor>
            </Group>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
