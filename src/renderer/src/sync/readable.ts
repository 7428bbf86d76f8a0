/**
 * Mantine's dimmed grey (gray.6) and light-variant titles fall below 4.5:1 on white:
 * descriptions and alert titles on the sync screens use darker text (WCAG AA).
 */
export const readable = {
  description: { color: 'var(--mantine-color-gray-7)' },
  title: { color: 'var(--mantine-color-black)' },
};
