import type { CSSVariablesResolver } from '@mantine/core';
import { Anchor, createTheme } from '@mantine/core';

/**
 * Blue at shade 8 on white has a contrast of 5:1 (shade 6, Mantine's default, only 3.5:1), so
 * buttons and links meet WCAG AA; links are underlined, not told apart by colour alone.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  autoContrast: true,
  defaultRadius: 'md',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

/**
 * Secondary text in gray 7 (7:1 on white) rather than gray 6 (3.3:1); error texts and red alerts
 * in red 9 (5.4:1) rather than red 6 (3.6:1); the text of light badges dark enough for 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    // Light badges and alerts (status of accounts, archived, open/closed): at least 4.5:1 on
    // their tint. Green and orange 9 reach only 3.8 and 3.6, so these are darker still.
    '--mantine-color-orange-light-color': '#a63a0a',
    '--mantine-color-green-light-color': '#1e6b30',
    '--mantine-color-teal-light-color': '#0b6e4f',
    // Yellow 9 is 2.7:1 on its tint (the moderators' "warn" button).
    '--mantine-color-yellow-light-color': '#8f5200',
    // Outline badges (open and closed networks) on white and on gray 0.
    '--mantine-color-teal-outline': 'var(--mantine-color-teal-9)',
    '--mantine-color-orange-outline': '#a63a0a',
    // White on orange (the flag button): orange 7 gives only 3.6:1.
    '--mantine-color-orange-filled': '#b43e0c',
    '--mantine-color-orange-filled-hover': '#a63a0a',
    '--mantine-color-grape-light-color': 'var(--mantine-color-grape-9)',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    // A subtle or light blue button under the pointer: blue 9 on blue 1 is 4.9:1 (on blue 2, 4.0).
    '--mantine-color-blue-light-hover': 'var(--mantine-color-blue-1)',
  },
  dark: {},
});
