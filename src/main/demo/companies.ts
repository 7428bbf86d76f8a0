/**
 * Company names in the style of each culture, unique within one demo database.
 */
import { COMPANY, PEOPLE, arabicize, slugOf, type Core } from './names';
import type { City, Culture } from './places';
import type { Rng } from './random';

export interface CompanyName {
  readonly name: string;
  /** ASCII, for the web domain and e-mail addresses */
  readonly slug: string;
  readonly industry: string;
}

const NORDIC_TAILS = ['vik', 'nes', 'dal', 'berg', 'holm', 'sund', 'våg', 'strand', 'heim', 'lund'];

/** One attempt; `withCity` names the site's city too, as firms do to tell branches apart. */
function attempt(
  rng: Rng,
  culture: Culture,
  city: City,
  trade: boolean,
  withCity: boolean,
): CompanyName {
  const words = COMPANY[culture];
  const core: Core = rng.pick(trade ? words.trade : words.cores);
  const brand = rng.pick(words.brands);
  const suffix = rng.pick(words.suffixes);
  const place = withCity ? ` ${city.name}` : '';
  const pattern = rng.next();
  switch (culture) {
    case 'fa': {
      const lead = pattern < 0.4 ? 'شرکت ' : pattern < 0.55 ? 'گروه صنعتی ' : '';
      const name = `${lead}${core.text} ${brand.text}${place}${suffix}`;
      return { name, slug: `${brand.slug}${core.slug}`, industry: core.industry };
    }
    case 'vi': {
      const name = `${suffix} ${core.text} ${brand.text}${place}`;
      return { name, slug: `${brand.slug}${core.slug}`, industry: core.industry };
    }
    default: {
      const people = PEOPLE[culture].last;
      if (pattern < 0.2) {
        const a = rng.pick(people);
        const b = rng.pick(people);
        const name = `${a.text} & ${b.text}${place} ${suffix}`;
        return { name, slug: `${a.slug}${b.slug}`, industry: core.industry };
      }
      if (pattern < 0.4 && !withCity) {
        const name = `${city.name} ${core.text} ${suffix}`;
        return { name, slug: `${slugOf(city.name)}${core.slug}`, industry: core.industry };
      }
      let lead = brand.text;
      let slug = brand.slug;
      if (culture !== 'en' && pattern < 0.7) {
        const tail = rng.pick(NORDIC_TAILS);
        lead = brand.text + tail;
        slug = slugOf(lead);
      } else if (pattern >= 0.85) {
        const family = rng.pick(people);
        lead = family.text;
        slug = family.slug;
      }
      const name = `${lead} ${core.text}${place} ${suffix}`;
      return { name, slug: `${slug}${core.slug}`, industry: core.industry };
    }
  }
}

/**
 * Draws names until one is free; later tries add the city, and as a last resort a
 * number, so that the list stays readable and searching part of a name finds it.
 */
export class CompanyNamer {
  private readonly taken = new Set<string>();

  next(rng: Rng, culture: Culture, city: City, trade: boolean, arabic: boolean): CompanyName {
    for (let tries = 0; tries < 6; tries++) {
      const candidate = attempt(rng, culture, city, trade, tries >= 3);
      const name = arabic ? arabicize(candidate.name) : candidate.name;
      if (this.claim(name)) return { ...candidate, name };
    }
    const base = attempt(rng, culture, city, trade, true);
    for (let n = 2; ; n++) {
      const name = `${arabic ? arabicize(base.name) : base.name} ${n}`;
      if (this.claim(name)) return { ...base, name, slug: `${base.slug}${n}` };
    }
  }

  /** A site of a global customer: the group's name and the site's city. */
  site(group: string, city: City, arabic: boolean): string {
    const place = arabic ? arabicize(city.name) : city.name;
    const name = `${group} – ${place}`;
    if (this.claim(name)) return name;
    for (let n = 2; ; n++) {
      const numbered = `${name} ${n}`;
      if (this.claim(numbered)) return numbered;
    }
  }

  private claim(name: string): boolean {
    const key = name.toLowerCase();
    if (this.taken.has(key)) return false;
    this.taken.add(key);
    return true;
  }
}
