import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '@web/ui/icons';

/**
 * Shown when a page fails to render or its code cannot be loaded (typically: a new version was
 * deployed and the old chunks are gone). Reloading fetches the current version.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container size={560} py="xl">
      <Alert color="red" title={t('routeError.title')} icon={<AlertIcon />} role="alert">
        <Stack gap="sm">
          <Text size="sm">{t('routeError.text')}</Text>
          <Button w="fit-content" onClick={() => window.location.reload()}>
            {t('routeError.reload')}
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
