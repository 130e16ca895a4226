/**
 * Country names and seats of government that world-countries does not give, merged in by
 * scripts/build-dictionaries.ts. Codes are the ones the event record uses (ISO3, CAMEO where they
 * differ). "Gaza" is deliberately absent: it is a place (see curated-places), not the country.
 */
export interface CuratedCountryForms {
  code: string;
  names?: string[];
  seats?: string[];
}

export const curatedCountryForms: CuratedCountryForms[] = [
  {
    code: 'USA',
    names: [
      'us',
      'u.s.',
      'u.s',
      'usa',
      'u.s.a.',
      'united states',
      'the united states',
      'america',
      'american',
      'americans',
      'united states of america',
    ],
    seats: ['washington', 'the white house', 'white house', 'washington d.c.', 'washington, d.c.'],
  },
  {
    code: 'GBR',
    names: [
      'uk',
      'u.k.',
      'britain',
      'great britain',
      'british',
      'the united kingdom',
      'united kingdom',
      'briton',
      'britons',
    ],
    seats: ['downing street', 'number 10', 'whitehall'],
  },
  {
    code: 'RUS',
    names: ['russian federation', 'russia', 'russian', 'russians'],
    seats: ['the kremlin', 'kremlin', 'moscow'],
  },
  {
    code: 'PSE',
    names: [
      'palestine',
      'palestinian',
      'palestinians',
      'state of palestine',
      'palestinian authority',
      'the palestinian authority',
      'pa',
    ],
    seats: ['ramallah'],
  },
  {
    code: 'ARE',
    names: ['uae', 'u.a.e.', 'the uae', 'emirati', 'emiratis', 'united arab emirates', 'the emirates'],
    seats: ['abu dhabi'],
  },
  {
    code: 'SAU',
    names: ['saudi', 'saudis', 'saudi arabia', 'saudi arabian', 'the kingdom of saudi arabia', 'ksa'],
    seats: ['riyadh'],
  },
  {
    code: 'IRN',
    names: ['iran', 'iranian', 'iranians', 'islamic republic of iran', 'islamic republic'],
    seats: ['tehran', 'teheran'],
  },
  { code: 'ISR', names: ['israel', 'israeli', 'israelis', 'state of israel'], seats: ['jerusalem'] },
  { code: 'EGY', names: ['egypt', 'egyptian', 'egyptians'], seats: ['cairo'] },
  {
    code: 'CHN',
    names: ['china', 'chinese', 'prc', "people's republic of china", 'mainland china'],
    seats: ['beijing', 'zhongnanhai'],
  },
  { code: 'UKR', names: ['ukraine', 'ukrainian', 'ukrainians'], seats: ['kyiv', 'kiev'] },
  {
    code: 'FRA',
    names: ['france', 'french'],
    seats: ['paris', 'elysee', 'elysee palace', 'the elysee', "quai d'orsay"],
  },
  { code: 'DEU', names: ['germany', 'german', 'germans'], seats: ['berlin'] },
  { code: 'TUR', names: ['turkey', 'turkish', 'turks', 'turkiye'], seats: ['ankara'] },
  { code: 'QAT', names: ['qatar', 'qatari', 'qataris'], seats: ['doha'] },
  {
    code: 'KOR',
    names: ['south korea', 'south korean', 'south koreans', 'republic of korea', 'rok'],
    seats: ['seoul'],
  },
  { code: 'PRK', names: ['north korea', 'north korean', 'north koreans', 'dprk'], seats: ['pyongyang'] },
  { code: 'SYR', names: ['syria', 'syrian', 'syrians'], seats: ['damascus'] },
  { code: 'IRQ', names: ['iraq', 'iraqi', 'iraqis'], seats: ['baghdad'] },
  { code: 'JOR', names: ['jordan', 'jordanian', 'jordanians'], seats: ['amman'] },
  { code: 'LBN', names: ['lebanon', 'lebanese'], seats: ['beirut'] },
  { code: 'YEM', names: ['yemen', 'yemeni', 'yemenis'], seats: ['sanaa', "sana'a", 'aden'] },
  { code: 'SDN', names: ['sudan', 'sudanese'], seats: ['khartoum', 'port sudan'] },
  { code: 'JPN', names: ['japan', 'japanese'], seats: ['tokyo'] },
  { code: 'IND', names: ['india', 'indian', 'indians'], seats: ['new delhi'] },
  { code: 'NLD', names: ['the netherlands', 'holland', 'dutch'], seats: ['the hague'] },
  { code: 'VAT', names: ['the vatican', 'vatican', 'holy see'] },
  { code: 'TWN', names: ['taiwan', 'taiwanese'], seats: ['taipei'] },
  {
    code: 'COD',
    // Wire services write "Congo" for the DR Congo and "Republic of Congo" for its neighbour.
    names: [
      'drc',
      'dr congo',
      'democratic republic of congo',
      'democratic republic of the congo',
      'congo',
      'congolese',
    ],
  },
  { code: 'CIV', names: ['ivory coast', "cote d'ivoire", 'ivorian'] },
  { code: 'MMR', names: ['myanmar', 'burma', 'burmese'], seats: ['naypyidaw', 'naypyitaw'] },
  { code: 'KSV', names: ['kosovo', 'kosovar', 'kosovars'] },
  { code: 'CZE', names: ['czech republic', 'czechia', 'czech'] },
  { code: 'BIH', names: ['bosnia', 'bosnia and herzegovina', 'bosnian'] },
  // The demonyms the news uses for Central Asia, which world-countries spells otherwise.
  { code: 'KAZ', names: ['kazakh', 'kazakhs'] },
  { code: 'KGZ', names: ['kyrgyz'] },
  { code: 'UZB', names: ['uzbek', 'uzbeks'] },
  { code: 'TJK', names: ['tajik', 'tajiks'] },
  // Demonyms the news writes that world-countries spells otherwise ("Maldivan", "Nepalese", "Slovene").
  { code: 'MDV', names: ['maldivian', 'maldivians'] },
  { code: 'NPL', names: ['nepali', 'nepalis'] },
  { code: 'SVN', names: ['slovenian', 'slovenians'] },
  { code: 'DJI', names: ['djiboutian', 'djiboutians'] },
  { code: 'COM', names: ['comorian', 'comorians'] },
];

/**
 * Capitals that are also common words or other well-known places; they would code a country from
 * an unrelated mention, so they are not seats (they stay in the gazetteer as places).
 */
/**
 * Spellings world-countries gives a country that are English words or letters: "Delft Island" is no
 * Iceland ("Ísland"), "Thomas Mann" no Isle of Man, "Dr. S. Jaishankar" no Bouvet Island.
 */
export const notCountryNames: Record<string, string> = {
  island: 'the Icelandic name of Iceland; an English word in the names of many places',
  mann: 'a Manx name of the Isle of Man; a common surname',
  s: 'a single letter (an initial)',
};

export const ambiguousCapitals: Record<string, string> = {
  victoria: 'also an Australian state, a Canadian city and a given name',
  kingston: 'capital of Jamaica and of Norfolk Island; also towns in the UK, US and Canada',
  'san jose': 'capital of Costa Rica; also a large US city',
  georgetown: 'capital of Guyana; also a Washington district and university',
  hamilton: 'capital of Bermuda; also cities in Canada and New Zealand, and a surname',
  'san juan': 'capital of Puerto Rico; also cities in Argentina and the Philippines',
  "saint john's": "capital of Antigua; also the capital of Newfoundland (St. John's)",
  "st. john's": 'capital of Antigua; also the capital of Newfoundland',
  'la paz': 'seat of Bolivia; also a Mexican city',
  santiago: 'capital of Chile; also Santiago de Compostela, Santiago de Cuba, a given name',
  'city of san marino': 'same as the country name',
  'kuwait city': 'kept as a place only; "kuwait" already names the country',
  'the valley': 'capital of Anguilla; a common phrase',
  'the bottom': 'capital of Saba; a common phrase',
  'road town': 'capital of the British Virgin Islands; a common phrase',
  plymouth: 'capital of Montserrat; also an English and a US city',
  'king edward point': 'capital of South Georgia; not a seat of any actor',
  'saint-pierre': 'capital of Saint Pierre and Miquelon; also a common French place name',
  'west island': 'capital of the Cocos Islands; a common phrase',
  jamestown: 'capital of Saint Helena; also US towns',
  oranjestad: 'capital of Aruba and of Sint Eustatius',
  cayenne: 'capital of French Guiana; also a pepper',
  'saint-denis': 'capital of Reunion; also a Paris suburb',
  douglas: 'capital of the Isle of Man; a common given name and surname',
  gibraltar: 'same as the country name',
  monaco: 'same as the country name',
  singapore: 'same as the country name',
  djibouti: 'same as the country name',
  luxembourg: 'same as the country name',
  'vatican city': 'same as the country name',
  'panama city': 'capital of Panama; also a Florida city',
  kingstown: 'capital of Saint Vincent; easily confused with Kingston',
  male: 'capital of the Maldives; a common English word',
  tripoli: 'capital of Libya; also a major Lebanese city',
  stanley: 'capital of the Falklands; a common given name',
  amsterdam: 'the seat of the Dutch government is The Hague',
  sucre: 'constitutional capital of Bolivia; also a Colombian department and a surname',
};
