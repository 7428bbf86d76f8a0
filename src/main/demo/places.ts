/**
 * Countries, regions and cities the demo sells into, with the local postcode shape.
 * Region names are written the way local staff would type them (Persian for Iran,
 * Vietnamese for Vietnam); territory rules refer to them verbatim.
 */

export type Culture = 'en' | 'fa' | 'no' | 'sv' | 'vi';

export interface City {
  readonly index: number;
  readonly name: string;
  readonly region: string;
  readonly country: Country;
  /** Postcode prefix for this city; territory postcode rules extend it. */
  readonly prefix: string;
  readonly weight: number;
}

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly culture: Culture;
  readonly weight: number;
  readonly currency: string;
  readonly tld: string;
  readonly dial: string;
  /**
   * Postcode after the city prefix: `B` a bucket digit (territories split on them),
   * `#` a digit, `A` a capital letter; anything else is literal.
   */
  readonly postcode: string;
  readonly streets: readonly string[];
  /** Street number before (true) or after the street name. */
  readonly numberFirst: boolean;
  readonly cities: City[];
}

type CityRow = readonly [name: string, region: string, prefix: string, weight: number];

interface CountrySpec extends Omit<Country, 'cities'> {
  readonly rows: readonly CityRow[];
}

const SPECS: readonly CountrySpec[] = [
  {
    code: 'GB',
    name: 'United Kingdom',
    culture: 'en',
    weight: 20,
    currency: 'GBP',
    tld: 'co.uk',
    dial: '44',
    postcode: 'B BAA',
    numberFirst: true,
    streets: [
      'High Street',
      'Station Road',
      'Mill Lane',
      'Victoria Road',
      'Church Street',
      'Park Way',
      'Bridge Street',
      'Kings Road',
      'Riverside Industrial Estate',
      'Enterprise Park',
    ],
    rows: [
      ['London', 'London', 'E', 6],
      ['Croydon', 'London', 'CR', 2],
      ['Reading', 'South East', 'RG', 2],
      ['Brighton', 'South East', 'BN', 1],
      ['Oxford', 'South East', 'OX', 1],
      ['Manchester', 'North West', 'M', 4],
      ['Liverpool', 'North West', 'L', 2],
      ['Preston', 'North West', 'PR', 1],
      ['Leeds', 'Yorkshire and the Humber', 'LS', 3],
      ['Sheffield', 'Yorkshire and the Humber', 'S', 2],
      ['York', 'Yorkshire and the Humber', 'YO', 1],
      ['Birmingham', 'West Midlands', 'B', 4],
      ['Coventry', 'West Midlands', 'CV', 1],
      ['Glasgow', 'Scotland', 'G', 3],
      ['Edinburgh', 'Scotland', 'EH', 2],
      ['Aberdeen', 'Scotland', 'AB', 2],
      ['Cardiff', 'Wales', 'CF', 2],
      ['Swansea', 'Wales', 'SA', 1],
      ['Bristol', 'South West', 'BS', 2],
      ['Exeter', 'South West', 'EX', 1],
      ['Cambridge', 'East of England', 'CB', 2],
      ['Norwich', 'East of England', 'NR', 1],
      ['Newcastle upon Tyne', 'North East', 'NE', 2],
    ],
  },
  {
    code: 'US',
    name: 'United States',
    culture: 'en',
    weight: 18,
    currency: 'USD',
    tld: 'com',
    dial: '1',
    postcode: 'BB',
    numberFirst: true,
    streets: [
      'Main St',
      'Market St',
      'Industrial Blvd',
      'Commerce Dr',
      'Harbor Ave',
      'Lake Shore Dr',
      'Oak Ave',
      'Technology Pkwy',
      'Maple Rd',
      'Enterprise Way',
    ],
    rows: [
      ['New York', 'New York', '100', 5],
      ['Buffalo', 'New York', '142', 1],
      ['Los Angeles', 'California', '900', 4],
      ['San Francisco', 'California', '941', 2],
      ['San Diego', 'California', '921', 2],
      ['Houston', 'Texas', '770', 3],
      ['Dallas', 'Texas', '752', 2],
      ['Austin', 'Texas', '787', 1],
      ['Chicago', 'Illinois', '606', 4],
      ['Seattle', 'Washington', '981', 2],
      ['Boston', 'Massachusetts', '021', 2],
      ['Atlanta', 'Georgia', '303', 2],
      ['Pittsburgh', 'Pennsylvania', '152', 1],
      ['Philadelphia', 'Pennsylvania', '191', 2],
      ['Detroit', 'Michigan', '482', 2],
      ['Minneapolis', 'Minnesota', '554', 1],
    ],
  },
  {
    code: 'NO',
    name: 'Norway',
    culture: 'no',
    weight: 16,
    currency: 'NOK',
    tld: 'no',
    dial: '47',
    postcode: 'BB',
    numberFirst: false,
    streets: [
      'Storgata',
      'Industriveien',
      'Havnegata',
      'Sjøgata',
      'Strandveien',
      'Fjordveien',
      'Kongens gate',
      'Nygårdsgaten',
      'Bryggen',
      'Øvre Slottsgate',
    ],
    rows: [
      ['Oslo', 'Oslo', '01', 5],
      ['Lillestrøm', 'Akershus', '20', 2],
      ['Sandvika', 'Akershus', '13', 1],
      ['Bergen', 'Vestland', '50', 4],
      ['Førde', 'Vestland', '68', 1],
      ['Stavanger', 'Rogaland', '40', 3],
      ['Haugesund', 'Rogaland', '55', 1],
      ['Trondheim', 'Trøndelag', '70', 3],
      ['Steinkjer', 'Trøndelag', '77', 1],
      ['Tromsø', 'Troms', '90', 2],
      ['Harstad', 'Troms', '94', 1],
      ['Ålesund', 'Møre og Romsdal', '60', 2],
      ['Molde', 'Møre og Romsdal', '64', 1],
      ['Kristiansund', 'Møre og Romsdal', '65', 1],
      ['Bodø', 'Nordland', '80', 1],
      ['Narvik', 'Nordland', '85', 1],
      ['Kristiansand', 'Agder', '46', 2],
      ['Arendal', 'Agder', '48', 1],
      ['Hamar', 'Innlandet', '23', 1],
      ['Lillehammer', 'Innlandet', '26', 1],
      ['Tønsberg', 'Vestfold', '31', 1],
      ['Sandefjord', 'Vestfold', '32', 1],
    ],
  },
  {
    code: 'IR',
    name: 'Iran',
    culture: 'fa',
    weight: 15,
    currency: 'EUR',
    tld: 'ir',
    dial: '98',
    postcode: 'BB#-#####',
    numberFirst: false,
    streets: [
      'خیابان ولیعصر',
      'خیابان انقلاب',
      'بلوار کشاورز',
      'خیابان آزادی',
      'شهرک صنعتی',
      'بلوار امام خمینی',
      'خیابان شریعتی',
      'جاده مخصوص',
    ],
    rows: [
      ['تهران', 'تهران', '11', 6],
      ['کرج', 'البرز', '31', 2],
      ['اصفهان', 'اصفهان', '81', 3],
      ['کاشان', 'اصفهان', '87', 1],
      ['مشهد', 'خراسان رضوی', '91', 3],
      ['شیراز', 'فارس', '71', 2],
      ['تبریز', 'آذربایجان شرقی', '51', 2],
      ['اهواز', 'خوزستان', '61', 2],
      ['آبادان', 'خوزستان', '63', 1],
      ['رشت', 'گیلان', '41', 1],
      ['ساری', 'مازندران', '48', 1],
      ['کرمان', 'کرمان', '76', 1],
      ['یزد', 'یزد', '89', 1],
      ['قم', 'قم', '37', 1],
    ],
  },
  {
    code: 'VN',
    name: 'Vietnam',
    culture: 'vi',
    weight: 15,
    currency: 'USD',
    tld: 'com.vn',
    dial: '84',
    postcode: 'BB##',
    numberFirst: true,
    streets: [
      'Đường Lê Lợi',
      'Đường Nguyễn Huệ',
      'Đường Trần Hưng Đạo',
      'Đường Hai Bà Trưng',
      'Khu Công Nghiệp Tân Bình',
      'Đường Lý Thường Kiệt',
      'Đường Điện Biên Phủ',
      'Khu Công Nghiệp VSIP',
    ],
    rows: [
      ['Hà Nội', 'Hà Nội', '10', 5],
      ['Hồ Chí Minh', 'Hồ Chí Minh', '70', 6],
      ['Đà Nẵng', 'Đà Nẵng', '55', 3],
      ['Hải Phòng', 'Hải Phòng', '18', 2],
      ['Cần Thơ', 'Cần Thơ', '94', 1],
      ['Nha Trang', 'Khánh Hòa', '65', 1],
      ['Huế', 'Thừa Thiên Huế', '53', 1],
      ['Hạ Long', 'Quảng Ninh', '20', 1],
      ['Thủ Dầu Một', 'Bình Dương', '75', 2],
      ['Biên Hòa', 'Đồng Nai', '76', 2],
      ['Bắc Ninh', 'Bắc Ninh', '16', 1],
    ],
  },
  {
    code: 'SE',
    name: 'Sweden',
    culture: 'sv',
    weight: 8,
    currency: 'SEK',
    tld: 'se',
    dial: '46',
    postcode: 'B B#',
    numberFirst: false,
    streets: [
      'Storgatan',
      'Industrivägen',
      'Hamngatan',
      'Kungsgatan',
      'Sjögatan',
      'Drottninggatan',
      'Verkstadsgatan',
      'Fabriksgatan',
    ],
    rows: [
      ['Stockholm', 'Stockholm', '11', 4],
      ['Södertälje', 'Stockholm', '15', 1],
      ['Göteborg', 'Västra Götaland', '41', 3],
      ['Borås', 'Västra Götaland', '50', 1],
      ['Malmö', 'Skåne', '21', 2],
      ['Helsingborg', 'Skåne', '25', 1],
      ['Uppsala', 'Uppsala', '75', 1],
      ['Linköping', 'Östergötland', '58', 1],
      ['Norrköping', 'Östergötland', '60', 1],
    ],
  },
];

function build(): { countries: Country[]; cities: City[] } {
  const countries: Country[] = [];
  const cities: City[] = [];
  for (const { rows, ...spec } of SPECS) {
    const country: Country = { ...spec, cities: [] };
    for (const [name, region, prefix, weight] of rows) {
      const city: City = { index: cities.length, name, region, country, prefix, weight };
      country.cities.push(city);
      cities.push(city);
    }
    countries.push(country);
  }
  return { countries, cities };
}

export const { countries: COUNTRIES, cities: CITIES } = build();
