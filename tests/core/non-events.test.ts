import { describe, expect, it } from 'vitest';
import { codeDocument } from '../../lambdas/core';

/** Sentences a coder must not turn into events: each would fool a careless pattern matcher. */
const NON_EVENTS: [reason: string, sentence: string][] = [
  [
    'a negated meeting',
    'Egyptian President Abdel Fattah al-Sisi did not meet Israeli Prime Minister Benjamin Netanyahu.',
  ],
  ['a negated strike', "Israel has not struck Iran's nuclear facilities."],
  [
    'a conference hosted, which hosts no visitor',
    "The findings of South Africa's National Research Foundation were presented at a conference hosted by the World Health Organization in Geneva.",
  ],
  [
    'what was done "in the past"',
    'Indonesia has in the past seized and sunk dozens of Vietnamese fishing boats.',
  ],
  ['a meeting told only by where it was', 'The Iranian foreign minister met in Geneva on Monday.'],
  [
    'talks that have gone on for years',
    'Armenia and Azerbaijan have been negotiating a peace treaty since 2023.',
  ],
  ["a journalist's question", 'Question: Any update on the Indian fishermen detained by Sri Lanka?'],
  [
    'a deal between a company and a telecom operator',
    'Chinese electronics maker Lumora Technologies signed a distribution agreement with Saudi telecom operator Najm Mobile.',
  ],
  [
    'a state called names, not on the phone',
    'Turkish President Recep Tayyip Erdogan called Israel a terror state.',
  ],
  ["a state's acts called names", "Russia's foreign ministry called Ukraine's drone strikes terrorism."],
  ['a denial of an attack', 'Jordan never attacked Syria.'],
  ['a hypothetical sanction', 'The European Union would consider sanctions on Iran if the talks fail.'],
  ['a conditional attack', 'If Iran attacks Israel, the region could face a wider war.'],
  ['a possible meeting', 'Putin may meet Erdogan in Istanbul.'],
  ['future travel to nowhere named', 'The delegation will travel next week.'],
  ['a noun after an article', 'The meeting between the delegations was cordial.'],
  ['a noun after an adjective', 'Analysts described a pre-emptive attack as unlikely.'],
  ['a noun after a country name', 'U.S. support for the programme has grown since 2019.'],
  ['an infinitive of purpose with no act', 'Efforts to reach a ceasefire continued.'],
  ['a month that looks like a verb', 'Parliament will convene in March.'],
  ['a capitalised name that looks like a verb', 'Strike Group commanders gathered in Norfolk.'],
  ['a statement with no target', 'The spokesperson said the talks were constructive.'],
  ['a protest verb used transitively', 'The test demonstrated a remarkable capacity to adapt.'],
  [
    'people of one government meeting each other',
    'Secretary of State Antony Blinken met with Secretary of Defense Lloyd Austin.',
  ],
  ['an actor without a state', 'The ministry condemned the decision.'],
  ['a name that is an acronym in lower case', 'Pa Kwame met Ghanaian officials on Monday.'],
  ['a crime named, not rebels', 'A Lima court charged the former minister with rebellion and conspiracy.'],
  [
    'who backs a force, told in commas',
    'Somali army units, supported by African Union troops, patrolled the coastal road on Monday.',
  ],
  [
    "a company after a state's possessive, alone",
    "Singapore's Grab agreed to buy Malaysia's Ryde on Monday.",
  ],
  ['people who are no crowd', 'People familiar with the talks criticised the proposal.'],
  ['a vote not taken', 'Lawmakers did not vote to suspend talks with the European Union.'],
  ['migrants arriving, which is no visit', 'Hundreds of migrants arrived in Lampedusa on Monday.'],
  [
    'a company in a price war',
    'Vietnamese carmaker VinFast battles a fierce price war with Chinese rival BYD in Southeast Asia.',
  ],
  [
    'a deal between companies',
    'Vietnamese electric-vehicle maker VinFast signed a supply agreement with Indonesian nickel producer PT Vale Indonesia.',
  ],
  [
    'flares released, which frees no one',
    'A Chinese J-10 aircraft released flares in close proximity to an Australian P-8A.',
  ],
  [
    'a rugby captain accusing the referee in a match report',
    "All Blacks crush France\n\nPARIS - New Zealand crushed France 43-17 on Saturday, with winger Caleb Clarke scoring twice. France captain Antoine Dupont accused the referee of missing a forward pass before New Zealand's second try.",
  ],
  [
    'aid arriving, told of the people it is for',
    'Supplies for the Haitian population, which arrived in Port-au-Prince last week, were handed out on Monday.',
  ],
  ['a denial of a permission', 'Israel denied entry to the inspectors.'],
  ['a fight talked about, not reported', 'The talks focused on the fighting between Armenia and Azerbaijan.'],
  [
    'a running total since a past event',
    "Moldova has expelled dozens of Russian diplomats since Russia's full-scale invasion of Ukraine in 2022.",
  ],
  [
    'a warning of a plight, not a threat',
    'UN aid chief Martin Griffiths warned that millions of Yemenis faced famine.',
  ],
  [
    'a city where hosted talks were held, which is no guest',
    'U.S.-hosted talks in Geneva opened on Wednesday.',
  ],
  [
    'people seen freed, who free no one',
    'The week-long truce saw 105 hostages freed in exchange for 240 Palestinian prisoners.',
  ],
  [
    'a prediction of where a course of events leads, not a threat',
    'Egypt warns that the continued targeting of civilians in Gaza will push the region into a wider war.',
  ],
  [
    'what a relative clause says someone has done',
    'Qatar, which has mediated between Israel and Hamas, welcomed the news.',
  ],
  ['a deployment of software', 'The company announced the deployment of new software.'],
  [
    "a company's chief executive thanking its customers",
    'OSLO (Reuters) - Chief executive Ingrid Solberg thanked customers for their loyalty in Oslo.',
  ],
  [
    'what happens whenever something does',
    'Whenever a U.S. citizen is detained abroad, the embassy seeks consular access.',
  ],
  ['a condemnation refused', 'Russia does not want to condemn Iran.'],
  [
    'an attack owned by no one before another noun',
    "Egypt's investigation into the airstrike on Rafah continued.",
  ],
  ['a deal struck, not a blow', "Britain's Rolls-Royce struck a deal with a British contractor."],
  ['a verb opening a sentence with no one to say it', 'Strongly condemns the attacks on civilians.'],
  ['an attack between people of no known country', 'Gunmen killed three villagers overnight.'],
  ['a clash of people of no known country', 'Protesters threw stones at the crowd.'],
  [
    'a release only called for, past an adverb',
    'Venezuelan authorities were urged to immediately release all political prisoners.',
  ],
  [
    'an agreement that is a condition',
    'Israel said no delegation would be sent until Hamas agreed to release the hostages.',
  ],
  [
    'allies fighting side by side',
    'About 4,000 Rwandan soldiers were fighting alongside the M23 rebels in Congo.',
  ],
  [
    'a team that must play on',
    'South Africa qualified for the World Cup on Tuesday. Striker Musa Bello scored twice as the hosts topped the group ahead of Nigeria, who were held to a draw by Benin and must now go through the playoffs.',
  ],
  ['artillery fired into the sea', 'North Korea fired several artillery shells into the sea on Sunday.'],
  ['strikes a speaker says will go on', 'Iran said that strikes would continue.'],
  [
    'people counted as kidnapped, freed',
    'Venezuelan troops rescued three kidnapped oil workers near Caracas.',
  ],
  [
    "a stoppage that hit a company's profit",
    'OSLO - Norwegian shipping group Halvorsen Logistics said its profit fell, hit by a two-week strike by dockworkers at its Rotterdam terminal.',
  ],
  [
    'a statement released, not people',
    'Al-Shabaab confirmed the ambush in a statement released on Sunday through the Somali Media Association.',
  ],
  [
    'people flown home, paying no visit',
    'The Armenian detainees, who were flown to Yerevan, thanked the government.',
  ],
  [
    'an acknowledgement, not recognition',
    'UNHCR recognizes the pressure this places on host communities in Chad.',
  ],
  [
    'a warning of restrictions people face, not a threat',
    'The UN refugee agency issued a statement on Monday, warning that women and girls faced severe restrictions in Afghanistan.',
  ],
  [
    'a warning of restrictions people face, told after its day',
    'The UN refugee agency warned on Monday that women and girls faced severe restrictions in Afghanistan.',
  ],
  [
    'a rise attributed to demand abroad',
    'Japanese exporters attributed the rise in sales to Chinese demand.',
  ],
  ['a rumour', 'Reports suggested that Qatar could host the talks.'],
  [
    'the adjective "initial"',
    'Officials described the initial agreement between Serbia and Kosovo as fragile.',
  ],
  ['a camera shooting', 'A Turkish crew shot footage of the summit in Ankara.'],
  ['talks held with no one named', 'The Kenyan president held talks in Nairobi on Monday.'],
  ['sanctions by a legislature of no known country', 'The Senate passed new sanctions on Russia.'],
  ['a speech delivered', 'The Kenyan president delivered a speech to parliament in Nairobi.'],
  [
    'a meeting convened after an attack',
    'The United States convened leaders of the Group of Seven after the attack.',
  ],
  ['a region named like a country', 'Venezuela expelled diplomats from seven Latin American countries.'],
  ['a region that is not America', 'Mexico thanked the governments of Latin America and the Caribbean.'],
  [
    'talks held with officials responsible for a policy',
    'Blinken held talks with Chinese officials responsible for trade policy.',
  ],
  ['a trip made to discuss aid', 'Blinken flew to Cairo on Monday to discuss aid to Gaza.'],
  ["a bank that shares a party's initials", 'US prosecutors accused BNP Paribas of violating sanctions.'],
  ["a man whose first name is a president's surname", 'Marcos Pontes criticised Lula on Monday.'],
  ['people deported to a region', 'Russia deported dozens to Central Asia last week.'],
  [
    'force that goes on, told in the present',
    'The Houthis continue to attack international shipping with weapons supplied by Iran.',
  ],
  [
    "a coach's praise in a match report",
    'Kenya beat Uganda 2-1 in Nairobi on Saturday. Michael Olunga scored in the 17th minute. Uganda coach Paul Put praised his players for their resilience against a Kenya side that attacked them for 90 minutes.',
  ],
  [
    'the next fixture of a match report, told in a sentence with no word of sport',
    'Kenya beat Uganda 2-1 in an Africa Cup of Nations qualifier in Nairobi on Saturday. The win lifts Kenya to the top of the standings. Kenya, who lead with nine points, will host Tanzania in March.',
  ],
  [
    "a team's threat on goal, in a match report whose lead names its home side",
    'Peru lose to Argentina\n\nArgentina beat Peru 1-0 in a qualifier in Buenos Aires on Tuesday. The home side dominated possession throughout. Peru defended deep and rarely threatened the Argentine goal.',
  ],
  [
    'a match report whose result is told with "beating"',
    'Spain beat Germany after extra time\n\nSpain won the title on Sunday, beating Germany 2-1 after extra time. Germany took the lead in the 34th minute. Germany coach Julian Nagelsmann congratulated Spain on their win.',
  ],
  [
    'a race report whose result is told by a time',
    "Ugandan wins Chicago Marathon as Kenyan rival fades\n\nCHICAGO, Oct 12 - Uganda's Joshua Okello won the Chicago Marathon on Sunday in 2:04:11. Kenya's Peter Mutai launched an attack at the 25-kilometre mark but faded. In the women's race, Ethiopia's Hiwot Tesfaye beat defending champion Ruth Chebet of Kenya in a sprint finish.",
  ],
  ['a standing position, not a new denial', 'Rwanda has repeatedly denied backing M23.'],
  ['a sum a company spends', 'The company will provide 20 million euros for new factories.'],
  [
    'a sum for a purpose',
    'The United States will provide $10 million for prosecuting Russian war crimes in Ukraine.',
  ],
  [
    'a prisoner exchange told as releases by each',
    'Russia and Ukraine released 100 prisoners each on Sunday.',
  ],
  [
    'a statement that welcomes an agreement, signed',
    'A statement welcoming the agreement was signed by Britain, France and Germany.',
  ],
  [
    'ratifications, each its own',
    "Sweden's accession protocol was ratified by Hungary and Turkey on Monday.",
  ],
  [
    'which agreement, in a relative clause',
    'The agreement, which was signed by Israel and Egypt in 1979, remains in force.',
  ],
  ['a visit under a question', 'India has not yet confirmed whether Modi will travel to China.'],
  [
    'concern over a sea named after a country, which the speakers leave unnamed',
    'In a joint statement, India and Vietnam expressed concern over developments in the South China Sea, without naming China.',
  ],
  [
    'a meeting asked for by others',
    'The Security Council met on Friday at the request of Britain, France and Ecuador.',
  ],
  [
    'a typhoon killing people',
    "TAIPEI, Taiwan (AP) - Typhoon Gaemi slammed into Taiwan's northeast coast on Wednesday, killing at least three people.",
  ],
  ['an earthquake killing people', 'A powerful earthquake struck eastern Turkey, killing 40 people.'],
  [
    'a condition with "until"',
    'Kallas said the sanctions would stay in place until Putin agreed to an unconditional ceasefire with Ukraine.',
  ],
  ['a football result', 'Portugal beat Croatia 3-1 in Lisbon on Saturday.'],
  ['teams that will meet in a final', 'Morocco and France will meet in the World Cup semi-final in Doha.'],
  [
    'a tennis player attacking',
    "Poland's Iga Swiatek attacked the net to beat Japan's Naomi Osaka at Wimbledon.",
  ],
  ['a clash in a final', 'Ghana and Nigeria clashed in the final in Accra on Sunday.'],
  ['cricket bowlers attacking', "England's bowlers attacked New Zealand's top order in Wellington."],
  [
    'an accident abroad, with no attacker',
    'Two Turkish tourists were injured in a bus crash in the north of Greece.',
  ],
  ['victims of a flood', 'Three Israeli hikers were killed by a flash flood in the south of Jordan.'],
  ['an exercise abroad, not an attack', 'American troops held a training exercise in the south of Poland.'],
  [
    'an attack that raised costs elsewhere',
    'The Houthi attack on shipping raised insurance costs in London.',
  ],
  [
    'a ship hitting a bridge abroad',
    'A Singapore-flagged container ship hit a bridge in Baltimore on Tuesday.',
  ],
  ['a batsman hitting a century abroad', 'Indian batsman Virat Kohli hit a century in Perth on Sunday.'],
  ['a runner beating the field abroad', 'Kenyan runner Eliud Kipchoge beat the field in Berlin on Sunday.'],
  [
    'strikes reported by someone speaking elsewhere',
    'Speaking in Brussels, Zelensky said Russian missile strikes killed 12 people overnight.',
  ],
  ['a participle describing people', 'Egypt called for the release of detained journalists.'],
  ['a participle in a count', 'Amnesty said the number of arrested protesters rose.'],
  ['people killed in an accident', 'Three people were killed in a car crash in Ohio.'],
  ['a flood that killed people', 'Floods killed 50 people in Pakistan.'],
  ['a disease that killed people', 'The virus killed 20 people in Kerala.'],
  ['a truce not agreed', 'Israel and Hamas did not agree to a ceasefire.'],
  ['an attack denied with "having"', 'Iran denied having attacked the ship in the Gulf of Oman.'],
  [
    'a clash of claims over reefs',
    'Chinese and Philippine coast guard vessels clashed over several reefs in the South China Sea.',
  ],
  ['a denied attack', 'Ukraine denied that its drones attacked targets in Belarus.'],
  ['force foretold by analysts', 'Analysts said China would invade Taiwan by 2027.'],
  ['force foretold by the other side', 'Kyiv said Moscow would attack Moldova next.'],
  ['force feared', 'Residents fear Russia will shell Kharkiv again tonight.'],
  ['a refused retaliation', 'Iran would not retaliate against Israel.'],
  ['"it" after "said" with no act', 'The ministry said it was investigating the incident.'],
  ['fire heard, not aimed', 'Russian artillery fire could be heard in the east of Ukraine, residents said.'],
  [
    'an appeal to no known actor about another',
    'The Jordanian foreign minister urged the world community to restrain Israel.',
  ],
  ['empty chatter', 'Most Popular'],
  [
    '"we" after a headline about someone else',
    "Russia's Arrest of a Journalist. We condemn the Kremlin's attempts to intimidate journalists.",
  ],
  [
    'a reported clause whose subject is not an actor',
    "The U.S. Treasury said the measures targeted Iran's drone programme.",
  ],
  ['an -ing form describing a noun', 'Al-Shabab is claiming a deadly attack targeting Kenya.'],
  [
    'deaths caused by an accident, not an actor',
    'Interpol will identify victims killed by the Malaysia Airlines crash.',
  ],
  [
    'the speaker of a quotation after a nominal attack',
    '"We will keep stopping Houthi attacks on ships," he added.',
  ],
  ['an appeal to the international community', 'Qatar urged the international community to act.'],
  ['places listed after "parts of"', 'The Islamic State has seized parts of Iraq and Syria.'],
  [
    'a running total since a past year',
    'Since 2015, the United States has provided $400 million in aid to Jordan.',
  ],
  [
    'a tally since a past month',
    'Philippine marines have killed at least 12 suspected militants in Sulu since January.',
  ],
  [
    'a tally since the start of a war',
    'Israeli forces have arrested more than 300 Palestinians in the West Bank since the start of the war.',
  ],
  [
    'people deported, with no deporter named',
    'Kyiv seeks the return of Ukrainian children deported to Russia.',
  ],
  ['people freed, with no captor named', 'Three Indonesian fishermen freed after four months in captivity'],
  ['a sponsor said in passing of a group', 'The attack was blamed on militants backed by Iran.'],
  ['hosting refugees, not a visit', "Jordan's neighbours have hosted thousands of refugees for a decade."],
  ['no actors at all', 'Prices rose sharply on Tuesday as markets reacted to the news.'],
  ['remarks of no one coded before', 'Argentina rejected the remarks on Tuesday.'],
  ['a decree signed by one side', 'The decree was signed by President Prabowo Subianto on Monday.'],
  ['which treaty, not a signing', 'The treaty signed by Britain and France in 1904 is still celebrated.'],
  ['a statement signed, not an agreement', 'A statement was signed by Germany, France and Italy.'],
  ['police barricades, no protest', 'Police set up barricades around parliament in Nairobi on Tuesday.'],
  [
    'a header line naming no office of a state',
    'Amnesty International, Kenya\n\nWe condemn the police killings of protesters.',
  ],
  [
    'an island, not Iceland ("Ísland")',
    'The Sri Lanka Navy seized five trawlers off Delft Island on Sunday.',
  ],
  [
    'a tally whose only countries are in a clause of their own',
    'Britain has now sanctioned more than 400 vessels since Russia invaded Ukraine.',
  ],
  [
    "a headline's participle: what was done to the soldier, not by him",
    'Cambodian soldier killed in border clash with Thai troops\n\nThe soldier was 24.',
  ],
  [
    'a fire exchanged, not papers',
    'Residents witnessed the exchange of fire between Israeli troops and Hezbollah fighters.',
  ],
  [
    'a signing witnessed by one who is no party to it',
    'UN Secretary-General Antonio Guterres witnessed the signing of the peace agreement between Sudan and South Sudan.',
  ],
  [
    'troops ordered to do something, not sent somewhere',
    'The Kremlin ordered troops to pull back from the border with Finland.',
  ],
  ['aircraft ordered from a maker', 'Poland ordered 96 Apache helicopters to replace its ageing fleet.'],
  [
    'an aid package under review',
    'Germany announced it was reviewing the assistance package for Ukraine after the election.',
  ],
  [
    'a response to needs, not a threat',
    'The government vowed to respond quickly to the needs of flood victims in Valencia.',
  ],
];

describe('sentences that must produce no event', () => {
  it.each(NON_EVENTS)('codes nothing for %s', (_reason, sentence) => {
    const { events } = codeDocument(` date 2024-02-07 ${sentence}`, { doc: 'negative.txt' });
    expect(
      events.map((event) => `${event.source.code} ${event.action.code} ${event.target?.code ?? '-'}`),
    ).toEqual([]);
  });
});
