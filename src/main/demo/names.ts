/**
 * Vocabularies for people and companies in each culture the demo covers. Persian words
 * carry a Latin spelling for e-mail addresses and web domains; the others are
 * slugged by folding diacritics.
 */
import { normalize } from '../../shared/text';
import type { Culture } from './places';
import type { Rng } from './random';

/** A word as shown, and its ASCII form for addresses. */
export interface Word {
  readonly text: string;
  readonly slug: string;
}

export function slugOf(text: string): string {
  return normalize(text).replace(/[^a-z0-9]+/g, '');
}

function words(list: string): Word[] {
  return list.split(',').map((text) => ({ text: text.trim(), slug: slugOf(text) }));
}

/** `فارسی:latin` pairs. */
function persian(list: string): Word[] {
  return list.split(',').map((pair) => {
    const [text = '', latin = ''] = pair.split(':');
    return { text: text.trim(), slug: latin.trim() };
  });
}

/**
 * Much real Persian data was typed on Arabic keyboards: ي for ی and ك for ک. The demo
 * writes part of it that way so that search normalisation has something to do.
 */
export function arabicize(text: string): string {
  return text.replace(/\u06CC/g, '\u064A').replace(/\u06A9/g, '\u0643');
}

interface People {
  readonly first: readonly Word[];
  readonly last: readonly Word[];
  /** Vietnamese middle names; the name is written family name first. */
  readonly middle?: readonly Word[];
}

export const PEOPLE: Record<Culture, People> = {
  en: {
    first: words(
      'James,Oliver,Emma,Sophie,Michael,Sarah,David,Emily,Thomas,Charlotte,Daniel,Hannah,Robert,Jessica,William,Olivia,George,Amelia,Jack,Grace,Jennifer,Matthew,Laura,Christopher,Priya,Aisha,Raj,Megan,Patrick,Fiona',
    ),
    last: words(
      "Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Robinson,Wright,Thompson,Evans,Walker,White,Roberts,Green,Hall,Wood,Jackson,Clarke,Patel,Khan,Miller,Garcia,Anderson,Martinez,O'Brien,Murphy,Harrison,Webb,Fletcher,McKenzie",
    ),
  },
  no: {
    first: words(
      'Bjørn,Åse,Ørjan,Kjersti,Håkon,Sigrid,Ingrid,Lars,Kari,Ola,Tor,Solveig,Øystein,Jørgen,Ragnhild,Eirik,Marte,Synnøve,Ståle,Dagny,Knut,Astrid,Magnus,Hege,Trond,Silje',
    ),
    last: words(
      'Hansen,Johansen,Olsen,Larsen,Andersen,Pedersen,Nilsen,Kristiansen,Berg,Haugen,Dahl,Lie,Bakken,Sæther,Østby,Løvås,Rønning,Strøm,Hågensen,Aasen,Bråthen,Kvåle,Fjeld,Myhre,Sørensen,Ødegård',
    ),
  },
  sv: {
    first: words(
      'Erik,Anna,Lars,Karin,Björn,Maria,Johan,Elin,Anders,Sofia,Mikael,Åsa,Göran,Linnéa,Per,Ebba',
    ),
    last: words(
      'Andersson,Johansson,Karlsson,Nilsson,Eriksson,Larsson,Olsson,Persson,Svensson,Lindqvist,Bergström,Sjöberg,Åberg,Holmgren',
    ),
  },
  fa: {
    first: persian(
      'علی:ali,محمد:mohammad,رضا:reza,حسین:hossein,مهدی:mahdi,زهرا:zahra,مریم:maryam,فاطمه:fatemeh,سارا:sara,نرگس:narges,کیان:kian,امیر:amir,نیما:nima,لیلا:leila,پریسا:parisa,کاوه:kaveh,شیرین:shirin,یاسمن:yasaman,آرش:arash,بهرام:bahram,سیما:sima,کامران:kamran,مینا:mina,یوسف:yousef',
    ),
    last: persian(
      'رضایی:rezaei,محمدی:mohammadi,حسینی:hosseini,کریمی:karimi,احمدی:ahmadi,موسوی:mousavi,جعفری:jafari,کاظمی:kazemi,یزدانی:yazdani,صادقی:sadeghi,رحیمی:rahimi,نیک‌پور:nikpour,کیانی:kiani,شریفی:sharifi,تهرانی:tehrani,اکبری:akbari,قاسمی:ghasemi,زمانی:zamani',
    ),
  },
  vi: {
    first: words(
      'An,Bình,Cường,Dũng,Hà,Hải,Hạnh,Hoa,Hùng,Hương,Khánh,Lan,Linh,Long,Mai,Nam,Nga,Phong,Phương,Quân,Sơn,Thảo,Trang,Tuấn,Việt,Yến',
    ),
    middle: words('Văn,Thị,Đức,Minh,Ngọc,Thanh,Quốc,Hữu,Thu,Gia'),
    last: words('Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý'),
  },
};

export interface PersonName {
  readonly name: string;
  /** first.last, ASCII, for e-mail addresses */
  readonly handle: string;
}

export function personName(rng: Rng, culture: Culture): PersonName {
  const people = PEOPLE[culture];
  const first = rng.pick(people.first);
  const last = rng.pick(people.last);
  if (people.middle) {
    const middle = rng.pick(people.middle);
    return {
      name: `${last.text} ${middle.text} ${first.text}`,
      handle: `${first.slug}.${last.slug}`,
    };
  }
  const name = `${first.text} ${last.text}`;
  const typed = culture === 'fa' && rng.chance(0.35) ? arabicize(name) : name;
  return { name: typed, handle: `${first.slug}.${last.slug}` };
}

/** A company word with the industry it suggests. */
export interface Core extends Word {
  readonly industry: string;
}

function cores(list: string, latin = false): Core[] {
  return list.split(',').map((entry) => {
    const [text = '', industry = '', slug] = entry.split(':');
    return {
      text: text.trim(),
      industry: industry.trim(),
      slug: latin ? (slug ?? '').trim() : slugOf(text),
    };
  });
}

export interface CompanyWords {
  readonly brands: readonly Word[];
  readonly cores: readonly Core[];
  readonly trade: readonly Core[];
  readonly suffixes: readonly string[];
}

const EN_BRANDS = (() => {
  const heads =
    'North,Blue,Silver,Iron,Oak,Stone,Bright,Red,Green,Clear,High,West,East,Kings,Fair,Gold,Ash,Elm,Mill,Brook,Summit,Atlas,Crown,Falcon';
  const tails =
    'gate,water,field,bridge,wood,ford,ridge,stone,line,point,haven,worth,more,crest,wick,dale';
  const out: string[] = [];
  for (const head of heads.split(',')) for (const tail of tails.split(',')) out.push(head + tail);
  return words(out.join(','));
})();

export const COMPANY: Record<Culture, CompanyWords> = {
  en: {
    brands: EN_BRANDS,
    cores: cores(
      'Engineering:Manufacturing,Precision Engineering:Manufacturing,Foods:Food & Beverage,Brewing:Food & Beverage,Plastics:Chemicals,Chemicals:Chemicals,Pharma:Pharmaceuticals,Life Sciences:Pharmaceuticals,Energy:Energy,Power Systems:Energy,Logistics:Logistics,Freight:Logistics,Steel:Metals,Metals:Metals,Castings:Metals,Construction:Construction,Building Products:Construction,Textiles:Textiles,Electronics:Electronics,Instruments:Electronics,Automotive:Automotive,Motor Components:Automotive,Packaging:Packaging,Paper:Packaging,Water Services:Utilities,Marine:Marine,Offshore:Oil & Gas,Petroleum:Oil & Gas,Agritech:Agriculture,Medical Devices:Healthcare,Robotics:Automation,Automation:Automation',
    ),
    trade: cores(
      'Industrial Supply:Wholesale,Distribution:Wholesale,Trading:Wholesale,Components:Wholesale,Fluid Power:Wholesale',
    ),
    suffixes: ['Ltd', 'Ltd', 'plc', 'Group', 'Holdings', 'Inc.', 'LLC', 'Corp.', '& Co.'],
  },
  no: {
    brands: words(
      'Nord,Vest,Sør,Øst,Fjord,Polar,Havbris,Nordlys,Fosen,Hardanger,Lofoten,Viking,Bjørnøy,Fjell,Kyst,Midt,Aurora,Isbre,Skog,Elv,Sunnmøre,Helgeland,Varanger,Jæren',
    ),
    cores: cores(
      'Sjømat:Aquaculture,Havbruk:Aquaculture,Fiskeri:Aquaculture,Mekaniske Verksted:Manufacturing,Maskin:Manufacturing,Elektro:Electronics,Bygg:Construction,Entreprenør:Construction,Transport:Logistics,Shipping:Marine,Offshore:Oil & Gas,Energi:Energy,Kraft:Energy,Trelast:Construction,Plast:Chemicals,Næringsmidler:Food & Beverage,Meieri:Food & Beverage,Stål:Metals,Aluminium:Metals,Industri:Manufacturing',
    ),
    trade: cores('Handel:Wholesale,Industrivarer:Wholesale,Agentur:Wholesale,Teknikk:Wholesale'),
    suffixes: ['AS', 'AS', 'AS', 'ASA'],
  },
  sv: {
    brands: words(
      'Nord,Väst,Syd,Öst,Norrland,Göta,Skåne,Vätter,Berg,Sjö,Fjäll,Ek,Björk,Älv,Malm,Svea',
    ),
    cores: cores(
      'Verkstad:Manufacturing,Mekaniska:Manufacturing,Stål:Metals,Trä:Construction,Elektro:Electronics,Livsmedel:Food & Beverage,Bygg:Construction,Transport:Logistics,Plast:Chemicals,Energi:Energy,Kraft:Energy,Papper:Packaging,Förpackning:Packaging',
    ),
    trade: cores('Handel:Wholesale,Industriförnödenheter:Wholesale,Agentur:Wholesale'),
    suffixes: ['AB'],
  },
  fa: {
    brands: persian(
      'کیان:kian,آریا:aria,پارس:pars,سپاهان:sepahan,البرز:alborz,مهر:mehr,نوین:novin,پیشگامان:pishgaman,زاگرس:zagros,دماوند:damavand,خلیج فارس:khalijfars,کاوه:kaveh,سینا:sina,آسیا:asia,تابان:taban,پویا:pouya,نگین:negin,آفتاب:aftab,شمال:shomal,کوثر:kowsar,ستاره:setareh,بهمن:bahman',
    ),
    cores: cores(
      'صنایع فولاد:Metals:foolad,پتروشیمی:Chemicals:petro,کاشی و سرامیک:Construction:kashi,نساجی:Textiles:nasaji,داروسازی:Pharmaceuticals:darou,ماشین‌سازی:Manufacturing:machine,صنایع غذایی:Food & Beverage:food,لوله و اتصالات:Manufacturing:pipe,کشتیرانی:Marine:shipping,نیرو:Energy:niroo,سیمان:Construction:siman,الکترونیک:Electronics:electronic,خودروسازی:Automotive:khodro,کشاورزی:Agriculture:agro,بسته‌بندی:Packaging:pack',
      true,
    ),
    trade: cores(
      'بازرگانی:Wholesale:trading,پخش:Wholesale:pakhsh,تجهیزات صنعتی:Wholesale:tajhizat',
      true,
    ),
    suffixes: ['', '', ' (سهامی خاص)', ' (سهامی عام)'],
  },
  vi: {
    brands: words(
      'Hòa Phát,Minh Long,Phú Thịnh,Sài Gòn,Việt Tiến,Thành Công,An Phát,Hưng Thịnh,Bình Minh,Đại Dương,Hoàng Gia,Tân Phú,Phương Nam,Kim Long,Trường Thành,Sao Mai,Đông Á,Nam Việt,Thiên Long,Hải Âu,Mekong,Rạng Đông',
    ),
    cores: cores(
      'Thép:Metals,Dệt May:Textiles,Thủy Sản:Aquaculture,Điện Tử:Electronics,Xây Dựng:Construction,Nhựa:Chemicals,Dược Phẩm:Pharmaceuticals,Vận Tải:Logistics,Cơ Khí:Manufacturing,Thực Phẩm:Food & Beverage,Năng Lượng:Energy,Bao Bì:Packaging,Nông Nghiệp:Agriculture,Gỗ:Construction,Cà Phê:Food & Beverage',
    ),
    trade: cores('Thương Mại:Wholesale,Phân Phối:Wholesale,Xuất Nhập Khẩu:Wholesale'),
    suffixes: ['Công ty TNHH', 'Công ty Cổ phần', 'Công ty TNHH', 'Tập đoàn'],
  },
};
