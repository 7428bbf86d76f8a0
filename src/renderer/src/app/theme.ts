import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Light badges and buttons: the lightest tint behind text of the darkest shade, darkened
 * a little more (green.9 alone is 4.37:1 on white, yellow.9 3.0:1).
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  if (input.variant !== 'light' || !parsed.isThemeColor) return colors;
  const shades = input.theme.colors[parsed.color]!;
  return {
    ...colors,
    background: shades[0],
    hover: shades[1],
    color: darken(shades[9], 0.35),
  };
};

/**
 * Colours that pass WCAG 2.1 AA (4.5:1 for text) on white, checked by axe-core in the
 * end-to-end suite. Mantine's defaults do not: white on its blue.6 is 3.56:1, its
 * dimmed grey (gray.6) 3.32:1 and its error red (red.6) 3.28:1. Filled buttons and
 * badges use shade 8 (blue.8 is 5.02:1 under white text), and `autoContrast` writes
 * dark text on light fills (yellow, lime) instead of white; light variants use the
 * resolver above.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  autoContrast: true,
  luminanceThreshold: 0.45,
  variantColorResolver,
});

export const cssVariables: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    // Secondary text (c="dimmed"): gray.7, 8.18:1.
    '--mantine-color-dimmed': t.colors.gray[7],
    // Field errors and error alerts: red.9, 5.46:1.
    '--mantine-color-error': t.colors.red[9],
    // Placeholders: gray.7 (placeholders are read too).
    '--mantine-color-placeholder': t.colors.gray[7],
  },
  dark: {},
});
