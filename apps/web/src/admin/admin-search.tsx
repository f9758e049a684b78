import { Card, Group, Switch, TextInput } from '@mantine/core';
import { SearchIcon } from '@web/ui/icons';

interface AdminSearchProps {
  label: string;
  placeholder?: string;
  value: string;
  onChange(value: string): void;
  /** A switch beside the search box (archived, inactive), when the list has one. */
  toggle?: { label: string; checked: boolean; onChange(checked: boolean): void };
}

/** The search box above an administration list, a `search` landmark. */
export function AdminSearch({ label, placeholder, value, onChange, toggle }: AdminSearchProps) {
  return (
    <Card withBorder radius="md" padding="md" component="search">
      <Group align="flex-end" gap="md" wrap="wrap">
        <TextInput
          label={label}
          placeholder={placeholder}
          type="search"
          leftSection={<SearchIcon size={16} />}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
        />
        {toggle && (
          <Switch
            label={toggle.label}
            checked={toggle.checked}
            onChange={(event) => toggle.onChange(event.currentTarget.checked)}
            mb={8}
          />
        )}
      </Group>
    </Card>
  );
}
