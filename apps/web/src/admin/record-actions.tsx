import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { notify } from '@web/ui/notify';
import type { RecordSection } from './record-form';

/**
 * Archives a record of the list, or restores it from the archive, says so, and reloads the list.
 * `error` is the last failure, to show above the list.
 */
export function useArchiveRecord(
  section: RecordSection,
  mutation: TypedDocumentNode<unknown, { id: string; archived: boolean }>,
  onDone: () => void,
) {
  const { t } = useTranslation();
  const [setArchived, archiving] = useMutation(mutation);

  const toggle = async (record: { id: string; archivedAt: string | null }, name: string) => {
    archiving.reset();
    const archived = !record.archivedAt;
    try {
      await setArchived({ variables: { id: record.id, archived } });
      notify({
        color: 'green',
        message: t(`admin.${section}.${archived ? 'archived' : 'restored'}`, { name }),
      });
      onDone();
    } catch {
      // Shown from `error`.
    }
  };

  return { toggle, loading: archiving.loading, error: archiving.error };
}

interface RecordActionsProps {
  /** The record's name, for the buttons' accessible names. */
  name: string;
  archived: boolean;
  archiving: boolean;
  /** Left out where the record cannot be edited (an archived network). */
  onEdit?: () => void;
  onToggleArchived(): void;
}

/** A record's buttons in an administration list: Edit, and Archive or Restore. */
export function RecordActions({
  name,
  archived,
  archiving,
  onEdit,
  onToggleArchived,
}: RecordActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      {onEdit && (
        <Button
          variant="default"
          size="xs"
          onClick={onEdit}
          aria-label={t('admin.editNamed', { name })}
        >
          {t('admin.edit')}
        </Button>
      )}
      <Button
        variant="outline"
        color={archived ? 'blue' : 'dark'}
        size="xs"
        loading={archiving}
        onClick={onToggleArchived}
        aria-label={t(archived ? 'admin.restoreNamed' : 'admin.archiveNamed', { name })}
      >
        {t(archived ? 'admin.restore' : 'admin.archive')}
      </Button>
    </>
  );
}
