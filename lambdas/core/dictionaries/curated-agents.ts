/**
 * Role words missing from the Phoenix agents file, in modern news wording. The build adds regular
 * plurals of the last word, as for Phoenix agents. `role` is the CAMEO sector code.
 */
export interface CuratedAgent {
  names: string[];
  role: string;
}

export const curatedAgents: CuratedAgent[] = [
  {
    names: [
      'spokesperson',
      // "The Secretary" in a readout is the department's head: the speaker's government.
      'secretary',
      // A deputy is named with what they deputise ("The Deputy Secretary"): Phoenix's bare "deputy"
      // is dropped below.
      'deputy secretary',
      'deputy secretary of state',
      'deputy minister',
      'deputy foreign minister',
      'deputy defense minister',
      'deputy defence minister',
      'delegation',
      'envoy',
      // "ordered the expulsion of diplomatic staff from Argentina, Chile and Peru".
      'diplomatic staff',
      'diplomatic personnel',
      // "his Papua New Guinean counterpart James Marape": the office held by the one addressed.
      'counterpart',
      'spokeswoman',
      'spokesman',
      'state department',
      'department of state',
      'defense department',
      'defence ministry',
      'defense ministry',
      'ministry of defence',
      'ministry of defense',
      'ministry of foreign affairs',
      'foreign ministry',
      'foreign minister',
      'foreign secretary',
      // The Philippines' title: "Secretary of Foreign Affairs of the Republic of the Philippines".
      'secretary of foreign affairs',
      'secretary for foreign affairs',
      'secretary of state',
      'defence minister',
      'defense minister',
      'defence secretary',
      'defense secretary',
      'interior ministry',
      'interior minister',
      'prime minister',
      'president',
      'government',
      'cabinet',
      'administration',
      'officials',
      'official',
      'envoy',
      'ambassador',
      'diplomat',
      'negotiator',
      'national security adviser',
      'national security advisor',
      // "Presidency of the Republic of Brazil" heading a readout; "the Presidency said".
      'presidency',
      // India's and others' titles for the foreign minister.
      'external affairs minister',
      'minister of external affairs',
      'ministry of external affairs',
      'foreign affairs minister',
      'minister of foreign affairs',
      // "The Department condemns these attacks", "The Ministry strongly condemns" in a release: the
      // issuer's own (with no issuer known, a ministry of no country is not coded).
      'department',
      'ministry',
    ],
    role: 'GOV',
  },
  {
    names: [
      'coast guard',
      'forces',
      'troops',
      'army',
      'navy',
      'air force',
      'military',
      'armed forces',
      'soldier',
      'marines',
      'warplanes',
      'fighter jets',
      'drones',
      'chief of staff of the armed forces',
      'chief of general staff',
      // Niger's and others' presidential guards: the unit that seized President Bazoum.
      'presidential guard',
      'military spokesman',
    ],
    role: 'MIL',
  },
  {
    names: [
      ...['police', 'security forces', 'riot police', 'police officers', 'border guards'],
      // Phoenix has "prison" but not its other names: "the National Penitentiary in Port-au-Prince".
      ...['penitentiary', 'national penitentiary', 'jail'],
    ],
    role: 'COP',
  },
  { names: ['prosecutors', 'prosecutor', 'judge', 'court', 'supreme court'], role: 'JUD' },
  {
    names: [
      'protesters',
      'protestors',
      'demonstrators',
      'civilians',
      'hostages',
      'residents',
      'activists',
      'students',
      // "Police fired tear gas to disperse the crowd".
      'crowd',
      'crowds',
      // "called on organisers": people, of the country where it happens. (Not "suspects" nor
      // "defendants": the gold sets code a spy suspect as the state he serves and militant suspects as
      // rebels, and "the defendants, three Russian spies," say who they are.)
      'organisers',
      'organizers',
    ],
    role: 'CVL',
  },
  { names: ['journalists', 'journalist', 'reporters', 'state media', 'state television'], role: 'MED' },
  // Company heads ("Chief Executive Ingrid Solberg thanked customers"), not government.
  {
    names: ['chief executive', 'chief executive officer', 'managing director', 'chief financial officer'],
    role: 'BUS',
  },
  // "Vietnamese electric-vehicle maker VinFast", "Chinese tech giant Huawei": a company.
  { names: ['maker', 'makers', 'firm', 'firms', 'giant'], role: 'BUS' },
  // "Saudi telecom operator Najm Mobile": a company, not the media.
  { names: ['telecom', 'telecoms', 'telecom firm', 'telecom operator', 'mobile operator'], role: 'BUS' },
  {
    names: [
      'rebels',
      'militants',
      'militant',
      'fighters',
      'fighter',
      'insurgents',
      'armed groups',
      'armed group',
      'terrorists',
      'militia',
      'militiamen',
      'gunmen',
      // Phoenix reads these as unidentified armed forces (UAF); the gold sets' guide codes unknown
      // attackers as rebels of no known country (REB).
      'gunman',
      'armed men',
      'armed man',
      'assailants',
      'assailant',
      'jihadists',
      'terrorist',
      'jihadist',
      'extremist',
      'extremists',
      'terrorist group',
      'terrorist organization',
      'terrorist organisation',
      // "shelling of the town of Hermel by armed factions in Syria".
      'armed faction',
      'armed factions',
    ],
    role: 'REB',
  },
  // "French deputies", "Duma deputies": members of parliament.
  {
    names: ['lawmakers', 'legislators', 'parliament', 'parliamentarians', 'mps', 'senators', 'deputies'],
    role: 'LEG',
  },
  { names: ['opposition', 'opposition leader', 'opposition party'], role: 'OPP' },
  // "Labour unions began a general strike": workers' organisations (Phoenix has "trade unions").
  { names: ['unions', 'labour unions', 'union members', 'union leaders'], role: 'LAB' },
  // "Thousands of bus and taxi drivers went on strike": people at work, who strike as workers do.
  {
    names: ['drivers', 'taxi drivers', 'bus drivers', 'truck drivers', 'truckers', 'dockworkers'],
    role: 'LAB',
  },
  { names: ['refugees', 'displaced people', 'asylum seekers', 'migrants'], role: 'REF' },
  {
    names: ['aid workers', 'aid groups', 'humanitarian groups', 'rights groups', 'human rights groups'],
    role: 'NGO',
  },
  // "The international community" is no one in particular: kept out of the role words so that
  // "community" alone does not make it the civilians of the country the story happens in.
  { names: ['international community', 'the world community'], role: 'INT' },
];

/**
 * Phoenix role words left out because in world news they mostly mean something else: a "Deputy"
 * is a deputy minister or secretary far more often than a sheriff's deputy (COP), and read as police
 * it turns "Principal Deputy Assistant Secretary" into a police officer.
 */
export const droppedAgentNames: { names: string[]; reason: string }[] = [
  {
    names: ['deputy', 'deputies'],
    reason: 'a deputy is an official or a member of parliament in world news, not police',
  },
  {
    names: [
      'terrorist',
      'terrorists',
      'extremist',
      'extremists',
      'jihadist',
      'jihadists',
      'terrorist group',
      'terrorist groups',
      'terrorist organization',
      'terrorist organizations',
    ],
    reason:
      'Phoenix lists them under UAF and RAD as well as REB; unknown terrorists and extremists are rebels of no known country (REB), as the gold sets code them',
  },
  {
    names: ['representative', 'representatives'],
    reason:
      'Phoenix lists them under LEG; in world news "representatives of the Congolese government" are its delegates, and a legislature is named in full ("House of Representatives")',
  },
  {
    names: ['militant', 'militants', 'fighter', 'fighters'],
    reason:
      'Phoenix lists them under UAF as well; the gold sets code militants and fighters of no named group as rebels (REB)',
  },
  {
    names: ['assailant', 'assailants'],
    reason:
      'Phoenix lists them under CRM and UAF; unknown attackers are rebels of no known country (REB), as the gold sets code them',
  },
  {
    names: ['embassy in', 'diplomatic building in'],
    reason:
      'Phoenix gives an embassy the country named after "in"; that is its host, not its owner (the embassy in Kabul is another state\'s): the owner is the country named before it, or the one "its" stands for',
  },
  {
    names: ['telecom', 'telecoms', 'telecom firm', 'telecom firms'],
    reason:
      'Phoenix lists telecom companies as media (MED); they are businesses, and the gold sets code a deal between companies as no event',
  },
  {
    names: ['rebellion', 'rebellions', 'insurgency', 'insurgencies', 'uprising'],
    reason:
      'Phoenix lists them under REB; they name an act or a conflict ("charges of rebellion", "the insurgency in the north"), not the people in it',
  },
  {
    names: ['chief executive', 'chief executive officer'],
    reason:
      "Phoenix reads them as government (Hong Kong's Chief Executive, whom the actor dictionary names); in world news they head companies",
  },
];
