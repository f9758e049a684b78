import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { ModalProps } from '@mantine/core';
import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@web/ui/error-alert';
import type { KnownErrorCode } from '@web/ui/errors';
import { apiErrorOf } from '@web/ui/errors';
import { notify } from '@web/ui/notify';

/** The administration's records created and edited in a form: organisations and networks. */
export type RecordSection = 'organisations' | 'networks';

interface SaveRecordOptions<TInput> {
  section: RecordSection;
  /** The record edited; null to create one. */
  id: string | null;
  create: TypedDocumentNode<unknown, { input: TInput }>;
  update: TypedDocumentNode<unknown, { input: TInput & { id: string } }>;
  /** An error that belongs to a field (a name or an address taken): shown there, not above. */
  fieldError: { code: KnownErrorCode; show(message: string): void };
  onSaved(): void;
}

/**
 * Creates or updates a record, says so ("Organisation X added."), and keeps the API's error: a
 * field's own error goes to the field, any other is returned to show above the form.
 */
export function useSaveRecord<TInput extends { nameLatin: string }>({
  section,
  id,
  create,
  update,
  fieldError,
  onSaved,
}: SaveRecordOptions<TInput>) {
  const { t } = useTranslation();
  const [runCreate, creating] = useMutation(create);
  const [runUpdate, updating] = useMutation(update);
  const failure = creating.error ?? updating.error;

  const save = async (input: TInput) => {
    creating.reset();
    updating.reset();
    try {
      if (id) await runUpdate({ variables: { input: { ...input, id } } });
      else await runCreate({ variables: { input } });
      notify({
        color: 'green',
        message: t(`admin.${section}.${id ? 'saved' : 'created'}`, { name: input.nameLatin }),
      });
      onSaved();
    } catch (caught) {
      if (apiErrorOf(caught).rawCode === fieldError.code) {
        fieldError.show(t(`errors.${fieldError.code}`));
      }
    }
  };

  return {
    save,
    saving: creating.loading || updating.loading,
    error: failure && apiErrorOf(failure).rawCode !== fieldError.code ? failure : null,
  };
}

interface RecordFormModalProps {
  section: RecordSection;
  /** Editing a record, rather than creating one: the title and the submit button say which. */
  editing: boolean;
  opened: boolean;
  size: ModalProps['size'];
  onClose(): void;
  onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> | void;
  error: unknown;
  saving: boolean;
  children: ReactNode;
}

/** The dialog around a record's fields: the title, the API's error, Cancel and Save. */
export function RecordFormModal({
  section,
  editing,
  opened,
  size,
  onClose,
  onSubmit,
  error,
  saving,
  children,
}: RecordFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(`admin.${section}.${editing ? 'edit' : 'create'}`)}
      size={size}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          {error !== null && <ApiErrorAlert error={error} />}
          {children}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('admin.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t(editing ? 'admin.save' : `admin.${section}.submitCreate`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Writes the Cyrillic fields from the Latin ones (the names are transliterated letter by letter). */
export function TransliterateButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button variant="subtle" size="compact-sm" onClick={onClick}>
        {t('admin.organisations.transliterate')}
      </Button>
    </Group>
  );
}
