import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import fa from 'i18n-iso-countries/langs/fa.json';
import nb from 'i18n-iso-countries/langs/nb.json';
import nn from 'i18n-iso-countries/langs/nn.json';
import vi from 'i18n-iso-countries/langs/vi.json';
import de from 'i18n-iso-countries/langs/de.json';
import fr from 'i18n-iso-countries/langs/fr.json';
import es from 'i18n-iso-countries/langs/es.json';
import sv from 'i18n-iso-countries/langs/sv.json';
import da from 'i18n-iso-countries/langs/da.json';
import { normalize } from '../../shared/text';

/**
 * Countries as other systems write them, to the ISO 3166 alpha-2 code an account stores:
 * by code (NO, NOR), or by name in the app's languages and those CRM exports are
 * usually in, in each of i18n-iso-countries' spellings ("Vietnam", "USA"). Names are
 * compared folded, without spaces or punctuation ("Viet Nam"), and an inverted official
 * name is turned round ("Iran, Islamic Republic of").
 */
const LOCALES = [en, fa, nb, nn, vi, de, fr, es, sv, da];

const key = (name: string) => normalize(name).replace(/[^\p{L}\p{N}]/gu, '');

let names: Map<string, string> | null = null;

function countryNames(): Map<string, string> {
  if (names) return names;
  names = new Map();
  for (const locale of LOCALES) {
    countries.registerLocale(locale);
    for (const [code, spellings] of Object.entries(
      countries.getNames(locale.locale, { select: 'all' }),
    )) {
      for (const spelling of spellings) names.set(key(spelling), code);
    }
  }
  return names;
}

/** The alpha-2 code of a country named or coded, or null when it is not one. */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && countries.isValid(trimmed.toUpperCase())) {
    return trimmed.toUpperCase();
  }
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const code = countries.alpha3ToAlpha2(trimmed.toUpperCase());
    if (code) return code;
  }
  const known = countryNames();
  const inverted = /^(.+?),\s*(.+)$/.exec(trimmed);
  return (
    known.get(key(trimmed)) ??
    (inverted ? known.get(key(`${inverted[2]} ${inverted[1]}`)) : undefined) ??
    null
  );
}
