/**
 * Postcodes in each country's shape, cut into buckets that territories split on.
 */
import type { City } from './places';
import type { Rng } from './random';

/** Persian digits for addresses typed in Iran. */
export function persianDigits(value: number): string {
  return String(value).replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
}

/**
 * A postcode in `city`, in the bucket `bucket` of `buckets` (10 or 100): the bucket
 * digits sit right after the city prefix, so a territory rule is a string prefix.
 */
export function postcode(rng: Rng, city: City, bucket: number, buckets: number): string {
  const digits = buckets === 100 ? String(bucket).padStart(2, '0') : String(bucket);
  let used = 0;
  let out = city.prefix;
  for (const ch of city.country.postcode) {
    if (ch === 'B') out += used < digits.length ? digits[used++] : String(rng.int(0, 9));
    else if (ch === '#') out += String(rng.int(0, 9));
    else if (ch === 'A') out += String.fromCharCode(65 + rng.int(0, 25));
    else out += ch;
  }
  return out;
}

/** The postcode prefix that selects one bucket of a city (a territory rule). */
export function postcodePrefix(city: City, bucket: number, buckets: number): string {
  const digits = buckets === 100 ? String(bucket).padStart(2, '0') : String(bucket);
  let used = 0;
  let out = city.prefix;
  for (const ch of city.country.postcode) {
    if (used === digits.length) break;
    out += ch === 'B' ? digits[used++] : ch;
  }
  return out;
}
