/**
 * CAMEO verb patterns: how an action is worded in English news, for every one of the 20 roots.
 * Data, not code: each rule names its CAMEO code and the phrases that signal it.
 *
 * Pattern syntax, one phrase per string:
 *   @lemma   a verb, matched in every inflection (meet, meets, met, meeting)
 *   *        up to three words that are not punctuation ("signed a new trade agreement")
 *   **       up to ten such words ("provide an additional $53 million in urgently needed aid")
 *   {class}  any word of a class in WORD_CLASSES ("@deliver ** {relief} to")
 *   other    a literal word, matched after normalisation (lowercase, no accents or dots)
 * The target actor is looked for right after the phrase, so prepositions that introduce it
 * ("with", "on", "against") belong in the phrase.
 *
 * A pattern with no @verb is a noun phrase ("air strikes on"): it needs an actor named right before
 * it (an adjective or possessive: "Israeli air strikes on Hezbollah").
 * `refine` picks a more specific code from words later in the sentence.
 */

export interface VerbRule {
  code: string;
  patterns: string[];
  refine?: { when: RegExp; code: string }[];
  /** The rule names an action whose source needs no target (a protest, a statement). */
  targetOptional?: boolean;
  /** The act is the target's, done to the subject: "received a phone call from Putin" is Putin's call. */
  doneByTarget?: boolean;
  /**
   * A joint action ("Japan and the Philippines signed a pact"): with two sources and no target it is
   * coded once, first-named to second-named.
   */
  mutual?: boolean;
  /** Words right after the target that make a more specific event ("welcomed X to Ankara" is hosting). */
  afterTarget?: { when: RegExp; code: string; reverse?: string }[];
  /** The target must follow one of these words (after the verb), not just be the next actor named. */
  targetAfter?: string[];
  /** The target is the object inside the pattern's gap ("set part of the parliament on fire"), only. */
  targetInGap?: boolean;
  /**
   * The act names its two sides after "between", first to second ("talks were held in Ashgabat
   * between Turkmenistan and Mongolia"), and is coded only when it took place.
   */
  sidesAfterBetween?: boolean;
  /**
   * The target stands right after the pattern and these words right after the target: the sense of a
   * verb with many ("called Pashinyan on Friday" is a call; "called Russia a threat" names).
   */
  targetThen?: RegExp;
  /** The speaker of the document is the source and the actor right before the phrase the target. */
  fromSpeaker?: boolean;
  /** Words that may not follow the verb: they make it transitive in another sense. */
  notBefore?: string[];
  /** With no target named, the target is the actor of the last attack coded. */
  targetIsLastAttacker?: boolean;
  /** A measure a state takes at home (a curfew, martial law): with no target named, its own people. */
  ownPeopleTarget?: boolean;
  /** Visits and hosting are between states and their people, not with refugees or crowds. */
  stateTarget?: boolean;
  /** Only an organisation is this act's target: a state leaves a bloc ("quit ECOWAS"), not a town. */
  organizationTarget?: boolean;
  /** Only a state, its government or an organisation does this (states a position). */
  stateSource?: boolean;
  /**
   * Only in the passive: "by" right after the verb names who did it, and one of these nouns (what was
   * done) stands in the words before the verb ("The accord was signed by Japan and Peru").
   */
  passiveObject?: ReadonlySet<string>;
  /**
   * The pattern names an act and judges it ("called the strike 'a heinous act'"): no disapproval when
   * the judgement is in favour, in a "what X called" clause, or by the state whose act it is.
   */
  judgesAnAct?: boolean;
}

/** Acts one is said to be "behind" or "responsible for" (an accusation, 112). */
const BLAMED_ACTS = [
  ...['attack', 'attacks', 'strike', 'strikes', 'bombing', 'bombings', 'killing', 'killings', 'sabotage'],
  ...['fire', 'explosion', 'explosions', 'blast', 'abduction', 'abductions', 'massacre', 'shelling', 'hack'],
  ...['cyberattack', 'cyberattacks', 'assassination', 'arson', 'plot', 'incursion', 'raid', 'raids'],
];

/** A pattern made of parts, some of which may be empty ("@vow to respond", "", "to"). */
function words(...parts: string[]): string {
  return parts.filter((part) => part !== '').join(' ');
}

/** People a state hands over or returns to another: a release of persons (0841). */
const HANDED_OVER_PEOPLE = [
  ...['servicemen', 'soldiers', 'prisoners', 'detainees', 'hostages', 'captives', 'nationals', 'children'],
  ...['citizens', 'fishermen', 'sailors', 'crew', 'crew members'],
];

/** Units a state moves to show force ("ordered two additional navy ships to the area"). */
const MILITARY_UNITS = new Set([
  ...['troops', 'squadron', 'squadrons', 'aircraft', 'jets', 'fighters', 'bombers', 'ships', 'warships'],
  ...[
    'destroyers',
    'carrier',
    'strike group',
    'battalion',
    'battalions',
    'brigade',
    'submarine',
    'submarines',
  ],
  ...['helicopters', 'reinforcements'],
]);

const APPEAL_REFINEMENTS = [
  {
    when: /\b(?:end (?:its |their |this |the )?(?:\w+ )?(?:aggression|war|fighting|attacks|hostilities|offensive)|ceasefire|cease-fire|truce|de-?escalat\w*|cessation of hostilities|cease (?:its |their )?(?:attacks|hostilities|fire)|halt (?:the |its |their )?(?:attacks|strikes|fighting)|stop (?:the |its |their )?(?:attacks|strikes|fighting)|withdraw\w* (?:all |its |their )?(?:troops|forces)|restraint)\b/i,
    code: '0256',
  },
  { when: /\b(?:release|free|freeing)\b/i, code: '0253' },
  { when: /\b(?:aid|assistance|relief|funding|donat\w+)\b/i, code: '023' },
  { when: /\b(?:talks|negotiat\w+|dialogue|meet|meeting|diplomac\w+)\b/i, code: '026' },
];

const AID_REFINEMENTS = [
  {
    when: /\b(?:humanitarian|food|medical|medicines?|relief|shelter|tents|blankets|water purifiers|rice|wheat|grain|flour)\b/i,
    code: '073',
  },
  { when: /\bmilitary|weapons|arms|munitions|security assistance|air defen[cs]e\b/i, code: '072' },
  { when: /\beconomic|financial|budget|loan|grant|credit\b/i, code: '071' },
];

/**
 * Word classes a pattern names in braces ("@deliver ** {relief} to"): one element that matches any
 * of the words, so a rule is not written out once per noun. (Nouns are read in either number.)
 */
export const WORD_CLASSES: Record<string, string[]> = {
  // Goods given as relief: "delivered emergency shelter kits and blankets to 12,000 refugees" (the
  // gap takes the words before the head noun: "medical supplies", "hot meals").
  // What a bloc suspends a member from: "from all its decision-making bodies", "from the African Union".
  captives: ['hostages', 'captives'],
  owned: ['assets', 'reserves', 'funds', 'holdings', 'accounts'],
  memberships: [
    ...['activities', 'bodies', 'institutions', 'membership', 'bloc', 'organisation', 'organization'],
    ...['union', 'community', 'grouping', 'commonwealth', 'alliance', 'league', 'ecowas', 'mercosur'],
  ],
  relief: [
    'food',
    'medicine',
    'supplies',
    'kits',
    'blankets',
    'tents',
    'water',
    'fuel',
    'vaccines',
    'meals',
    'rations',
    'parcels',
  ],
  // Ships: "rammed a Philippine supply boat".
  vessels: ['vessel', 'boat', 'ship', 'trawler', 'ferry', 'tanker', 'frigate'],
  // Weapons handed over: "delivered two attack helicopters to Niger's army".
  arms: [
    ...['weapons', 'helicopters', 'jets', 'tanks', 'drones', 'missiles', 'howitzers', 'ammunition'],
    ...['rifles', 'munitions', 'warplanes', 'interceptors'],
  ],
  // Materiel handed over: "handed over two patrol boats to the Solomon Islands police".
  materiel: ['boats', 'vessels', 'vehicles', 'ambulances', 'equipment', 'generators'],
};

/** Acts a statement may name and judge ("called the verdict a sham"). */
const JUDGED_ACTS = [
  ...['actions', 'action', 'behaviour', 'behavior', 'conduct', 'verdict', 'ruling', 'sentence', 'trial'],
  ...['incident', 'incursion', 'manoeuvres', 'maneuvers', 'drills', 'exercises', 'launch', 'seizure'],
  ...['killing', 'killings', 'execution', 'executions', 'deportation', 'deportations', 'ban', 'law'],
  // "described the deal as an act of aggression": an agreement judged (in its disfavour).
  ...['deal', 'agreement', 'pact', 'memorandum'],
];

/** "for an official visit", "for his first state visit", "at the start of a three-day visit": the guest visits. */
const FOR_A_VISIT =
  /\b(?:for|on|at the (?:start|beginning) of) (?:an? |his |her |their )?(?:official |state |first |working |[\w-]+-day )*visit\b/;

export const VERB_RULES: VerbRule[] = [
  // 01 Make public statement: only statements with content worth coding; plain "said" is not coded
  // (GDELT's 010 floods the data and gold sets do not count it).
  {
    code: '018',
    patterns: [
      '@express condolences to',
      '@offer condolences to',
      '@send condolences to',
      '@extend condolences to',
      // "We extend our deepest condolences to the families", "conveyed his condolences to".
      '@express * condolences to',
      '@offer * condolences to',
      '@send * condolences to',
      '@extend * condolences to',
      '@convey * condolences to',
      // "extends its deepest sympathy and condolences to the people of Burkina Faso".
      '@extend * sympathy and condolences to',
      // "sent a message of condolence to First Vice President Mokhber".
      '@send * message of condolence to',
      '@send * message of condolences to',
      '@send * condolence message to',
      '@express * sympathy and condolences to',
      '@convey * sympathy and condolences to',
      // "expressed their deepest condolences and sympathy to the family".
      '@express * condolences and sympathy to',
      '@express * condolences and * sympathy to',
      '@express * condolences for',
      '@extend * condolences for',
      'condolences to',
    ],
  },
  { code: '013', patterns: ['@express optimism about', '@voice optimism'] },
  { code: '012', patterns: ['@express pessimism about', '@voice skepticism about'] },
  {
    code: '016',
    patterns: [
      '@deny responsibility for',
      '@deny involvement in',
      '@deny * role in',
      '@deny * involvement in',
    ],
  },
  // "India denied the charge", "Moscow denies the accusations": aimed at the accuser ("the charge" is
  // the last accusation's doer). Not "denied that ...", "denied entry", "denied having ...".
  {
    code: '016',
    patterns: ['@deny'],
    notBefore: [
      ...['that', 'it', 'its', 'they', 'he', 'she', 'having', 'being', 'any', 'entry', 'access', 'bail'],
      ...['visas', 'permission', 'him', 'her', 'them', 'reports', 'this', 'a', 'an', 'wrongdoing'],
    ],
  },
  {
    code: '015',
    patterns: ['@acknowledge responsibility for', '@claim responsibility for'],
    targetOptional: true,
  },

  // 02 Appeal
  {
    code: '020',
    patterns: ['@call on', '@call upon'],
    refine: APPEAL_REFINEMENTS,
    // "also called on President Alisher Tursunov" with nothing asked of him: a courtesy call, a visit.
    afterTarget: [{ when: /^(?![^.;]*\b(?:to\s+(?!\p{Lu}|the\s+\p{Lu})|for\b))/u, code: '042' }],
  },
  {
    code: '020',
    patterns: [
      '@urge',
      '@appeal to',
      // "reiterates his call on the military to release": the appeal made again.
      '@reiterate * call on',
      '@renew * call on',
      // "renewed his appeal to Western allies to send": the appeal made again.
      '@renew * appeal to',
      '@repeat * appeal to',
      '@press',
      '@encourage',
      '@ask',
      // "appealed for restraint from both countries": whom the appeal is made of comes after "from".
      '@appeal for * restraint from',
      '@call for * restraint from',
      // "called for Israel to withdraw", "called for a full investigation": an appeal, never a phone call.
      '@call for',
    ],
    refine: APPEAL_REFINEMENTS,
  },
  { code: '021', patterns: ['@request * assistance from', '@seek * help from'] },
  // "has sought the early release of the detained activists".
  { code: '0253', patterns: ['@seek * release of', '@press for * release of'] },
  // "called for the immediate release of two Canadians detained by China": asked of the holder, named
  // after "by"; where the sentence names no holder the appeal has none to code.
  {
    code: '0253',
    patterns: ['@call for * release of', '@appeal for * release of'],
    targetAfter: ['by'],
  },
  // "called for her immediate release": the person held, named by a pronoun inside the pattern.
  { code: '0253', targetInGap: true, patterns: ['@call for * release', '@appeal for * release'] },
  { code: '027', patterns: ['@call for * settlement', '@appeal for * settlement'] },
  // "called for dialogue between the government and the opposition": an appeal to both to talk.
  {
    code: '026',
    targetAfter: ['between', 'with'],
    patterns: ['dialogue', 'talks', 'negotiations'].flatMap((talks) => [
      `@call for * ${talks}`,
      `@appeal for * ${talks}`,
    ]),
  },

  // 03 Express intent to cooperate
  {
    code: '030',
    patterns: [
      '@reaffirm * commitment to',
      '@reiterate * commitment to',
      '@underscore * commitment to',
      // "reiterated the United States' ironclad commitment to".
      '@reaffirm ** commitment to',
      '@reiterate ** commitment to',
      '@pledge * support for',
      '@pledge to',
      '@vow to support',
      '@commit to',
      '@offer to cooperate with',
      '@express * readiness to cooperate with',
      '@express * willingness to cooperate with',
    ],
    // "pledged to cut aid to Uganda": a promise to stop helping is a threat to.
    refine: [
      {
        when: /^\s*to\s+(?:cut|halt|suspend|stop|end|withhold|freeze|reduce)\s+(?:\S+\s+){0,3}?(?:aid|assistance)\b(?!\s+(?:freeze|cuts?|suspension|ban|restrictions))/i,
        code: '1311',
      },
    ],
  },
  {
    // "The two ministers agreed to continue close coordination": an agreement between the two named.
    code: '030',
    mutual: true,
    patterns: [
      '@agree to continue * coordination',
      '@agree to maintain * coordination',
      '@agree to remain in * coordination',
      '@agree to stay in * touch',
      '@agree to remain in * contact',
      '@agree to work together',
      '@agree to work closely',
    ],
  },
  {
    code: '031',
    mutual: true,
    patterns: [
      '@deepen * cooperation',
      '@strengthen * cooperation',
      '@expand * cooperation',
      '@deepen * partnership with',
      '@deepen * partnership',
      '@deepen * ties with',
      '@deepen * cooperation with',
      '@strengthen * ties with',
      '@strengthen * partnership with',
      '@strengthen * cooperation with',
      '@boost * cooperation with',
      '@expand * cooperation with',
      '@agree to cooperate with',
      '@pledge * cooperation with',
    ],
  },
  { code: '032', patterns: ['@pledge * diplomatic support', '@offer * diplomatic support'] },
  {
    code: '033',
    patterns: [
      '@promise ** for',
      '@pledge ** for',
      '@pledge ** aid to',
      // "pledged $3 billion in aid and investment to Syria".
      '@pledge ** aid and investment to',
      // "pledged an additional $35 million to the U.N. agency": a sum pledged to someone.
      '@pledge ** million to',
      '@pledge ** billion to',
      '@promise ** aid to',
      '@pledge ** assistance to',
      // "pledged 80 billion yen in loans to Malaysia".
      '@pledge ** loans to',
      '@promise ** assistance to',
      '@offer ** aid to',
      '@offer ** assistance to',
    ],
    refine: [
      { when: /\bhumanitarian|relief|food|medical\b/i, code: '0333' },
      { when: /\b(?:military|weapons|arms|air defen[cs]e|missiles|ammunition|tanks)\b/i, code: '0332' },
      { when: /\beconomic|financial|loans?\b/i, code: '0331' },
    ],
  },
  {
    code: '036',
    patterns: ['@express * willingness to meet', '@offer to meet', '@propose * talks with', '@invite'],
  },
  // "The ministers agreed to meet on the margins of ...": two who agree are one intent, first to second.
  { code: '036', mutual: true, patterns: ['@agree to meet'] },
  // "Ishiba accepted an invitation to visit South Korea later this year": an intent to visit.
  { code: '036', patterns: ['@accept * invitation to visit', '@accept * invitation to pay * visit to'] },
  { code: '037', patterns: ['@accept * mediation'] },

  // 04 Consult
  // "Modi and Scholz co-chaired the India-Germany Consultations": what they chaired names no partner.
  { code: '040', mutual: true, targetAfter: ['with'], patterns: ['@co-chair'] },
  // "the presidents held a private meeting at the palace": the two who met; one body's own meeting
  // ("the National Security Council held an emergency meeting") is with no one.
  { code: '040', mutual: true, targetAfter: ['with'], patterns: ['@hold * meeting'] },
  // "Talks were held in Ashgabat between the foreign ministers of Turkmenistan and Mongolia", "Talks
  // between Armenia and Azerbaijan took place in Almaty": the two sides, after "between".
  {
    code: '040',
    sidesAfterBetween: true,
    patterns: ['talks', 'negotiations', 'consultations', 'meeting'].map((noun) => `${noun} ** between`),
  },
  {
    code: '040',
    mutual: true,
    patterns: [
      '@speak * on the margins of * with',
      '@meet * on the margins of * with',
      '@meet * on the sidelines of * with',
      '@speak * on the sidelines of * with',
      '@meet',
      '@meet with',
      '@hold talks with',
      '@hold * talks with',
      '@hold * talks',
      // "wrapped up two days of talks in Abu Dhabi", "concluded talks with".
      '@wrap up * talks',
      '@conclude * talks',
      '@hold * meeting with',
      // "held the third Japan-Philippines Foreign Ministers' Strategic Dialogue in Tokyo".
      '@hold ** strategic dialogue',
      '@hold * dialogue with',
      '@confer with',
      '@consult with',
      '@consult',
      '@sit down with',
      'talks with',
      'meeting with',
    ],
  },
  {
    code: '041',
    // "Putin and Xi discussed Ukraine by phone": a call names both sides as its subject.
    mutual: true,
    patterns: [
      '@discuss ** by phone',
      '@discuss ** by telephone',
      '@discuss ** in a phone call',
      '@hold * phone call',
      // "held a telephone meeting with Philippine Foreign Secretary Manalo": a call.
      '@hold * telephone meeting with',
      '@hold * phone meeting with',
      '@speak by phone',
      '@talk by phone',
      '@speak by telephone',
      '@talk by telephone',
      '@speak by phone * with',
      '@speak by telephone * with',
      '@speak * with',
      '@talk * with',
      '@talk by phone with',
      '@speak by phone with',
      // "spoke on the phone today with the President of Sri Lanka".
      '@speak on the phone * with',
      '@speak by telephone with',
      '@speak * by phone with',
      // "spoke this morning by telephone with the President of Iran".
      '@speak * by telephone with',
      '@talk * by phone with',
      '@talk * by telephone with',
      '@speak with * by phone',
      '@phone',
      '@telephone',
      '@hold * phone call with',
      '@hold * call with',
      // "held a telephone conversation with his Chinese counterpart", "held a telephone talk with".
      '@hold * telephone conversation with',
      // "held a telephone conversation this afternoon with the President of Somalia".
      '@hold * telephone conversation * with',
      '@hold * phone conversation * with',
      '@hold * phone call * with',
      '@hold * telephone conversations with',
      '@hold * phone conversations with',
      '@hold * phone calls with',
      '@hold * telephone talk with',
      '@hold * telephone talks with',
      '@hold * phone talks with',
      '@hold * phone conversation with',
      '@have * telephone conversation with',
      '@have * phone call with',
      '@speak with',
      '@speak to',
      // "The directors general of military operations spoke over the hotline on Wednesday".
      '@speak * over * hotline',
      '@talk * over * hotline',
      'phone call with',
      'call with',
    ],
  },
  {
    code: '042',
    stateTarget: true,
    patterns: [
      '@visit',
      '@travel to',
      // "travelled today to Nouakchott", "travelled on Monday to Kyiv": past the time.
      '@travel today to',
      '@travel yesterday to',
      '@travel on * to',
      '@arrive in',
      '@fly to',
      '@make * visit to',
      '@pay * visit to',
      '@land in',
      // "Foreign Minister X is on an official visit to India".
      'is on * visit to',
      'was on * visit to',
    ],
  },
  {
    code: '043',
    stateTarget: true,
    patterns: ['@host', '@receive'],
    // "received her Kenyan counterpart in Brasilia for an official visit": the guest visits.
    afterTarget: [
      {
        when: FOR_A_VISIT,
        code: '043',
        reverse: '042',
      },
    ],
  },
  // "Blinken called Armenian Prime Minister Nikol Pashinyan on Friday": a person or a state called,
  // with nothing after the name but when, why or how, is a telephone call ("called Russia a threat",
  // "called Iran's actions reckless" and "called the ambassador to the ministry" are not).
  {
    code: '041',
    patterns: ['@call', '@telephone'],
    targetThen:
      /^\s*(?:$|[.;:]|,\s*(?!who\b|which\b)|(?:on|late|early|last|this|earlier|yesterday|today|tonight|overnight|from|about|by phone|by telephone|over the phone)\b|to (?:discuss|talk|express|congratulate|offer|convey|thank|brief|review|exchange|assure|reaffirm|urge|press|raise|seek|ask|share|coordinate|condole|wish|extend|inform|update|invite|reassure)\b|and (?:discussed|spoke|talked|expressed|offered|conveyed|urged|thanked|congratulated)\b)/,
  },
  // "Muizzu received a courtesy call from Jaishankar": the visitor called on the host, who hosts.
  { code: '043', patterns: ['@receive * courtesy call from'] },
  // "Jaishankar paid a courtesy call on President Muizzu": a visit to the one called on.
  { code: '042', patterns: ['@pay * courtesy call on', '@make * courtesy call on'], stateTarget: true },
  // "Erdogan received a phone call from Putin": Putin called Erdogan.
  {
    code: '041',
    doneByTarget: true,
    patterns: [
      '@receive * phone call from',
      '@receive * call from',
      '@receive * telephone call from',
      // "received a phone call today from", "a call on Tuesday from".
      '@receive * phone call * from',
      '@receive * call * from',
      '@receive * telephone call * from',
    ],
  },
  { code: '044', patterns: ['@meet * at a third location'] },
  {
    code: '045',
    // "Qatar brokered a ceasefire between Israel and Hamas": the mediator acts on each side.
    patterns: [
      '@mediate between',
      '@mediate',
      '@broker * ceasefire between',
      '@broker * truce between',
      '@broker * deal between',
    ],
  },
  {
    code: '046',
    mutual: true,
    patterns: [
      '@negotiate with',
      '@negotiate',
      '@hold negotiations with',
      'negotiations with',
      '@resume * talks with',
      '@resume * talks',
      // "Israeli and Hamas delegations began indirect talks".
      '@begin * talks with',
      '@begin * talks',
      '@open * talks with',
      '@resume * negotiations with',
      '@resume * negotiations',
      '@conclude * round of talks with',
      '@conclude * round of talks',
      '@hold * round of talks with',
      '@hold * round of talks',
      // "held a second round of direct talks".
      '@hold * round of * talks with',
      '@hold * round of * talks',
    ],
  },

  // 05 Engage in diplomatic cooperation
  {
    code: '050',
    patterns: [
      '@coordinate * with',
      '@work * with',
      '@coordinate with',
      '@cooperate with',
      '@work closely with',
      '@work with',
      '@partner with',
    ],
  },
  // "Welcomed X to Ankara" is hosting a visit (and X visiting); "welcomed the decision" is praise.
  {
    code: '051',
    patterns: ['@appreciate', '@welcome'],
    afterTarget: [
      {
        // "welcomed X to Ankara", "welcomed Merz at the chancellery", "at the Elysee Palace",
        // "welcomed Netanyahu with military honours".
        // ("welcomed President Marcos of the Philippines to the White House": past the guest's country.)
        // ("welcomed Petro, Arce and Boluarte to the city", "at the prime minister's residence".)
        when: /^,?\s*(?:of (?:the )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*\s*)?(?:(?:to|in) (?:the )?\p{Lu}|to the (?:city|capital|country|island|kingdom)\b|at (?:the |his |her )?(?:(?:prime minister's|president's|presidential|royal) )?(?:\p{Lu}|chancellery|presidential|palace|airport|residence|state house)|with (?:full )?(?:military )?honou?rs)/u,
        code: '043',
        reverse: '042',
      },
      {
        // "welcomed X ... for an official visit", "for his first state visit", "on Monday at the start
        // of a three-day official visit".
        when: FOR_A_VISIT,
        code: '043',
        reverse: '042',
      },
    ],
  },
  {
    code: '051',
    patterns: [
      '@praise',
      '@commend',
      '@thank',
      // "expressed its thanks to Somalia", "conveyed its gratitude to".
      '@express * thanks to',
      '@express * gratitude to',
      '@convey * thanks to',
      '@convey * gratitude to',
      '@congratulate',
      // "sent a message of congratulations to", "reiterated its support for Ukraine".
      '@send * message of congratulations to',
      '@send * congratulatory message to',
      '@send * congratulations to',
      '@reiterate * support for',
      // "Austin emphasized U.S. support for Ukraine", "underscored the EU's solidarity with".
      ...['@emphasize', '@emphasise', '@underscore', '@stress', '@highlight'].flatMap((verb) => [
        `${verb} * support for`,
        `${verb} * solidarity with`,
      ]),
      '@reiterate * solidarity with',
      '@hail',
      '@applaud',
      '@laud',
      '@salute',
      '@express * support for',
      '@declare * support for',
      '@pay * tribute to',
      '@express * appreciation for',
      '@express * appreciation to',
      // "Prime Minister Albanese expressed his appreciation" in a readout: to the counterpart.
      '@express * appreciation',
      // "expressed his gratitude for Japan's assistance", "conveyed the gratitude of the people".
      '@express * gratitude for',
      '@express * gratitude to',
      // "conveyed Indonesia's appreciation for the return of cultural objects".
      '@convey * appreciation for',
      '@convey * appreciation to',
      '@convey * gratitude for',
      '@convey * gratitude to',
      // "We are grateful to Australia and New Zealand for their rapid deployment".
      ...['are', 'is', 'am', 'remain', 'remains'].flatMap((be) => [
        `${be} grateful to`,
        `${be} * grateful to`,
      ]),
      '@convey * gratitude to',
      '@voice * support for',
      '@reaffirm * support for',
      '@support',
      '@back',
      '@endorse',
      '@stand with',
      '@stand by',
      // "We stand in full solidarity with Romania", "stood firmly with Moldova".
      '@stand in * solidarity with',
      '@stand firmly with',
      '@stand * firmly with',
      '@stand shoulder to shoulder with',
      '@express * solidarity with',
      '@voice * solidarity with',
      // "conveyed Japan's solidarity to Foreign Secretary Manalo".
      '@convey * solidarity to',
      '@convey * support to',
      // "expressed the full solidarity of the Arab League with Qatar".
      '@express * solidarity of ** with',
    ],
  },
  { code: '052', patterns: ['@defend * policy of'] },
  { code: '053', patterns: ['@rally support for'] },
  {
    code: '054',
    // "recognised Kosovo", "recognised a Palestinian state", "recognises the sovereignty of": not
    // "recognizes the pressure this places on host communities" (an acknowledgement).
    notBefore: [
      'the',
      'a',
      'an',
      'that',
      'its',
      'their',
      'his',
      'her',
      'our',
      'how',
      'this',
      'these',
      'both',
    ],
    patterns: [
      ...['@recognize', '@recognise'].flatMap((verb) => [
        verb,
        `${verb} a * state`,
        `${verb} the * state of`,
        `${verb} the * independence of`,
        `${verb} the * sovereignty of`,
        `${verb} the * government of`,
        `${verb} the * government`,
        // "formally recognised the Taliban's Islamic Emirate of Afghanistan".
        `${verb} the * emirate of`,
        `${verb} the * authorities`,
        `${verb} its independence`,
      ]),
      '@grant * recognition to',
      '@establish diplomatic relations with',
      '@restore diplomatic relations with',
      '@normalize relations with',
      '@normalise relations with',
      '@normalize ties with',
      '@restore ties with',
    ],
  },
  { code: '055', patterns: ['@apologize to', '@apologise to', '@apologize', '@apologise'] },
  { code: '056', patterns: ['@forgive', '@pardon'] },
  {
    code: '057',
    mutual: true,
    patterns: [
      // "Japan struck a deal with Australia": an agreement reached.
      '@strike * deal with',
      '@strike * agreement with',
      '@ratify * agreement with',
      '@ratify * treaty with',
      '@ratify * accord with',
      '@ratify * agreement',
      '@ratify * treaty',
      '@ratify * accord',
      '@sign * agreement with',
      '@sign * deal with',
      // "signed the Japan-Philippines Reciprocal Access Agreement": a named agreement, however long.
      '@sign the ** agreement',
      '@sign the ** treaty',
      '@sign the ** accord',
      // "The government and the ELN signed a six-month ceasefire": a truce signed is an agreement.
      '@sign * ceasefire with',
      '@sign * truce with',
      '@sign * ceasefire',
      '@sign * truce',
      '@sign * accord with',
      '@sign * treaty with',
      '@sign * memorandum * with',
      '@conclude * agreement with',
      '@reach * agreement with',
      '@reach * deal with',
      '@sign * agreement',
      '@sign * agreements',
      '@sign * memorandum of understanding',
      // "signed the Exchange of Notes concerning grant aid".
      '@sign * exchange of notes',
      '@sign * memorandums of understanding',
      '@sign * deals',
      '@sign * deal',
      '@sign * accord',
      '@sign * treaty',
      '@sign * memorandum',
      '@sign * pact with',
      '@sign * pact',
      '@sign * protocol',
      // "signed a military training cooperation protocol".
      '@sign ** protocol',
      '@sign * protocol with',
      '@sign * declaration',
      '@sign * joint statement',
      '@sign * communique',
      '@sign * letter of intent',
      '@sign * letters of intent',
      '@sign * memoranda',
      // "officials exchanged four Memoranda of Understanding": documents signed by both, handed over.
      '@exchange * memoranda',
      '@exchange * memoranda of understanding',
      '@exchange * mous',
      '@sign * roadmap',
      '@sign * arrangement',
      // "The two leaders witnessed the signing of five memoranda": leaders sign through their ministers.
      '@witness * signing of',
      '@witness * signing ceremony',
      ...['agreements', 'documents', 'notes', 'instruments', 'memoranda', 'mous'].map(
        (papers) => `@witness * exchange of * ${papers}`,
      ),
      '@ink * deal',
      '@ink * agreement',
      '@ink * pact',
      // Only the verb's forms: "initial" is far more often the adjective ("an initial agreement").
      'initialled * agreement',
      'initialled * deal',
      'initialled * accord',
      'initialed * agreement',
      'initialed * deal',
      'initialed * accord',
    ],
  },

  {
    // "The memorandum was signed by Indonesia and Vietnam", "a truce signed by the army and the
    // rebels": the agreement named before the verb, its sides after "by" (a decree signed by one
    // president has no second side, so no event).
    code: '057',
    mutual: true,
    passiveObject: new Set([
      ...['agreement', 'agreements', 'accord', 'accords', 'treaty', 'treaties', 'deal', 'deals', 'pact'],
      ...['memorandum', 'memorandums', 'mou', 'protocol', 'convention', 'charter', 'declaration'],
      ...['armistice', 'truce', 'ceasefire', 'cease-fire'],
    ]),
    // (Not "ratified": each state ratifies on its own.)
    patterns: ['@sign', '@ink'],
  },

  // 06 Engage in material cooperation
  { code: '061', patterns: ['@expand * trade with', '@boost * trade with', '@invest in'] },
  {
    code: '062',
    patterns: [
      '@hold * joint * exercises with',
      '@conduct * joint * exercises with',
      '@train * forces of',
      // "the ROK Navy and the United States Navy conducted a combined maritime exercise".
      // (The kind right after the verb or its article: "held talks and announced joint drills" is talks.)
      ...['conduct', 'hold'].flatMap((verb) =>
        ['', 'a ', 'the ', 'their '].flatMap((article) =>
          ['exercise', 'exercises', 'drills'].map((drill) => `@${verb} ${article}combined * ${drill}`),
        ),
      ),
      // "The Philippines and the United States held joint naval drills", "began a two-week joint
      // exercise": held together, the two named are each other's partners.
      // (Right after the verb or its article: "held talks and announced joint naval drills" is talks.)
      ...['conduct', 'hold', 'begin', 'launch', 'stage'].flatMap((verb) =>
        ['', 'a * ', 'the * ', 'their * ', 'annual '].flatMap((article) =>
          ['exercise', 'exercises', 'drills'].map((drill) => `@${verb} ${article}joint * ${drill}`),
        ),
      ),
    ],
    mutual: true,
  },
  { code: '063', patterns: ['@extradite * to', '@hand over * suspects to'] },
  {
    code: '064',
    // "India and Japan agreed to share intelligence": shared between the two named.
    mutual: true,
    patterns: [
      '@share * intelligence with',
      '@exchange * intelligence with',
      '@share * intelligence',
      '@exchange * intelligence',
      // "shared the tracking data in real time with the United States and Japan".
      '@share ** data with',
      '@share ** data * with',
      '@share ** information with',
    ],
  },

  // 07 Provide aid
  {
    code: '070',
    patterns: [
      '@provide ** assistance to',
      '@provide ** aid to',
      '@provide ** assistance for',
      '@provide ** aid for',
      '@announce ** assistance for',
      '@announce ** aid for',
      '@provide ** assistance',
      '@provide ** aid',
      // "will provide EUR 4 million in grants for a joint coastal protection programme".
      '@provide ** in grants for',
      '@provide ** in grants to',
      '@deliver ** aid to',
      '@send ** aid to',
      // "sent emergency supplies and disaster response teams to Tonga".
      '@send ** supplies to',
      '@send ** supplies ** to',
      '@provide * aid to',
      '@provide * assistance to',
      '@send * aid to',
      '@deliver * aid to',
      '@send * assistance to',
      '@deliver * assistance to',
      '@give * aid to',
      '@give ** in aid to',
      '@give ** of aid to',
      '@donate * to',
      // "has donated 50 tonnes of food and medical supplies to the Haitian population".
      '@donate ** to',
      '@provide * to',
      '@announce * assistance for',
      '@announce * aid for',
      '@announce * assistance to',
      // "announced an additional $150 million security assistance package for Ukraine".
      ...['assistance', 'aid'].flatMap((kind) => [
        `@announce ** ${kind} package for`,
        `@announce ** ${kind} package to`,
        `@approve ** ${kind} package for`,
      ]),
      '@airdrop * to',
      // "airlifting nutrition supplies to the Chadian Red Cross".
      '@airlift ** to',
      // "extended emergency grant aid of $3 million to Mozambique", "delivered tents and blankets to".
      '@extend ** aid to',
      '@extend ** assistance to',
      '@extend ** aid ** to',
      '@deliver ** tents ** to',
      '@deliver ** food ** to',
      '@deliver ** medicines ** to',
      '@deliver ** medical supplies ** to',
      '@deliver ** humanitarian supplies ** to',
      // "delivered 400 tonnes of humanitarian supplies for communities affected by flooding".
      '@deliver ** supplies for',
      '@deliver ** aid for',
      '@deliver ** assistance for',
      // "announced a credit line of $500 million for Angolan farmers".
      '@announce * credit line',
      '@announce * line of credit',
      '@extend * credit line',
      '@extend * line of credit',
      '@approve ** loan to',
      '@approve ** loan for',
      // "The IMF board approved a $1 billion disbursement to Pakistan".
      ...['disbursement', 'tranche'].flatMap((what) => [`@approve ** ${what} to`, `@approve ** ${what} for`]),
      '@grant ** loan to',
      '@extend ** loan to',
      '@send ** relief supplies to',
      // "dispatched 30 tonnes of humanitarian aid for communities affected by the conflict in Myanmar's ...".
      '@dispatch ** aid to',
      '@dispatch ** aid for',
      '@dispatch ** assistance to',
      '@deliver ** relief supplies to',
      '@distribute ** aid to',
      '@distribute ** food * to',
      '@distribute ** rations to',
      // "announced $300 million for food and fuel in Yemen": a sum for a purpose is aid.
      // "announced a grant of 5 billion rupees for reconstruction in Nepal".
      '@announce * grant of',
      '@announce * grant for',
      '@announce * grant to',
      '@announce * million for',
      '@announce * billion for',
      '@pledge * million for',
      '@pledge * billion for',
      // "allocated $5 million for the quake response", "flew in 15 tonnes of relief material to
      // Yangon", "dispatched two naval ships carrying 40 tonnes of aid to".
      // "announced £4.5 million in new humanitarian support for Ukraine's energy sector".
      '@announce * million ** support for',
      '@announce * billion ** support for',
      // "released $5 million from its emergency fund for Myanmar": money released is aid, not prisoners.
      '@release * million',
      '@release * billion',
      '@release ** funds',
      '@allocate * million for',
      '@allocate * billion for',
      '@allocate ** aid to',
      '@allocate ** assistance to',
      '@fly ** relief material to',
      '@fly ** relief supplies to',
      '@fly ** aid to',
      // "flew relief supplies into Yangon".
      '@fly ** relief supplies into',
      '@fly ** aid into',
      '@send ** relief material to',
      '@dispatch ** aid to',
      // "will provide an additional 20 million euros to Moldova": a sum given is aid. (Not "for":
      // "$10 million for prosecuting Russian war crimes" names a purpose.)
      '@provide ** million * to',
      '@provide ** billion * to',
      '@give ** million * to',
      '@give ** billion * to',
      '@contribute ** million * to',
      '@contribute ** billion * to',
      // "handed over a first consignment of tents and water purifiers to".
      '@hand over ** aid to',
      '@hand over ** assistance to',
      '@hand over ** supplies to',
      '@hand over ** tents ** to',
      // "delivered 200 tonnes of rice to Myanmar": goods counted in tonnes, sent to a country.
      ...['@deliver', '@send', '@ship', '@fly'].flatMap((verb) => [
        `${verb} ** tonnes of ** to`,
        `${verb} ** tons of ** to`,
      ]),
      // "dispatched a first shipment of humanitarian assistance to Myanmar", "approved the shipment of
      // two tonnes of medicines to Lebanon".
      '@dispatch ** assistance to',
      '@send ** assistance to',
      '@ship ** assistance to',
      '@dispatch ** medicines to',
      '@send ** medicines to',
      '@ship ** medicines to',
      '@approve * shipment of ** to',
      // "delivered emergency food for 40,000 people", "distributed hot meals to displaced families".
      ...[
        '@deliver',
        '@distribute',
        '@donate',
        '@airlift',
        '@ship',
        '@send',
        '@provide',
        '@dispatch',
        '@airdrop',
      ].flatMap((verb) => [`${verb} ** {relief} to`, `${verb} ** {relief} for`]),
      // "airdropped food parcels over central Gaza".
      '@airdrop ** {relief} over',
      '@airdrop ** aid over',
      // "announced $12 million in new funding to support the Haitian National Police", "for Gaza".
      '@announce ** funding for',
      '@announce ** funding to support',
      // "allocated $5 million in emergency aid for Myanmar", "authorised $571 million in military assistance for Taiwan".
      ...['@allocate', '@authorize', '@authorise', '@approve', '@release'].flatMap((verb) => [
        `${verb} ** in * aid for`,
        `${verb} ** in * aid to`,
        `${verb} ** in * assistance for`,
        `${verb} ** in * assistance to`,
      ]),
      // "handed over two patrol boats to the Solomon Islands police", "donated 20 ambulances to".
      ...['@hand over', '@donate', '@deliver', '@gift'].map((verb) => `${verb} ** {materiel} to`),
      // "disbursed 3.5 billion euros to Ukraine": money paid out is aid given (071 when financial).
      '@disburse ** to',
      '@disburse ** for',
      '@dispatch ** relief material to',
      // "dispatched relief teams to Port Vila": people sent to help are aid, not a show of force.
      ...['@dispatch', '@send', '@deploy'].flatMap((verb) => [
        `${verb} * relief teams to`,
        `${verb} * rescue teams to`,
        `${verb} * medical teams to`,
        `${verb} * search and rescue teams to`,
      ]),
      '@dispatch ** relief supplies to',
      '@ship ** aid to',
    ],
    refine: AID_REFINEMENTS,
  },
  {
    code: '072',
    patterns: [
      '@supply * weapons to',
      // "delivered two attack helicopters to Niger's army".
      ...['@deliver', '@supply', '@transfer', '@hand over'].map((verb) => `${verb} ** {arms} to`),
      // "send two more IRIS-T air defence systems to Ukraine", "supply additional weapons and equipment to".
      '@send * air defence systems to',
      '@send * air defense systems to',
      '@supply * weapons * to',
      '@send * weapons to',
      '@deliver * weapons to',
      '@ship * arms to',
      '@send * troops to help',
      '@deliver ** air defence system to',
      '@deliver ** air defence systems to',
      '@deliver ** air defense system to',
      '@deliver ** air defense systems to',
      '@deliver ** tanks to',
      '@deliver ** missiles to',
      '@deliver ** fighter jets to',
      '@send ** tanks to',
      '@send ** fighter jets to',
    ],
  },
  { code: '074', patterns: ['@deploy peacekeepers to'] },
  {
    code: '075',
    patterns: [
      '@grant asylum to',
      '@offer asylum to',
      '@grant political asylum to',
      '@offer political asylum to',
    ],
  },

  // 08 Yield
  {
    code: '081',
    patterns: ['@lift * restrictions on', '@ease * restrictions on'],
  },
  // "lifted the curfew", "lifted martial law": a measure at home ended, its own people the target.
  { code: '0813', ownPeopleTarget: true, patterns: ['@lift * curfew', '@end * curfew'] },
  {
    code: '0814',
    ownPeopleTarget: true,
    patterns: [
      ...['@lift', '@end', '@revoke', '@rescind'].flatMap((verb) => [
        `${verb} * martial law`,
        `${verb} * state of emergency`,
      ]),
    ],
  },
  {
    // Economic sanctions, an embargo: "lifted the bloc's remaining economic sanctions on Syria".
    code: '085',
    patterns: [
      '@lift ** sanctions on',
      '@ease ** sanctions on',
      '@lift ** sanctions against',
      '@lift ** embargo on',
      '@ease ** embargo on',
    ],
  },
  {
    code: '0841',
    patterns: [
      '@release * hostages',
      '@release * prisoners',
      '@release * detainees',
      '@free * hostages',
      '@free * prisoners',
      '@free * detainees',
      // "pardoned 37 prisoners": a pardon that frees the jailed is their release.
      '@pardon * prisoners',
      '@pardon * detainees',
      '@pardon * inmates',
      '@release * inmates',
      '@free * inmates',
      '@release',
      '@free',
    ],
    // "an aircraft released flares in close proximity to a patrol plane": no one was freed.
    notBefore: ['flares', 'chaff', 'balloons', 'smoke'],
  },
  {
    // "handed over 12 Armenian servicemen to Armenia", "Yerevan returned three Azerbaijani soldiers":
    // released to their country, also when handed to a go-between ("three Israeli hostages to the
    // Red Cross"); with no country named for them, no one known.
    code: '0841',
    targetInGap: true,
    patterns: [
      // ("handed four Israeli women soldiers over to the Red Cross": the particle after them.)
      ...HANDED_OVER_PEOPLE.flatMap((people) => [
        `@hand over * ${people}`,
        `@hand * ${people} over`,
        `@repatriate * ${people}`,
      ]),
      ...HANDED_OVER_PEOPLE.filter((people) => people !== 'prisoners').map((people) => `@return * ${people}`),
    ],
  },
  // "Russia and Ukraine exchanged 303 prisoners of war": each side releases the other's.
  {
    code: '0841',
    mutual: true,
    patterns: [
      '@exchange * prisoners',
      '@swap * prisoners',
      // "Ukraine and Russia carried out another exchange of prisoners".
      '@carry out * exchange of prisoners',
      '@exchange * captives',
      '@swap * captives',
      // "Russia and Ukraine each returned 115 prisoners of war", "each released 103 prisoners".
      '@return * prisoners',
      'each @release * prisoners',
      'each @free * prisoners',
    ],
  },
  { code: '083', patterns: ['@accede to * demands'] },
  {
    // What is returned is named: "Syrians returned to Aleppo" is people going home, not a handover.
    // (Return, release: not 085, which eases sanctions.)
    code: '084',
    patterns: [
      '@hand back * to',
      '@return + to',
      '@return * bodies ** to',
      '@return * remains ** to',
      '@return * territory ** to',
      '@return * seized ** to',
    ],
  },
  { code: '086', patterns: ['@allow * humanitarian access', '@open * crossing for'] },
  {
    code: '0863',
    patterns: ['@allow * aid convoys', '@allow * aid into', '@allow * aid deliveries', '@let * aid into'],
  },
  {
    // "Israel declared a truce with Hamas" (not "Blinken announced the truce after he spoke with" the
    // two sides, who agreed it).
    code: '0871',
    patterns: [
      '@announce * ceasefire with',
      '@declare * ceasefire with',
      '@announce * truce with',
      '@declare * truce with',
    ],
  },
  {
    code: '0871',
    // "Israel and Hamas agreed to a ceasefire": a truce between the two named.
    mutual: true,
    patterns: [
      '@agree * to * ceasefire with',
      '@agree * ceasefire with',

      '@agree to * ceasefire',
      '@agree to * truce',
      // "Rival clans agreed a ceasefire on Wednesday".
      '@agree a ceasefire',
      '@agree a truce',
      // "agreed on Wednesday to a ceasefire", "agreed to a full and immediate ceasefire".
      '@agree + to * ceasefire',
      '@agree to * and * ceasefire',
      // "agreed on Monday to an immediate and unconditional ceasefire".
      '@agree + to * and * ceasefire',
      '@declare * ceasefire',
      '@declare * truce with',
      '@declare * truce',
    ],
    targetOptional: true,
  },
  {
    code: '087',
    mutual: true,
    // "announced a two-week pause in offensive military operations".
    patterns: ['@pause * fighting', '@halt * hostilities', '@announce * pause in', '@declare * pause in'],
    targetOptional: true,
  },
  {
    code: '0874',
    patterns: [
      '@withdraw * troops from',
      '@pull * troops out of',
      '@pull out of',
      '@retreat from',
      '@withdraw from',
    ],
  },
  // "Three PKK militants surrendered to Turkish security forces" (not "to pressure from Washington").
  { code: '0874', patterns: ['@surrender to'], notBefore: ['pressure', 'demands', 'calls'] },

  // 09 Investigate
  {
    code: '090',
    patterns: ['@investigate', '@launch * investigation into', '@open * investigation into', '@probe'],
  },
  { code: '091', patterns: ['@investigate * crimes by'] },

  // 10 Demand
  {
    code: '100',
    patterns: ['@demand', '@demand that', '@insist that'],
    refine: [
      // CAMEO: 1053 demand release of persons, 107 demand ceasefire, 106 demand withdrawal.
      { when: /\b(?:release|free)\b/i, code: '1053' },
      { when: /\b(?:ceasefire|cease-fire|truce)\b/i, code: '107' },
      { when: /\b(?:withdraw\w*|pull out)\b/i, code: '106' },
    ],
  },

  // 11 Disapprove
  {
    // Feelings stated as a position: only a state, a government or an organisation takes one
    // ("Residents were disturbed by loud explosions" is no disapproval of anyone).
    code: '111',
    stateSource: true,
    patterns: [
      'appalled by',
      // "We are appalled that Moscow continues to target hospitals": the one appalling follows.
      'appalled that',
      'appalled at',
      'outraged by',
      'deeply concerned by',
      'deeply concerned about',
      'deeply concerned over',
      'concerned by',
      'concerned about',
      'concerned over',
      'troubled by',
      'dismayed by',
      'alarmed by',
      'deeply alarmed by',
      'disturbed by',
      '@object to',
      '@protest to',
      // "expressed deep concern about", "raised these concerns with his counterpart": a concern put on record.
      '@express * concern about',
      '@express * concern over',
      '@express * concerns about',
      '@express * concerns over',
      '@voice * concern about',
      '@voice * concern over',
      '@raise * concerns with',
      '@raise * concern with',
      // "conveyed Japan's serious concerns to Mr. Wang Yi".
      '@convey * concerns to',
      '@convey * concern to',
      // "ASEAN is gravely concerned over the clashes", "seriously alarmed by".
      ...['gravely', 'seriously', 'extremely', 'very', 'profoundly', 'greatly', 'increasingly'].flatMap(
        (adverb) =>
          ['concerned', 'alarmed', 'troubled'].flatMap((feeling) =>
            ['by', 'about', 'over', 'at'].map((preposition) => `${adverb} ${feeling} ${preposition}`),
          ),
      ),
    ],
  },
  {
    code: '111',
    patterns: [
      '@condemn',
      '@criticize',
      '@criticise',
      '@denounce',
      '@decry',
      '@deplore',
      '@slam',
      '@rebuke',
      '@censure',
      '@blast',
      '@castigate',
      '@lambast',
      'condemnation of',
      // "expresses the Kingdom's condemnation and denunciation of the terrorist attack".
      'condemnation and denunciation of',
    ],
    // "Russian missiles slammed into Kyiv", "a blast through the wall": the physical sense.
    notBefore: ['into', 'through', 'onto'],
  },
  {
    code: '111',
    judgesAnAct: true,
    patterns: [
      // "called the strikes 'a heinous act of war'": naming an act with a judgement of it.
      '@call the attack',
      '@call the attacks',
      '@call the strike',
      '@call the strikes',
      '@call the raid',
      '@call the raids',
      '@call the airstrikes',
      '@call the air strikes',
      '@call the bombing',
      '@call the shelling',
      '@call the crackdown',
      '@call the expulsion',
      '@call the expulsions',
      '@call the sanctions',
      '@call the arrest',
      '@call the arrests',
      '@call the detention',
      '@call the move',
      '@call the decision',
      '@call the measures',
      // "called the Chinese actions 'dangerous and provocative'", "called the verdict 'inhumane'",
      // "described the manoeuvres as reckless". (Only "the ...": "called for a fair trial" is an appeal.)
      ...JUDGED_ACTS.flatMap((noun) => [
        `@call the * ${noun}`,
        `@describe the * ${noun} as`,
        `@brand the * ${noun}`,
      ]),
    ],
    notBefore: ['into', 'through', 'onto'],
  },
  {
    code: '112',
    // "holds the Israeli government fully responsible for": the one held responsible is in the gap.
    patterns: ['@accuse', '@blame', '@allege that', '@hold * * responsible', '@hold * * accountable'],
    // ("held talks with officials responsible for trade" is no accusation: see HELD_EVENTS.)
  },
  {
    code: '114',
    patterns: [
      '@complain to',
      '@lodge * protest with',
      '@lodge * protest against',
      // "lodged a strong protest over the incidents": a government's complaint, never a street protest.
      '@lodge * protest',
      '@lodge * protests with',
      '@lodge * protests against',
      // "handed a protest note to the Chargé d'Affaires of Belarus".
      '@hand * protest note to',
      '@deliver * protest note to',
      // "called in the Chinese Ambassador", "called in India's deputy high commissioner": summoned.
      '@call in * ambassador',
      '@call in * high commissioner',
      '@call in * envoy',
      // "called in a Japanese defense attache".
      '@call in * attache',
      '@call in * diplomat',
      // "lodged stern representations with the United States" (China's formal protest).
      '@lodge * representations with',
      '@make * representations to',
      '@file * complaint with',
      '@summon',
      '@summon * ambassador',
    ],
  },
  {
    code: '115',
    patterns: [
      '@sue',
      '@file * lawsuit against',
      '@bring * case against',
      // "South Africa filed a genocide case against Israel", "instituted proceedings against Russia".
      '@file * case against',
      // "filed a new complaint against the United States at the World Trade Organization".
      '@file * complaint against',
      '@lodge * complaint against',
      '@file * suit against',
      '@launch * case against',
      '@launch * lawsuit against',
      '@institute * proceedings against',
      '@initiate * proceedings against',
      '@launch * proceedings against',
    ],
  },

  // 12 Reject
  {
    code: '120',
    patterns: ['@reject', '@refuse', '@dismiss', '@rebuff', '@turn down'],
    // "firmly rejects the military strike carried out by United States forces": an attack rejected is
    // condemned (a statement's "rechaza"), not a proposal turned down.
    refine: [
      {
        when: /^\s*(?:the |this |these |any )?(?:[a-z-]+ ){0,2}?(?:strikes?|attacks?|bombings?|raids?|shelling|incursions?|killings?|aggression|assault)\b/i,
        code: '111',
      },
    ],
  },
  // "The UAE rejected the accusation", "dismissed the allegations as baseless": a denial (016), not a
  // rejection of a proposal.
  {
    code: '016',
    // (A judge who "dismissed the charges" throws a case out: only the accused rejects charges.)
    patterns: [
      ...['accusation', 'accusations', 'allegation', 'allegations', 'charge', 'charges'].map(
        (noun) => `@reject * ${noun}`,
      ),
      ...['accusation', 'accusations', 'allegation', 'allegations'].map((noun) => `@dismiss * ${noun}`),
      // "rejected the claim as absolutely false" (not "rejected China's claims in the sea": no verdict).
      ...['claim', 'claims'].flatMap((noun) => [`@reject * ${noun} as`, `@dismiss * ${noun} as`]),
      // "rejected that claim": one just told, an accusation.
      ...['that claim', 'this claim', 'those claims', 'these claims'].map((claim) => `@reject ${claim}`),
    ],
  },
  { code: '1246', patterns: ['@veto'] },
  { code: '125', patterns: ['@reject * proposal', '@reject * plan', '@reject * offer'] },
  { code: '128', patterns: ['@defy', '@ignore * demands of'] },

  // 13 Threaten
  {
    code: '130',
    patterns: ['@threaten', '@warn', '@threaten to impose', '@warn of consequences for'],
    refine: [
      {
        // ("hold Putin accountable for war crimes": crimes of war are no threat of it.)
        when: /\b(?:military|force|strike|strikes|attack|retaliat\w*|war(?! crimes)|operation|offensive|invasion|invade)\b/i,
        code: '138',
      },
      { when: /\bsanction\w*\b/i, code: '1312' },
    ],
  },
  // "We will continue to impose costs on Russia for its aggression": a threat of penalties, on whom
  // "on" names ("costs on anyone who helps Russia" are on no one named).
  { code: '130', patterns: ['@impose costs on', '@impose * costs on'], targetAfter: ['on'] },
  // "vowed to respond firmly to Russian sabotage" (not "to respond quickly to the needs of victims").
  {
    code: '130',
    targetAfter: ['to'],
    patterns: ['', 'firmly', 'decisively', 'forcefully', 'strongly', 'harshly'].map((how) =>
      words('@vow to respond', how, 'to'),
    ),
  },
  {
    code: '138',
    patterns: [
      '@vow to attack',
      '@vow to strike',
      '@vow to retaliate against',
      '@vow * revenge against',
      '@vow * retaliation against',
      '@threaten * military action against',
      '@threaten to attack',
      '@threaten to strike',
    ],
  },
  // "We will not hesitate to take all necessary action to protect our people" (the guide's 138): a
  // warning to whoever attacked last.
  {
    code: '138',
    patterns: ['will not hesitate to', "won't hesitate to", 'would not hesitate to'].flatMap((warning) =>
      ['take', 'use', 'act', 'respond', 'defend'].map((act) => `${warning} ${act}`),
    ),
    targetIsLastAttacker: true,
  },
  // "Pakistan ... vowed to retaliate": with no one named, against whoever attacked last.
  {
    code: '138',
    patterns: ['@vow to retaliate', '@vow * revenge', '@vow * retaliation'],
    targetIsLastAttacker: true,
  },
  // "condemned Poland's expulsions and promised a proportionate response": a response is promised to
  // whom the sentence's act before it was aimed at, else to whoever attacked last.
  {
    code: '130',
    patterns: ['@promise * response', '@vow * response', '@promise * retaliation'],
    targetIsLastAttacker: true,
  },
  { code: '139', patterns: ['@give * ultimatum to', '@issue * ultimatum to'] },

  // 14 Protest
  {
    code: '141',
    // "Israel demonstrated a remarkable capacity": a protest verb with an object is not a protest.
    notBefore: [
      'a',
      'an',
      'the',
      'its',
      'their',
      'his',
      'her',
      'that',
      'how',
      'what',
      'our',
      'this',
      'great',
      'strong',
    ],
    patterns: [
      '@stage * protest against',
      '@stage * protest',
      '@stage * demonstration',
      '@stage * sit-in',
      '@stage * rally',
      '@stage * march',
      '@hold * sit-in',
      '@hold * protest',
      '@hold * rally',
      '@hold * demonstration',
      '@protest',
      '@protest against',
      '@demonstrate against',
      '@rally against',
      '@march against',
      '@demonstrate',
      '@rally',
      '@march',
      '@take to the streets',
      // "Thousands of protesters chanted slogans against President William Ruto".
      '@chant * slogans against',
      '@chant * against',
    ],
    targetOptional: true,
    // Protesters march "outside the parliament" and "in Tbilisi": only "against X" names whom they oppose.
    targetAfter: ['against'],
  },
  { code: '142', patterns: ['@go on hunger strike', '@stage * hunger strike'], targetOptional: true },
  {
    code: '143',
    // "began a 24-hour general strike": a strike called by workers, not a military one.
    patterns: [
      '@go on strike',
      '@stage * strike',
      '@walk out',
      '@begin * general strike',
      '@call * general strike',
      '@hold * general strike',
      '@begin * nationwide strike',
      '@call * nationwide strike',
      'general strike',
      'nationwide strike',
    ],
    targetOptional: true,
  },
  {
    code: '144',
    // ("set up barricades" before "barricade": the verb is "set up".)
    patterns: ['@block * roads', '@set up * barricades', '@erect * barricades', '@blockade', '@barricade'],
    targetOptional: true,
  },
  {
    code: '145',
    // "Protesters threw stones and bottles at police": a crowd's violence.
    patterns: ['@riot', '@clash with police', '@throw * at', '@hurl * at'],
    targetOptional: true,
  },

  // 15 Exhibit force posture
  {
    code: '150',
    patterns: [
      '@deploy * to',
      '@deploy',
      '@send * troops to',
      '@send * warships to',
      '@mass * troops',
      '@station * forces in',
      '@move * forces to',
      '@dispatch * to',
      '@reposition * forces',
    ],
  },
  {
    // "ordered the deployment of two F-35 squadrons to the region": a show of force aimed at no one
    // named; only a state, its forces or an organisation deploys.
    code: '150',
    targetOptional: true,
    stateSource: true,
    patterns: ['@order * deployment of', '@approve * deployment of', '@announce * deployment of'],
  },
  {
    // "has ordered an additional squadron of F-16 fighter aircraft to the Middle East", "directed the
    // Carrier Strike Group to remain in the Eastern Mediterranean": the units sent are no target.
    code: '150',
    targetOptional: true,
    stateSource: true,
    targetAfter: ['to'],
    // (To a place, or to stay where they are: "ordered troops to withdraw" is a retreat, "ordered 96
    // Apache helicopters to replace its fleet" a purchase; see find-actions' outOfReach.)
    patterns: ['order', 'direct', 'move'].flatMap((verb) =>
      [...MILITARY_UNITS].flatMap((unit) =>
        ['to', 'to remain', 'to stay', 'to move to', 'to sail to', 'to deploy to', 'to head to'].map(
          (to) => `@${verb} ** ${unit} ${to}`,
        ),
      ),
    ),
  },
  {
    // "deployed about 40,000 troops near its eastern border", "began the joint strategic exercise
    // Zapad-2025 on Friday": a show of force aimed at no one named.
    code: '150',
    targetOptional: true,
    stateSource: true,
    patterns: [
      ...['@deploy', '@station', '@mass'].flatMap((verb) =>
        ['troops', 'forces', 'soldiers'].flatMap((unit) => [
          `${verb} ** ${unit} near`,
          `${verb} ** ${unit} along`,
        ]),
      ),
      // (Military ones: "held a training exercise in Poland" is no show of force.)
      ...['@begin', '@start', '@launch'].flatMap((verb) =>
        ['exercise', 'exercises', 'drills', 'manoeuvres', 'maneuvers'].map(
          (drill) => `${verb} * military ${drill}`,
        ),
      ),
      // "launched large-scale war games around Taiwan": war games are military whatever their size.
      ...['@begin', '@start', '@launch', '@stage', '@hold', '@conduct'].map((verb) => `${verb} * war games`),
    ],
  },
  { code: '151', patterns: ['@increase * police presence', '@put * police on alert'] },
  {
    // ("Poland's armed forces scrambled fighter jets as a precaution": readiness aimed at no one named.)
    code: '152',
    targetOptional: true,
    stateSource: true,
    patterns: [
      '@put * forces on * alert',
      '@raise * alert level',
      '@put * army on * alert',
      '@put * military on * alert',
      '@put * troops on * alert',
      '@put * air defences on * alert',
      '@put * air defenses on * alert',
      '@scramble * jets',
      '@scramble * aircraft',
    ],
  },
  {
    code: '154',
    patterns: [
      // Forces, not money: "mobilised 300,000 reservists", never "mobilises further emergency assistance".
      '@mobilize * troops',
      '@mobilise * troops',
      '@mobilize * forces',
      '@mobilise * forces',
      '@mobilize * reservists',
      '@mobilise * reservists',
      '@mobilize * army',
      '@mobilise * army',
      '@mobilize * soldiers',
      '@mobilise * soldiers',
      '@conduct * military exercises',
      '@hold * military drills',
      '@stage * drills',
      '@conduct * drills',
      '@hold * drills',
      // "launched large-scale drills around Taiwan": the drills are aimed at whom they surround.
      '@launch * drills around',
      '@launch * exercises around',
      '@launch * naval exercises around',
      '@launch * drills near',
      '@stage * drills around',
      '@hold * drills around',
      '@conduct * drills around',
      // "staged large-scale air and naval drills around Taiwan": kinds joined by "and".
      ...['@stage', '@hold', '@conduct', '@launch'].flatMap((verb) => [
        // (Only kinds of force: "held talks and announced joint naval drills" is a meeting.)
        ...['naval', 'air', 'sea', 'land', 'missile', 'ground'].flatMap((kind) => [
          `${verb} * and ${kind} drills`,
          `${verb} * and ${kind} drills around`,
          `${verb} * and ${kind} exercises around`,
        ]),
      ]),
    ],
  },

  // 16 Reduce relations
  {
    code: '160',
    patterns: [
      // "ECOWAS suspended Guinea-Bissau from all its decision-making bodies": the member in the gap.
      ...['@suspend', '@expel'].map((verb) => `${verb} * from ** {memberships}`),
      // "suspended Gabon's membership", "suspended Niger's participation in".
      '@suspend * membership',
      '@suspend * participation in',
      '@reduce * relations with',
      '@downgrade * relations with',
      '@downgrade * ties with',
      '@end * cooperation with',
      '@suspend * cooperation with',
      '@suspend * partnership with',
      '@halt * cooperation with',
      '@freeze * cooperation with',
    ],
  },
  // "Mali, Burkina Faso and Niger formally left the Economic Community of West African States".
  {
    code: '160',
    patterns: ['@leave', '@quit', '@exit', '@withdraw from', '@pull out of'],
    organizationTarget: true,
    stateSource: true,
    // The organisation itself, not a place of its ("troops left the NATO base").
    targetThen:
      /^\s*(?:$|[,.;:()]|(?:on|in|at|last|this|after|before|amid|over|following|as|and|to|with|from|until|earlier|formally)\b)/i,
  },
  {
    code: '161',
    patterns: [
      // "Mali suspended diplomatic relations with Ukraine", "ordered the suspension of ... relations".
      '@suspend * relations with',
      '@suspend * ties with',
      '@order * suspension of * relations with',
      '@sever * relations with',
      '@sever * ties with',
      '@cut * ties with',
      '@cut * relations with',
      '@break off * relations with',
      '@recall * ambassador from',
      '@recall * ambassadors from',
      '@recall * envoy from',
      // "recalled its ambassador to France": the ambassador accredited there.
      '@recall * ambassador to',
      '@recall * ambassadors to',
      '@recall * envoy to',
      '@recall * ambassador',
      "@recall * charge d'affaires from",
      '@withdraw * ambassador from',
      '@withdraw * envoy from',
      // "decided to withdraw its Ambassador to Spain with immediate effect".
      '@withdraw * ambassador to',
      '@withdraw * envoy to',
      // "decided to withdraw all of its diplomatic personnel from Argentina, Chile and Peru".
      ...['@withdraw', '@recall'].flatMap((verb) =>
        ['diplomats from', 'diplomatic personnel from', 'diplomatic staff from'].map(
          (what) => `${verb} * ${what}`,
        ),
      ),
      // "ordered the closure of Russia's consulate", "closed its embassy in Kabul".
      '@order * closure of',
      '@close * embassy',
      '@close * consulate',
      '@break * ties with',
      '@break * relations with',
    ],
  },
  {
    // "Israel halted humanitarian aid to Gaza", "the United States cut aid to Ethiopia".
    code: '162',
    patterns: [
      '@halt * aid to',
      '@cut * aid to',
      '@suspend * aid to',
      '@freeze * aid to',
      '@stop * aid to',
      '@withhold * aid from',
      '@halt * assistance to',
      '@cut * assistance to',
      '@suspend * assistance to',
      '@freeze * assistance to',
      // "suspended all budget support to Niger".
      ...['@suspend', '@cut', '@freeze', '@halt'].map((verb) => `${verb} * budget support to`),
      '@pause * aid to',
      '@pause * assistance to',
    ],
    refine: [
      { when: /^\s*(?:\S+\s+){0,2}?(?:humanitarian|food|medical)\b/i, code: '1623' },
      { when: /^\s*(?:\S+\s+){0,2}?(?:military|security)\b/i, code: '1622' },
      { when: /^\s*(?:\S+\s+){0,2}?(?:economic|financial|budget)\b/i, code: '1621' },
    ],
  },
  {
    code: '163',
    patterns: [
      // "Turkey suspended all trade with Israel", "halted trade with".
      '@suspend * trade with',
      '@halt * trade with',
      '@impose * sanctions on',
      '@impose * sanctions against',
      // "imposed entry bans on Interior Minister Vakhtang Gomelauri", "travel bans on".
      '@impose * bans on',
      '@impose * ban on',
      // "barred entry to 31 EU officials".
      '@bar entry to',
      '@deny entry to',
      // "added two Minsk-based arms exporters to the bloc's sanctions list".
      '@add ** to * sanctions list',
      '@add ** to * sanctions lists',
      '@sanction',
      '@slap * sanctions on',
      '@announce * sanctions on',
      '@announce * sanctions against',
      // "Britain announced 100 new sanctions targeting Russia's military supply chains".
      '@announce * sanctions targeting',
      '@impose * sanctions targeting',
      // "imposed targeted financial sanctions and travel bans on three individuals".
      '@impose * sanctions and * bans on',
      '@impose * sanctions and * restrictions on',
      // "announced visa restrictions on 20 Georgian officials".
      '@announce * visa restrictions on',
      '@impose * visa restrictions on',
      // "has revoked the visas of two Nicaraguan officials": a sanction on whose they were.
      '@revoke * visas of',
      '@revoke * visa of',
      '@cancel * visas of',
      '@designate',
      '@blacklist',
      '@impose * embargo on',
      '@agree * sanctions on',
      '@agree * sanctions against',
      // "approved a 17th package of sanctions against Russia".
      '@approve ** sanctions on',
      '@approve ** sanctions against',
      '@adopt ** sanctions against',
      '@adopt ** sanctions on',
      '@freeze * assets of',
      // "froze Nigerien state assets", "seized Russian central bank assets": whose, named in the gap.
      ...['@freeze', '@seize'].map((verb) => `${verb} * {owned}`),
      '@ban * imports from',
      // "decided to take countermeasures against three U.S. defense companies".
      '@take * countermeasures against',
      // "Turkey has closed its ports to Israeli ships", "closed its airspace to Russian aircraft".
      '@close * ports to',
      '@close * airspace to',
      '@ban * imports of',
      '@suspend * imports from',
      '@suspend * imports of',
      '@adopt * sanctions on',
      '@adopt * sanctions against',
      '@suspend * arms sales to',
      // "imposed travel bans and asset freezes on eight officials".
      '@impose * travel bans on',
      '@impose * asset freezes on',
      '@announce * asset freezes on',
      '@announce * travel bans on',
      // "Lithuania, Latvia and Estonia announced entry bans on Georgian officials".
      '@announce * entry bans on',
      '@announce * entry ban on',
      '@announce * sanctions on',
      '@announce * sanctions against',
      // "imposed a 30% tariff on Colombian imports", "slapped tariffs on Canadian steel".
      '@impose * tariffs on',
      // "retaliated with levies on US farm goods", "announced additional duties on Chinese steel".
      '@impose * duties on',
      '@impose * levies on',
      '@announce * duties on',
      '@announce * tariffs on',
      '@retaliate with * tariffs on',
      '@retaliate with * levies on',
      '@retaliate with * duties on',
      // "placed 12 Chinese companies on an export control list".
      '@place ** on * export control list',
      // "imposed restrictive measures on five officials": the EU's word for sanctions.
      '@impose * restrictive measures on',
      // "imposed similar measures on Iran", "retaliatory measures against": a state's measures on another.
      ...['similar', 'reciprocal', 'retaliatory', 'punitive', 'economic'].flatMap((kind) => [
        `@impose * ${kind} measures on`,
        `@impose * ${kind} measures against`,
      ]),
      '@adopt * restrictive measures against',
      // "extended its restrictive measures against Venezuela for a year": sanctions kept in force.
      ...['@extend', '@renew', '@prolong'].flatMap((verb) => [
        `${verb} * restrictive measures against`,
        `${verb} * sanctions on`,
        `${verb} * sanctions against`,
      ]),
      // "imposing tariffs of up to 15% on U.S. farm products", "placed 15 American firms on an
      // export-control list", "added Chinese companies to its entity list".
      '@impose * tariffs of ** on',
      '@place * on * export-control list',
      '@place * on * entity list',
      '@add * to * entity list',
      // "imposed an anti-dumping tariff of 17% on tomatoes", "raised the duty on Mexican steel".
      '@impose * tariff of * on',
      '@raise * duty on',
      '@raise * duties on',
      '@impose * tariff on',
      '@slap * tariffs on',
      '@slap * tariff on',
      '@announce * tariffs on',
      '@announce * tariff on',
      '@raise * tariffs on',
      // "hiked duties on Chinese steel", "raised levies on U.S. goods".
      ...['@raise', '@hike', '@increase'].flatMap((verb) => [`${verb} * duties on`, `${verb} * levies on`]),
      '@hike * tariffs on',
      '@increase * tariffs on',
      '@suspend * sales to',
      '@suspend * exports to',
      '@halt * arms sales to',
      '@ban * arms sales to',
      '@suspend * arms exports to',
      '@halt * arms exports to',
      '@stop * arms exports to',
      // "would halt exports of military equipment to Israel", "banned exports of chips to China".
      '@halt * exports of * to',
      '@suspend * exports of * to',
      '@ban * exports of * to',
      'sanctions on',
      'sanctions against',
    ],
  },
  {
    code: '164',
    patterns: [
      '@halt * negotiations with',
      '@suspend * talks with',
      '@break off * talks with',
      '@freeze * negotiations with',
      '@freeze * talks with',
      '@suspend * negotiations with',
      // "pulled out of planned peace talks with Kinshasa": talks left, not ground given up.
      ...[
        '',
        'the',
        'planned',
        'peace',
        'the peace',
        'planned peace',
        'the planned peace',
        'ceasefire',
      ].flatMap((kind) =>
        ['@pull out of', '@withdraw from', '@walk out of'].flatMap((verb) =>
          ['talks with', 'negotiations with'].map((talks) => words(verb, kind, talks)),
        ),
      ),
    ],
  },
  {
    code: '166',
    patterns: [
      // "expelled diplomats from Argentina, Chile and Peru": whose diplomats.
      // "declared two Russian diplomats persona non grata".
      '@declare ** persona non grata',
      '@expel * diplomats from',
      '@expel * diplomats',
      '@expel * ambassador',
      '@expel * envoy',
      // "ordered two British diplomats to leave the country".
      '@order * diplomats to leave',
      // "ordered 45 Russian diplomats and embassy staff to leave the country".
      '@order * diplomats and * to leave',
      '@order * diplomat to leave',
      // "ordered 12 Algerian consular and embassy staff to leave the country".
      '@order ** staff to leave',
      '@order * ambassador to leave',
      // "ordered the French ambassador, Sylvain Itte, to leave the country within 48 hours".
      '@order * ambassador ** to leave',
      '@order * embassy staff to leave',
      // "ordered the expulsion of a Belarusian diplomat", "of diplomatic staff from Argentina": as
      // expelling them.
      '@expel * diplomatic staff',
      '@order * expulsion of * diplomat',
      '@order * expulsion of * diplomats',
      '@order * expulsion of * diplomatic staff',
      '@order * expulsion of * ambassador',
      '@announce * expulsion of * diplomats',
    ],
  },

  // 17 Coerce
  {
    code: '170',
    patterns: [
      '@fire water cannon at',
      // "fired a water cannon at a fisheries ship", "fired water cannon on protesters".
      '@fire * water cannon at',
      '@fire * water cannon on',
      '@fire water cannons at',
      '@fire * water cannons at',
      '@fire * water cannons on',
      '@use water cannon against',
      '@use water cannon',
      '@fire tear gas at',
      // "fired water cannon and tear gas at protesters".
      '@fire water cannon and tear gas at',
      '@fire water cannons and tear gas at',
      // "fired tear gas and stun grenades at protesters".
      '@fire tear gas * at',
      '@fire rubber bullets * at',
      '@fire rubber bullets * to disperse',
      // "fired tear gas to disperse crowds": the crowds are whom it was fired at.
      '@fire tear gas to disperse',
      // "fired tear gas and water cannon on Monday to disperse thousands of protesters".
      '@fire tear gas ** to disperse',
      '@use * tear gas ** to disperse',
      // "used water cannon and pepper spray early on Sunday to disperse thousands of demonstrators".
      ...['@use', '@fire', '@deploy'].map((verb) => `${verb} * water cannon ** to disperse`),
      '@use * tear gas ** to break up * by',
      '@fire rubber bullets at',
      '@use tear gas',
      '@harass',
      // "China Coast Guard's use of water cannons against a Philippine vessel": the act as a noun.
      'use of water cannon against',
      'use of water cannons against',
      'use of water cannon on',
      'use of water cannons on',
      'use of tear gas against',
    ],
  },
  {
    code: '171',
    patterns: ['@seize', '@confiscate', '@raze', '@demolish', '@bulldoze'],
    // "seized the city of Goma", "seized a key town": taking ground is occupying territory.
    refine: [
      {
        when: /^\s*(?:the|a)?\s*(?:(?:strategic|key|eastern|western|northern|southern|border)\s+)?(?:city|town|village|capital|airport|region|province|territory|district|military base|port)\b/i,
        code: '192',
      },
    ],
  },
  // "A Chinese coast guard ship rammed a Philippine supply boat": harassment at sea (not a car bomb
  // "rammed into a convoy"); "was rammed by a Chinese ship" is the passive below.
  { code: '170', patterns: ['@ram a * {vessels}', '@ram an * {vessels}', '@ram the * {vessels}'] },
  // "The boat was later rammed by a second Chinese ship": the ship named after "by" rammed it.
  {
    code: '170',
    passiveObject: new Set(WORD_CLASSES.vessels),
    patterns: ['@ram'],
  },
  { code: '172', patterns: ['@ban'] },
  // "China has banned exports of gallium, germanium and antimony to the United States": whom to.
  {
    code: '163',
    patterns: ['@ban * exports', '@halt * exports', '@suspend * exports', '@restrict * exports'],
    targetAfter: ['to'],
  },
  // "The electoral commission disqualified Chadema from the election", "barred Machado from running".
  {
    code: '1722',
    patterns: [
      '@disqualify ** from',
      ...['@bar', '@ban'].flatMap((verb) =>
        ['running', 'standing', 'contesting', 'holding office', 'the election', 'the vote', 'the ballot'].map(
          (what) => `${verb} ** from ${what}`,
        ),
      ),
    ],
    targetInGap: true,
  },
  // "The government shut down mobile internet services across the country": a restriction on its
  // own people's freedoms.
  {
    code: '1721',
    ownPeopleTarget: true,
    stateSource: true,
    patterns: ['@shut down', '@suspend', '@cut', '@cut off', '@block', '@restrict'].flatMap((verb) =>
      ['internet', 'phone services', 'phone networks', 'social media', 'telecommunications'].map(
        (what) => `${verb} * ${what}`,
      ),
    ),
  },
  {
    code: '1723',
    ownPeopleTarget: true,
    patterns: [
      '@impose * curfew',
      '@announce * curfew',
      '@declare * curfew',
      '@order * curfew',
      '@extend * curfew',
    ],
  },
  {
    code: '1724',
    ownPeopleTarget: true,
    patterns: [
      '@declare * state of emergency',
      '@impose * state of emergency',
      '@extend * state of emergency',
      '@declare * martial law',
      '@impose * martial law',
    ],
  },
  {
    code: '173',
    patterns: [
      '@issue * arrest warrants for',
      // "said it had opened a criminal case against five opposition leaders".
      '@open * criminal case against',
      '@open * criminal cases against',
      '@issue * arrest warrant against',
      '@issue * arrest warrants against',
      '@issue * arrest warrant for',
      '@issue * warrant for',
      '@issue * warrants for',
      '@place * on house arrest',
      '@put * under house arrest',
      'detention of',
      'arrest of',
      'arrests of',
      'imprisonment of',
      // "condemns the sentencing of journalist X by the Minsk City Court".
      'sentencing of',
      'conviction of',
      'jailing of',
      '@arrest',
      '@detain',
      '@convict',
      '@charge',
      '@indict',
      '@imprison',
      '@jail',
      '@take * into custody',
      '@place * under house arrest',
      '@sentence',
      // "remanded the activist in custody", "ordered him held in pre-trial detention".
      '@remand',
      '@order ** held in',
    ],
  },
  {
    code: '174',
    patterns: [
      'expulsion of',
      'deportation of',
      '@deport',
      '@expel',
      // "Poland ordered the expulsion of a Belarusian diplomat": whoever ordered it expels.
      '@order * expulsion of',
      '@announce * expulsion of',
      '@order * deportation of',
    ],
  },
  {
    code: '175',
    patterns: [
      'execution of',
      'executions of',
      'torture of',
      '@torture',
      '@execute',
      // "Iran hanged two men": the past of an execution ("hung" is a picture's).
      'hanged',
      '@crack down on',
      '@crack down against',
      // "Police dispersed the protesters", "broke up a rally by thousands of supporters".
      '@disperse',
      '@break up * rally by',
      '@break up * protest by',
      '@break up * demonstration by',
      'crackdown on',
    ],
  },

  // 18 Assault
  { code: '180', patterns: ['@assault', '@ambush', '@massacre civilians'] },
  {
    code: '181',
    patterns: [
      ...['@abduct', '@kidnap', '@take * hostage', '@hold * hostage'],
      // "they seized some 250 hostages": people taken, not goods seized (171).
      ...['@seize', '@take', '@capture', '@grab'].map((verb) => `${verb} * {captives}`),
    ],
  },
  { code: '182', patterns: ['@beat', '@stab', '@lynch'] },
  {
    code: '183',
    patterns: [
      '@bomb * suicide',
      '@detonate * bomb',
      '@set off * bomb',
      // "detonated explosives against an Israeli armored vehicle".
      '@detonate * explosives against',
      '@detonate * explosive device against',
    ],
    targetOptional: true,
  },
  {
    // "condemns the BLA's suicide bombing at the railway station in Quetta": the bombing named as a
    // noun, its doer the owner before it or "by X" after it, its target the place it hit.
    code: '183',
    patterns: [
      'suicide bombing at',
      'suicide bombing in',
      'suicide bombing on',
      'suicide bombings at',
      'suicide bombings in',
      'suicide bombings on',
      'suicide attack at',
      'suicide attack in',
      'suicide attack on',
    ],
  },
  { code: '185', patterns: ['@attempt to assassinate'] },
  { code: '186', patterns: ['@assassinate'] },

  // 19 Fight
  {
    code: '190',
    patterns: [
      '@launch * attack against',
      '@launch * attacks against',
      // "launched an operation against JNIM fighters", "returned fire at Pakistani posts".
      '@launch * operation against',
      '@launch * offensive against',
      '@return fire at',
      '@return fire on',
      '@carry out * attack against',
      // "conducted a strike against a Houthi missile", "carried out strikes on".
      '@conduct * strike against',
      '@conduct * strikes against',
      // "conducted a strike in self-defense against".
      '@conduct * strike * against',
      '@conduct * strikes * against',
      '@conduct * strike on',
      '@conduct * strikes on',
      '@carry out * strike against',
      '@carry out * strikes against',
      '@carry out * strike on',
      '@carry out * strikes on',
      '@launch ** attack against',
      '@launch ** attack on',
      '@attack',
      '@strike',
      '@hit',
      '@launch * attack on',
      '@launch * attacks on',
      '@carry out * attack on',
      '@carry out * attacks on',
      '@target',
      '@kill',
      '@open fire on',
      // "opened fire unprovoked on its forward posts".
      '@open fire unprovoked on',
      // "opened fire with mortars and heavy machine guns on villages".
      '@open fire with ** on',
      '@open fire at',
      // "Venezuelan soldiers fired on a Guyanese army patrol" (not "fired on Wednesday", below).
      '@fire on',
      '@fire at',
      '@fire live rounds at',
      '@fire live ammunition at',
      '@fire * shots at',
      '@shoot at',
      // "Militants stormed a military base" (a crowd storming a building is a violent protest).
      '@storm',
      '@torch',
      // "Cambodian forces repelled the Thai incursion": force against the attacker.
      '@repel',
      // "14 PKK terrorists were neutralized by our Turkish Armed Forces": killed or captured.
      '@neutralize',
      '@neutralise',
      '@shoot dead',
      '@shoot down',
      '@gun down',
      'attack on',
      'attacks on',
      'attack against',
      'attacks against',
      'offensive against',
      '@retaliate against',
      'offensive on',
      'assault on',
      'assaults on',
    ],
    // ("China hits back with tariffs", "hit out at critics": words, not force.)
    notBefore: ['back', 'out'],
  },
  // "Rioters set fire to the French embassy"; "set part of the parliament building on fire": what
  // burns is in the gap, never named further on ("setting homes on fire and freeing inmates from").
  { code: '190', patterns: ['@set fire to'] },
  // "Sudan's army recaptured the presidential palace from the RSF": force against whoever held it.
  { code: '190', patterns: ['@recapture ** from', '@retake ** from', '@recapture ** after fighting with'] },
  { code: '190', patterns: ['@set ** on fire'], targetInGap: true },
  {
    code: '191',
    patterns: [
      '@blockade',
      '@obstruct',
      // "The RSF besieged El Fasher", "laid siege to the city".
      '@besiege',
      '@lay siege to',
      '@impose * blockade on',
      '@block * resupply',
      // "Chinese ships blocked the vessel from reaching Filipino fishermen".
      '@block * vessel',
      '@block * vessels',
      '@block * ship',
      '@block * boat',
      '@block * convoy',
      // "RSF fighters had blocked 18 of its lorries near Nyala".
      ...['convoys', 'lorries', 'trucks'].map((what) => `@block * ${what}`),
      // "blocked the path of a Philippine supply boat".
      '@block * path of',
      // "closed all its border crossings with Belarus", "sealed its border with Sudan".
      ...['@close', '@shut', '@seal'].flatMap((verb) =>
        ['border with', 'border crossings with', 'crossings with', 'border to', 'frontier with'].map(
          (what) => `${verb} * ${what}`,
        ),
      ),
    ],
  },
  {
    code: '192',
    patterns: [
      'invasion of',
      'occupation of',
      '@occupy',
      '@invade',
      '@seize control of',
      '@capture',
      '@annex',
    ],
  },
  {
    code: '193',
    // "The army and the RSF clashed in Khartoum": a clash names both sides as its subject. ("American
    // and British troops fought in Iraq" names allies, so fighting is not read this way.)
    mutual: true,
    patterns: [
      '@exchange fire with',
      '@exchange * fire with',
      // "Thai and Cambodian troops traded gunfire along the border".
      '@trade * gunfire with',
      '@trade * fire with',
      '@trade gunfire',
      '@trade * gunfire',
      '@exchange fire',
      '@exchange * fire',
      // "Thai and Cambodian troops exchanged gunfire".
      '@exchange gunfire with',
      '@exchange gunfire',
      '@clash with',
      '@clash',
      'clashes with',
    ],
  },
  {
    code: '193',
    patterns: ['@engage * in * firefight', '@engage * in * fighting', '@fight', '@battle'],
    // "Rwandan soldiers were fighting alongside the rebels": allies, not enemies.
    notBefore: ['alongside'],
  },
  {
    code: '194',
    patterns: [
      'tank shelling',
      'artillery shelling',
      'tank fire',
      '@shell',
      '@pound',
      'shelling of',
      // "fired artillery shells at a border post", "fired mortar rounds into the town".
      '@fire * shells at',
      '@fire * shells into',
      '@fire * artillery at',
      '@fire * mortar rounds at',
      '@fire * mortars at',
      '@fire * mortar rounds into',
      '@fire * mortars into',
    ],
  },
  {
    code: '195',
    patterns: [
      // "a drone dropped an explosive on a bus".
      ...['explosive', 'explosives', 'bomb', 'bombs', 'grenade', 'grenades'].flatMap((thing) => [
        `@drop * ${thing} on`,
        `@drop * ${thing} near`,
      ]),
      'air strike',
      'airstrike',
      'air strikes',
      'airstrikes',
      'drone strike',
      'drone strikes',
      'missile strike',
      'missile strikes',
      'missile attack on',
      'missile attacks on',
      'drone attack on',
      'drone attacks on',
      'rocket attacks on',
      'rocket attack on',
      'air attack against',
      'air attack on',
      'missile strikes across',
      'strikes across',
      'air strikes across',
      'airstrikes across',
      'attacks across',
      '@launch * air strike against',
      '@launch * air strike on',
      '@launch * airstrike against',
      '@launch * airstrike on',
      '@carry out * air strike on',
      '@carry out * air strike against',
      '@launch * strikes against',
      '@launch * strike against',
      '@launch * strikes on',
      '@launch * strike on',
      // "launched a wave of air strikes against Houthi targets".
      '@launch ** strikes against',
      '@launch ** strikes on',
      '@launch ** airstrikes against',
      '@launch ** airstrikes on',
      '@bomb',
      '@bombard',
      '@airstrike',
      '@launch * airstrikes on',
      '@launch * air strikes on',
      '@carry out * airstrikes on',
      '@carry out * air strikes on',
      '@conduct * airstrikes on',
      '@conduct * air strikes on',
      '@conduct * strikes on',
      '@conduct * strikes against',
      'airstrikes on',
      'air strikes on',
      'airstrike on',
      'air strike on',
      'drone strikes on',
      'missile strikes on',
      'strikes on',
      'strikes against',
      'airstrikes against',
      'air strikes against',
    ],
  },
  { code: '196', patterns: ['@violate * ceasefire'] },

  // Firing missiles or drones is an attack even when the report names no target ("fired one missile
  // into the Gulf of Aden").
  {
    code: '195',
    patterns: [
      '@fire * rockets',
      '@fire * missiles',
      '@fire * drones',
      '@fire * rocket',
      '@fire * missile',
      '@launch * rockets',
      '@launch * missiles',
      '@launch * drones',
      // "fired a barrage of about 18 short-range ballistic missiles".
      '@fire ** missiles',
      '@fire ** rockets',
      '@launch ** missiles',
    ],
    targetOptional: true,
  },
  // "Engaged and destroyed four drones": a response whose target is whoever attacked last.
  {
    code: '190',
    // "INS Kolkata returned fire", "the army said it had returned fire": at whoever fired first.
    patterns: ['@engage and @destroy', '@intercept and @destroy', '@return fire'],
    targetOptional: true,
    targetIsLastAttacker: true,
  },
  {
    // "destroyed two Iranian-backed Houthi anti-ship missile launchers": weapons destroyed are a
    // strike on whoever the words name as their owner.
    code: '190',
    patterns: [
      '@destroy ** launchers',
      '@destroy ** launcher',
      '@destroy ** drones',
      '@destroy ** uavs',
      '@destroy ** aerial vehicles',
      '@destroy ** aerial systems',
      '@destroy ** missile sites',
      '@destroy ** radar',
      '@destroy ** radars',
      // "its fighters had destroyed an Israeli tank east of Jabalia".
      '@destroy ** tank',
      '@destroy ** tanks',
      '@destroy ** armoured vehicles',
      '@destroy ** armored vehicles',
    ],
  },
  // "The Houthis must begin working toward peace" in a statement: the speaker demands it of them.
  {
    // "Poland said Russia was behind the sabotage", "Kyiv says Russian forces were responsible for the
    // attack": who says so accuses whom it names (the statement's issuer when no one reports it).
    code: '112',
    fromSpeaker: true,
    patterns: ['is', 'are', 'was', 'were', 'had been'].flatMap((verb) =>
      [
        'behind the',
        'behind a',
        'behind this',
        'behind last',
        'responsible for the',
        'responsible for this',
      ].flatMap((link) => BLAMED_ACTS.map((act) => `${verb} ${link} ${act}`)),
    ),
  },
  {
    // "publicly attributed this campaign to a unit of Russia's military intelligence service": whom
    // an act is attributed to is accused of it.
    code: '112',
    patterns: [...BLAMED_ACTS, 'campaign', 'operation', 'activity', 'activities', 'interference'].map(
      (act) => `@attribute * ${act} ** to`,
    ),
  },
  {
    // "the Lukashenko regime bears full responsibility for these hybrid attacks".
    code: '112',
    fromSpeaker: true,
    patterns: ['bears', 'bear', 'bore'].flatMap((verb) =>
      BLAMED_ACTS.map((act) => `${verb} * responsibility for * ${act}`),
    ),
  },
  {
    // "These strikes ... are inconsistent with international humanitarian law", "The attack is a
    // flagrant violation of international law": the statement's judgement of what its subject did.
    code: '111',
    fromSpeaker: true,
    patterns: ['is', 'are', 'was', 'were', 'constitutes', 'constitute'].flatMap((verb) => [
      `${verb} inconsistent with international`,
      `${verb} a violation of international`,
      `${verb} a * violation of international`,
      `${verb} a violation of * sovereignty`,
      `${verb} a * violation of * sovereignty`,
      // "This launch is a clear violation of the relevant United Nations Security Council resolutions".
      `${verb} a * violation of ** resolutions`,
    ]),
  },
  {
    code: '100',
    patterns: ['must'],
    fromSpeaker: true,
    // "Hamas must release all hostages", "Russia must stop its attacks and withdraw".
    refine: [
      // CAMEO: 1053 demand release of persons, 107 demand ceasefire, 106 demand withdrawal.
      { when: /\b(?:release|free)\b/i, code: '1053' },
      { when: /\b(?:ceasefire|cease-fire|truce)\b/i, code: '107' },
      { when: /\b(?:withdraw\w*|pull out)\b/i, code: '106' },
    ],
  },

  // 20 Use unconventional mass violence
  { code: '200', patterns: ['@commit * atrocities against'] },
  { code: '202', patterns: ['@massacre', '@slaughter', '@commit * genocide against'] },
  { code: '203', patterns: ['@ethnically cleanse', '@carry out * ethnic cleansing'] },
  // Not the bare word "gas": it is far more often a noun ("tear gas", "gas supplies") than the verb.
  {
    code: '204',
    patterns: [
      '@use chemical weapons against',
      '@use chemical weapons on',
      '@use poison gas',
      '@use chlorine gas',
      '@use nerve agents',
      '@use sarin',
    ],
  },
];

/** Irregular verb forms; everything else inflects by rule. */
const IRREGULAR: Record<string, string[]> = {
  meet: ['met'],
  begin: ['began', 'begun'],
  throw: ['threw', 'thrown'],
  hold: ['held'],
  speak: ['spoke', 'spoken'],
  strike: ['struck', 'stricken'],
  hit: ['hit'],
  fight: ['fought'],
  send: ['sent'],
  give: ['gave', 'given'],
  take: ['took', 'taken'],
  make: ['made'],
  pay: ['paid'],
  fly: ['flew', 'flown'],
  seek: ['sought'],
  withdraw: ['withdrew', 'withdrawn'],
  leave: ['left'],
  quit: ['quit'],
  forgive: ['forgave', 'forgiven'],
  beat: ['beat', 'beaten'],
  stand: ['stood'],
  sit: ['sat'],
  break: ['broke', 'broken'],
  cut: ['cut'],
  freeze: ['froze', 'frozen'],
  set: ['set'],
  go: ['went', 'gone'],
  shoot: ['shot'],
  lead: ['led'],
  bring: ['brought'],
  put: ['put'],
  overrun: ['overran'],
  undertake: ['undertook', 'undertaken'],
  stab: ['stabbed'],
  ban: ['banned'],
  plan: ['planned'],
  commit: ['committed'],
  ship: ['shipped'],
  slap: ['slapped'],
  mobilize: ['mobilized'],
  mobilise: ['mobilised'],
  slam: ['slammed'],
  have: ['had', 'has'],
  blacklist: ['blacklisted'],
  target: ['targeted'],
  occupy: ['occupied'],
  bomb: ['bombed'],
  airdrop: ['airdropped'],
  rebuff: ['rebuffed'],
  veto: ['vetoed', 'vetoes'],
  ambush: ['ambushed'],
  visit: ['visited'],
  forbid: ['forbade', 'forbidden'],
  shell: ['shelled'],
  lynch: ['lynched'],
  sue: ['sued'],
  abduct: ['abducted'],
};

/** Every inflection of a regular or irregular verb: base, -s, past, -ing. */
export function inflect(lemma: string): string[] {
  const forms = new Set<string>([lemma, ...(IRREGULAR[lemma] ?? [])]);
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  const hasIrregularPast = (IRREGULAR[lemma] ?? []).some((form) => form.endsWith('ed'));
  if (!hasIrregularPast && !IRREGULAR[lemma]) {
    if (lemma.endsWith('e')) forms.add(`${lemma}d`);
    else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ied`);
    else forms.add(`${lemma}ed`);
  }
  if (lemma.endsWith('ie')) forms.add(`${lemma.slice(0, -2)}ying`);
  else if (lemma.endsWith('e') && !lemma.endsWith('ee')) forms.add(`${lemma.slice(0, -1)}ing`);
  else forms.add(`${lemma}ing`);
  // Verbs ending consonant-vowel-consonant may double it ("expelled", "controlled"); adding the doubled
  // forms beside the regular ones is harmless, since a misspelling like "visitted" never appears.
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(lemma)) {
    const last = lemma.slice(-1);
    forms.add(`${lemma}${last}ed`);
    forms.add(`${lemma}${last}ing`);
  }
  // Doubled final consonant for short verbs the irregular table marks ("stabbed" -> "stabbing").
  for (const form of IRREGULAR[lemma] ?? []) {
    if (/([bdglmnprt])\1ed$/.test(form)) forms.add(`${form.slice(0, -2)}ing`);
  }
  return [...forms];
}
