import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Three linked nodes: a network. */
export function LogoMark({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-blue-9)" />
      <g stroke="#fff" strokeWidth="2.2" strokeLinecap="round">
        <path d="M9 22 16 10l7 12M9 22h14" />
      </g>
      <g fill="#fff">
        <circle cx="16" cy="10" r="3.2" />
        <circle cx="9" cy="22" r="3.2" />
        <circle cx="23" cy="22" r="3.2" />
      </g>
    </svg>
  );
}

/** The mark and the name "Mreža", in the script of the interface. */
export function Logo() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <LogoMark />
      <Text
        component="span"
        fw={700}
        fz={22}
        lh={1}
        c="blue.9"
        style={{ letterSpacing: '-0.01em' }}
      >
        {t('app.name')}
      </Text>
    </Group>
  );
}
