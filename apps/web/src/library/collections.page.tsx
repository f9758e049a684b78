import { Anchor, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '@web/auth/current-user';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { PageHeader } from '@web/ui/page-header';
import { CollectionList, CreateCollectionButton } from './collection-list';
import { useLibraryNetworks } from './library-labels';

/** Curated lists of documents: the general ones, or a chosen network's (`?network=<id>`). */
export default function CollectionsPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const networks = useLibraryNetworks();
  const networkId = params.get('network');
  const staff = user.role === 'STAFF' || user.role === 'ADMIN';
  const coordinator =
    networkId !== null &&
    networks.all.some(
      (network) => network.id === networkId && network.viewerMembership === 'COORDINATOR',
    );

  return (
    <>
      <PageHeader
        title={t('library.collections.title')}
        description={t('library.collections.intro')}
      />
      <Group justify="space-between" align="flex-end" gap="sm" mb="lg" wrap="wrap">
        <Select
          label={t('library.collections.scope')}
          data={[
            { value: '', label: t('library.collections.general') },
            ...networks.all.map((network) => ({
              value: network.id,
              label: networkName(network, language),
            })),
          ]}
          value={networkId ?? ''}
          allowDeselect={false}
          searchable
          onChange={(value) =>
            setParams(value ? { network: value } : {}, {
              replace: true,
            })
          }
          style={{ flex: 1, minWidth: 220, maxWidth: 420 }}
        />
        {(staff || coordinator) && <CreateCollectionButton networkId={networkId} />}
      </Group>
      <CollectionList networkId={networkId} />
      <Anchor component={Link} to="/library" size="sm" mt="md" display="inline-block">
        {t('library.backToLibrary')}
      </Anchor>
    </>
  );
}
