import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@web/auth/current-user';
import { useLocale } from '@web/i18n/format';
import { networkName } from '@web/networks/network-logic';
import { ApiErrorAlert } from '@web/ui/error-alert';
import { notify } from '@web/ui/notify';
import type { FlagReason } from './discussion.operations';
import { FLAG_POST, FLAG_REASONS, MY_NETWORKS } from './discussion.operations';

/** A member reports a post to the network's coordinators: why, and an optional note. */
export function FlagDialog({ postId, onClose }: { postId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<FlagReason>('OFF_TOPIC');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [flag, { loading }] = useMutation(FLAG_POST);

  useEffect(() => {
    setReason('OFF_TOPIC');
    setNote('');
    setError(null);
  }, [postId]);

  const submit = async () => {
    if (!postId) return;
    try {
      await flag({ variables: { input: { postId, reason, note: note.trim() || null } } });
      notify({ message: t('flag.sent'), color: 'green' });
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      opened={postId !== null}
      onClose={onClose}
      title={t('flag.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Radio.Group
          label={t('flag.reasonLabel')}
          value={reason}
          onChange={(value) => setReason(value as FlagReason)}
          required
        >
          <Stack gap={6} mt="xs">
            {FLAG_REASONS.map((item, index) => (
              <Radio
                key={item}
                value={item}
                label={t(`flag.reasons.${item}`)}
                data-autofocus={index === 0 || undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('flag.noteLabel')}
          description={t('common.optional')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
        />
        {error !== null && <ApiErrorAlert error={error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('networks.cancel')}
          </Button>
          <Button color="orange" loading={loading} onClick={() => void submit()}>
            {t('flag.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Asks for the reason of a moderation action (the author sees it), then runs it. */
export function ReasonDialog({
  opened,
  title,
  confirmLabel,
  required = true,
  color = 'red',
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  required?: boolean;
  color?: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (opened) {
      setReason('');
      setError(null);
    }
  }, [opened]);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Textarea
          label={t('moderation.reasonLabel')}
          description={required ? t('moderation.reasonHint') : t('common.optional')}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
          required={required}
          data-autofocus
        />
        {error !== null && <ApiErrorAlert error={error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('networks.cancel')}
          </Button>
          <Button
            color={color}
            loading={busy}
            disabled={required && !reason.trim()}
            onClick={() => void submit()}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** A plain "are you sure". */
export function ConfirmDialog({
  opened,
  title,
  text,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setError(null), [opened]);
  const submit = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        {error !== null && <ApiErrorAlert error={error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('networks.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={() => void submit()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Moves a thread to another network the viewer coordinates (staff: any). */
export function MoveDialog({
  opened,
  currentNetworkId,
  onMove,
  onClose,
}: {
  opened: boolean;
  currentNetworkId: string;
  onMove: (networkId: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const user = useCurrentUser();
  const networks = useQuery(MY_NETWORKS, { variables: { first: 100 }, skip: !opened });
  const [target, setTarget] = useState<string | null>(null);
  const staff = user.role === 'STAFF' || user.role === 'ADMIN';
  const options = (networks.data?.networks.nodes ?? [])
    .filter(
      (network) =>
        network.id !== currentNetworkId && (staff || network.viewerMembership === 'COORDINATOR'),
    )
    .map((network) => ({ value: network.id, label: networkName(network, language) }));

  return (
    <ReasonlessDialog
      opened={opened}
      title={t('moderation.moveTitle')}
      confirmLabel={t('moderation.move')}
      disabled={!target}
      onConfirm={() => (target ? onMove(target) : Promise.resolve())}
      onClose={onClose}
    >
      {networks.error ? (
        <ApiErrorAlert error={networks.error} onRetry={() => void networks.refetch()} />
      ) : (
        <Select
          label={t('moderation.moveTarget')}
          data={options}
          value={target}
          onChange={setTarget}
          searchable
          nothingFoundMessage={t('moderation.noTargets')}
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
      )}
    </ReasonlessDialog>
  );
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Merges this thread into another, named by its link or id. */
export function MergeDialog({
  opened,
  onMerge,
  onClose,
}: {
  opened: boolean;
  onMerge: (targetId: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  useEffect(() => setValue(''), [opened]);
  const target = UUID.exec(value)?.[0] ?? null;
  return (
    <ReasonlessDialog
      opened={opened}
      title={t('moderation.mergeTitle')}
      confirmLabel={t('moderation.merge')}
      disabled={!target}
      onConfirm={() => (target ? onMerge(target) : Promise.resolve())}
      onClose={onClose}
    >
      <TextInput
        label={t('moderation.mergeTarget')}
        description={t('moderation.mergeHint')}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={value && !target ? t('moderation.mergeInvalid') : undefined}
        data-autofocus
      />
    </ReasonlessDialog>
  );
}

function ReasonlessDialog({
  opened,
  title,
  confirmLabel,
  disabled,
  onConfirm,
  onClose,
  children,
}: {
  opened: boolean;
  title: string;
  confirmLabel: string;
  disabled: boolean;
  onConfirm: () => Promise<void>;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setError(null), [opened]);
  const submit = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        {children}
        {error !== null && <ApiErrorAlert error={error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('networks.cancel')}
          </Button>
          <Button loading={busy} disabled={disabled} onClick={() => void submit()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
