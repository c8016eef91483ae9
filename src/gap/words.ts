/**
 * The words gap analysis reads with, written for normalised text (lower
 * case, accents and punctuation removed, single spaces, padded with spaces:
 * see {@link normaliseForMatch}). Each pattern names a concept as statutes
 * word it: synonyms, inflections, the senses a word must not be read in.
 */

/** A character other than ASCII, en and em dashes, curly quotes and the section sign. */
const NEEDS_NFKD = /[^\u0000-\u007f\u2013\u2014\u2018\u2019\u201c\u201d\u00a7]/;

/** Lower case, accents and punctuation removed, single spaces, padded: ` a person must not `. */
export function normaliseForMatch(text: string): string {
  // Decomposing accents costs most of the time, and text of ASCII and the dashes, quotes and section sign Acts
  // use has none: NFKD leaves those characters as they are and none is a mark (test/words.test.ts).
  const plain = !NEEDS_NFKD.test(text);
  return ` ${(plain ? text : text.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/['’]s\b/g, 's')
    .replace(NOT_WORD_RUN, ' ')
    .trim()} `;
}

/**
 * Each run of characters other than a-z and 0-9 (which becomes one space),
 * except a run that is one space already: replacing every space between two
 * words with a space made this the costliest step (test/words.test.ts checks
 * the result against `[^a-z0-9]+`).
 */
const NOT_WORD_RUN = /[^a-z0-9]{2,}|[^a-z0-9 ]/g;

/** Acts a provision can cover (what is done with the object). */
export const ACTS = {
  use: /\b(?:use|uses|using|employ|employs|employing|employment)\b/,
  develop: /\bdevelop(?:s|ed|ing|ment)?\b/,
  // "make" only in its sense of producing: not "make safe", "make regulations", "make a report", "makes up the offence";
  // "make a cluster munition", "make any munition" are ("make the munition safe" is not).
  // A "producer" is what an investment offence invests in, not an act of producing.
  produce:
    /\b(?:produc(?:e|es|ed|ing|tion)\b|manufactur\w*|fabricat\w*|mak(?:e|es|ing)\b(?!\s+(?:up|out|safe|sure|available|good|use|(?:an?|the|any|every|all|no|such)\b(?!(?:\s+\w+){0,2}?\s+(?:cluster|munitions?|submunitions?|bomblets?)\b(?!(?:\s+\w+){0,3}?\s+(?:safe|harmless|inert)\b))|it|them|reasonable|regulations?|rules?|orders?|payments?|arrangements?|provision|applications?|declarations?|reports?|representations?|inquiries|enquiries|records?|an? express request|express requests?)\b))/,
  acquire: /\b(?:acquir\w*|acquisition|obtain\w*|purchas\w*|buy|buys|buying|bought|otherwise acquires?)\b/,
  stockpile: /\b(?:stockpil\w*|in stock|stocks)\b/,
  retain: /\b(?:retain\w*|retention)\b/,
  possess:
    /\b(?:possess\w*|possession|holds?|holding|keeps?|keeping|stores?|storing|has in (?:his|her|its|their) (?:possession|custody|control))\b/,
  transfer:
    /\b(?:transfer\w*|sells?|selling|sold|suppl(?:y|ies|ied|ying)|exports?|exporting|exported|imports?|importing|imported|trades?|trading|deals? in|dealing in|gives?(?! (?:information|notice|evidence|effect|permission|consent|written|any information))|giving(?! (?:information|notice|evidence|effect|permission|consent))|lends?|lending|delivers?|delivering|pass(?:es|ed|ing)? on|hand(?:s|ed|ing)? over|otherwise dispos\w*)\b/,
  assist:
    /\b(?:assist(?:s|ed|ing)?|aids?|aided|aiding|abet\w*|helps?|helping)\b(?! (?:victims?|survivors?|states? parties|affected states?)\b)/,
  encourage: /\b(?:encourag\w*|induc(?:e|es|ed|ing|ement)|counsel\w*|procur\w*|incit\w*|promot(?:e|es|ed|ing)|solicit\w*|conspir\w*)\b/,
  invest:
    /\b(?:invest\w*|financ\w*|provides? funds?|providing funds?|funds? (?:the|any)|funding|loans?|shares|securities|moneys?|monies)\b/,
  // "transport … through Mauritius": moving goods through a place is transit, whatever the place is called.
  transit:
    /\btransit\w*\b|\b(?:transport\w*|carr(?:y|ies|ied|ying)(?! out)|conve(?:y|ys|yed|ying)|mov(?:e|es|ed|ing)|pass(?:es|ed|ing)?|ships?|shipping|shipped)\b(?: \w+){0,8} (?:through|across|via) (?!(?:an?|another|any|other|intermediar\w*|agents?|persons?|the agency)\b)\w+/,
  request:
    /\b(?:(?:express(?:ly)?|explicit(?:ly)?|specific(?:ally)?) (?:to )?(?:request\w*|ask\w*)|request\w* expressly|make an express request|makes an express request|making an express request)\b/,
  seize: /\b(?:seiz\w*|detain\w*|remov\w*|take possession|takes possession|immobilis\w*|immobiliz\w*|confiscat\w*)\b/,
  forfeit: /\bforfeit\w*\b/,
  destroy: /\b(?:destroy\w*|destruction|render\w* harmless|make safe|disposal|dispose of)\b/
} as const;

/** The names an act goes by in reasons. */
export type ActName = keyof typeof ACTS;

/** Objects a provision can be about. */
export const OBJECTS = {
  cm: /\b(?:cluster munitions?|prohibited munitions?|explosive bomblets?|explosive submunitions?|cluster bombs?|submunitions?|bomblets?|relevant munitions?|prohibited weapons?)\b/,
  cmOnly: /\b(?:cluster munitions?|explosive bomblets?|explosive submunitions?|cluster bombs?|submunitions?|bomblets?)\b/,
  mine: /\b(?:anti ?personnel mines?|landmines?|land mines?|mines?)\b/,
  otherWeapon:
    /\b(?:chemical weapons?|biological (?:weapons?|agents?)|toxin weapons?|nuclear (?:weapons?|explosive devices?)|anti ?personnel mines?|landmines?|toxic chemicals?)\b/,
  funds: /\b(?:funds?|moneys?|monies|assets|shares|securities|loans?|financial)\b/,
  information: /\b(?:information|documents?|records?|particulars|returns?)\b/,
  goods: /\b(?:goods|chattels|movable property|distress)\b/
} as const;

/** Who a provision binds or empowers. */
export const BINDERS = {
  anyPerson: /\b(?:a person|any person|every person|no person|whoever|everyone|any individual|another person|the person)\b/,
  forces:
    /\b(?:armed forces|defence forces?|defence force|members? of the (?:armed|defence|military)|military personnel|canadian forces|australian defence force|adf member)\b/,
  bodyCorporate:
    /\b(?:bod(?:y|ies) corporate|compan(?:y|ies)|corporations?|legal (?:persons?|entit(?:y|ies))|body incorporated|incorporated|organi[sz]ations?|unincorporated bod(?:y|ies)|partnerships?)\b/,
  official:
    /\b(?:minister|secretary of state|secretary|officer|constable|police|court|governor(?: general)?|authority|attorney general|director|commissioner|inspector|chief of (?:the )?(?:defence|general) staff|customs)\b/
} as const;

/** Role markers, read on a provision's own normalised words. */
export const ROLE = {
  placeholder:
    /^ \W*(?:repealed|revoked|spent|omitted|not reproduced|reserved|deleted|intentionally left blank|text not (?:available|reconstructed|reproduced|shown)|not reconstructed|provision not in force)(?: \w+){0,8} $/,
  definition:
    /^ (?:\(?\w{1,4}\)? )?(?:in this (?:act|part|section|subdivision|division|schedule|chapter)\b|[a-z]+(?: [a-z]+){0,5} (?:means|includes|has the (?:same )?meaning|does not include)\b)/,
  defence:
    /\b(?:it (?:is|shall be) a (?:defence|good defence)|(?:is|shall be) a defence|a defence (?:for|to|that)|defence to (?:a )?(?:charge|prosecution|proceedings))\b/,
  exception:
    /\b(?:does not commit an offence|do not commit an offence|shall not be guilty|is not guilty|are not guilty|not guilty of an offence|is not an offence|are not an offence|shall not constitute an offence|does not constitute an offence|does not apply|do not apply|shall not apply|is not to apply|does not prohibit|do not prohibit|is not prohibited|are not prohibited|shall not be prohibited|may lawfully|is lawful|are lawful|shall be lawful|it is lawful|it shall be lawful|nothing in (?:this|that|the preceding|any) (?:act|part|section|subsection|division|subdivision)\b(?: \w+){0,12} (?:prohibits|prohibit|applies|apply|makes|make|renders|authori[sz]es|prevents|affects|is to be taken)|nothing in section(?: \w+){1,14} (?:prohibits|applies|makes|renders|prevents|affects)|is exempt\w*|are exempt\w*|exempted from|by way of exception|not be an offence|not be guilty|no offence is committed|not be (?:taken|treated|regarded|deemed) (?:to|as) (?:have )?(?:commit\w*|contraven\w*|guilty)|(?:does|do|shall|will) not contravene|is not (?:in )?(?:a )?contravention|notwithstanding (?:section|subsection|anything in)\b(?: \w+){0,24} may(?! not))\b/,
  // "shall not exceed", "must not be more than": a limit (a cap on a permission), not a prohibition.
  offence:
    /(?<!\b(?:not|never|does not|do not) )\b(?:commits? (?:an offence|a felony|a misdemeanou?r|a crime)|commit an offence|commits? the offence (?:in|specified in|described in|set out in|referred to in|under|mentioned in)|guilty of an offence|is guilty of|shall be guilty|deemed to be guilty|is an offence|it is (?:also )?an offence|offence to|no person (?:shall|may|must)|no (?:\w+ ){1,3}(?:may|shall|must) (?!be )|(?<!^ (?:\w{1,4} )?(?:subsection|section|paragraph|article|regulation|part|this act|this section|this part)(?: \w{1,4}){0,3} )(?:shall|must|may) not(?! (?:exceed|be (?:more|greater|less|fewer|longer|shorter|higher|lower) than|be exceeded))|is prohibited|are prohibited|is forbidden|are forbidden|whoever(?: \w+){1,60} (?:shall be punish\w*|is punishable|shall be liable|is liable))\b/,
  penalty:
    /\b(?:liable on (?:summary |indictment )?conviction|liable to (?:a )?(?:fine|imprisonment|penalty|penal servitude)|(?:is|are|and|be) liable(?! (?:for|in) (?:damages|compensation|costs)| to (?:confiscation|forfeiture|seizure|destruction|be)\b)|punishable|shall be punish\w*|penalty (?:for|of|not exceeding|is)|penalty imprisonment|penalty a fine|maximum penalty)\b/,
  power:
    /\b(?:may(?: by (?:written )?(?:notice|order|regulation|warrant|instrument)| in writing| at any time| without (?:a )?warrant)?(?: \w+){0,3} (?:require|seize|detain|remove|enter|search|inspect|destroy|authori[sz]e|permit|grant|issue|make regulations|prescribe|designate|direct|order|request|take)|may make regulations|may by order|power to|is empowered|may exercise)\b/,
  application:
    /\b(?:this (?:act|part|division|subdivision|section) (?:also )?(?:applies|extends|has effect)|applies (?:also )?to (?:any )?(?:acts?|conduct|offences?|things?)|extends to|binds the crown|extraterritorial|extra territorial|outside (?:the )?\w+|extended geographical jurisdiction|jurisdiction to (?:try|hear)|have jurisdiction|has jurisdiction)\b/,
  procedure:
    /\b(?:proceedings|prosecution|prosecuted|consent of the (?:attorney|director)|information (?:may be |shall be |is )?laid|laid before|summons|warrant (?:may|shall) (?:be )?issue|burden of proof|evidential burden|evidence|time limit|limitation period|trial)\b/,
  duty: /\b(?:shall|must|is to|are to|has a duty|duty to|is required to|are required to|responsible for|has the (?:following )?functions?|functions? (?:of (?:the|a) \w+(?: \w+)? )?(?:are|is|include))\b/,
  purpose:
    /\b(?:the purposes? of this (?:act|part|division|subdivision) (?:is|are)|the objects? of this (?:act|part) (?:is|are)|this act is to implement)\b/
} as const;

/** Headings that say what a section does, for blocks whose own words do not. */
export const HEADING_ROLE = {
  definition: /\b(?:interpretation|definitions?|meaning of)\b/,
  purpose: /^ (?:(?:the )?purposes?|objects?|objectives?|aims?)(?: (?:and \w+ )?of (?:this )?(?:act|part|subdivision|division|subpart))? $/,
  exception:
    /\b(?:exceptions?|exemptions?|permitted (?:conduct|acts?)|legality of acts|lawful (?:acts?|conduct)|saving|savings|military (?:co ?operation|operations?)|interoperability|international military|visiting forces|authori[sz]ed|permission|enabling destruction|other purposes permitted)\b/,
  defence: /\b(?:defences?|defence of)\b(?! forces?\b)/,
  offence: /\b(?:offences?|prohibitions?|prohibited (?:conduct|acts?|activities)|prohibition)\b/,
  penalty: /\b(?:penalt(?:y|ies)|punishment|sentenc\w*)\b/,
  application: /\b(?:application|applies|jurisdiction|extra ?territorial|extent|act binds)\b/,
  procedure: /\b(?:proceedings|prosecutions?|consent|evidence|burden)\b/,
  power: /\b(?:powers?|seizure|forfeiture|search|entry|regulations|information|notices?)\b/
} as const;

/** Other concept words detectors share. */
export const W = {
  anyone:
    /\b(?:directly or indirectly|to anyone|to any person|any other person|another person|to any state|any (?:other )?(?:state|entity|group))\b/,
  intent: /\b(?:intend\w*|intention\w*|intentional\w*|knowing(?:ly)?|with the purpose)\b/,
  investTarget:
    /\b(?:develop\w*|produc\w*|manufactur\w*|munitions? compan\w*|munitions? producers?|cluster munitions? (?:producer|manufacturer)s?)\b/,
  publicMoney:
    /\b(?:public (?:money|moneys|monies|funds?)|state funds?|government funds?|moneys provided by|sovereign (?:wealth )?fund|public pension|central fund|investors? of public)\b/,
  customs: /\b(?:customs|border)\b/,
  importExport: /\b(?:import\w*|export\w*)\b/,
  foreign:
    /\b(?:foreign (?:state|states|government|governments|forces|armed forces|military|country|countries)|visiting forces?|another state|other states?|states? not part\w*|not a party|any other state|(?:a|any) state other than)\b/,
  store: /\b(?:stockpil\w*|stor(?:e|es|ed|ing|age)|station\w*|possess\w*|possession|keep\w*|retain\w*|held|hold\w*|deploy\w*)\b/,
  territory:
    /\b(?:territory|territorial|in the state|within the state|on the soil|in (?:the )?(?:country|republic|kingdom|islands?)|in \w+ land)\b/,
  joint:
    /\b(?:military (?:co ?operation|operations?|activities|activity|exercises?)|operations exercises|international military|combined (?:military )?operations?|joint (?:military )?operations?|multinational operations?|operations with|exercises or other military|in the course of (?:military|an? (?:international|multinational)))\b/,
  nonParty:
    /\b(?:not (?:a )?part(?:y|ies) to|non part(?:y|ies)|states? not part\w*|not party|state that is not|countries not part\w*|not a state party|non state part(?:y|ies))\b/,
  exclusiveControl: /\b(?:exclusive(?:ly)? (?:control|within)|within the exclusive|solely within|exclusive control)\b/,
  limit:
    /\b(?:unless|except|other than|provided (?:always )?that|on condition that|so long as|does not apply to|does not extend to|not authori[sz]es?|does not authori[sz]e|does not permit|not permit|nothing in this (?:section|subsection) (?:authori[sz]es|permits)|does not include|excluding|if (?:\w+ ){1,3}(?:does|do|did) not)\b/,
  bomblet: /\b(?:explosive bomblets?|dispensers? affixed to (?:an )?aircraft)\b/,
  officer:
    /\b(?:directors?|managers?|secretar(?:y|ies)|officers? of (?:the|a) (?:body|company|corporation)|concerned in the management|similar officer|officer of (?:the )?(?:body|company|corporation)|partners?|in charge of(?: \w+){0,3} (?:the )?(?:company|business)|responsible to the company)\b/,
  abroad:
    /\b(?:outside (?:of )?(?:the )?\w+|abroad|elsewhere|extra ?territorial\w*|extended geographical jurisdiction|beyond the territory|wherever (?:committed|done)|whether (?:in|within) or outside)\b/,
  citizen: /\b(?:citizens?|nationals?)\b/,
  resident: /\b(?:residents?|ordinarily resident|domiciled)\b/,
  category: /\bcategory [a-d]\b|\bextended geographical jurisdiction\b/,
  purposeTraining:
    /\b(?:training|train|detection|detecting|clearance|clearing|destruction|destroying|development of) (?:\w+ ){0,5}techniques?\b|\btechniques? (?:\w+ ){0,5}(?:detection|detecting|clearance|clearing|destruction|destroying)\b|\bcounter ?measures?\b|\btraining in\b/,
  authorise:
    /\b(?:authoris\w*|authoriz\w*|(?:written|under the) authority|authority (?:in writing|of the minister)|permission|permit\w*|licen[cs]\w*|written notice|in writing|by notice|approv\w*|warrant)\b/,
  cap: /\b(?:specified number|limited number|minimum number|absolutely necessary|number (?:\w+ ){0,6}necessary|specified quantit\w*)\b/,
  requireInfo: /\b(?:requir\w*|request\w*|obtain\w*|call for|furnish|supply|produce|provide|give)\b/,
  sanctionInfo:
    /\b(?:fails? (?:\w+ ){0,4}to comply|failure to comply|false or misleading|false statement|misleading|refuses? to (?:give|provide|supply|furnish))\b/,
  stockRef:
    /\b(?:stockpil\w*|stocks?|held by (?:the )?(?:state|crown|armed|defence|government|military)|armed forces|defence forces?|article 3|all cluster munitions|every cluster munition|(?:under|within) (?:its|the state s|the|their) (?:jurisdiction|control)|jurisdiction or control)\b/,
  deadline:
    /\b(?:\d+ years?|(?:eight|ten|eighteen|four|five) years?|article [34]|deadline|no later than|not later than|before the (?:\w+ ){0,3}anniversary)\b/,
  clearance: /\b(?:clear(?:ed|ing|ance)?|mark\w*|fenc\w*|survey\w*|risk (?:reduction )?education)\b/,
  area: /\b(?:remnants?|contaminated|contamination)\b/,
  victim: /\bvictims?\b/,
  care: /\b(?:assist\w*|care|rehabilitat\w*|support\w*|inclusion|services?|compensat\w*)\b/,
  cooperation:
    /\b(?:international co ?operation|co ?operat\w* (?:with|and)|assistance to (?:other )?(?:states|countries)|article 6|technical (?:material|financial))\b/,
  report: /\breport\w*\b/,
  reportTo: /\b(?:article 7|secretary general|united nations|transparency|convention)\b/,
  promote: /\b(?:promot\w*|encourag\w*|notif\w*|universal\w*|adhere\w*|adherence|accede|accession|ratif\w*|discourag\w*)\b/,
  imprisonment: /\b(?:imprisonment|imprisoned|penal servitude|custod\w*|jail|gaol)\b/,
  fine: /\b(?:fine|fines|penalty units?|monetary penalty)\b/,
  definitionCm:
    /\bcluster munitions?\b(?: \w+){0,3} (?:means|has the (?:same )?meaning|includes)\b|\bmeaning of cluster munitions?\b|\bcluster munition has\b/,
  personIncludes:
    /\bperson\b(?: \w+){0,3} (?:includes|including|means|shall include)\b(?: \w+){0,12} (?:bod(?:y|ies) corporate|compan(?:y|ies)|corporations?|organi[sz]ations?|legal persons?|entit(?:y|ies)|association)/,
  separate: /\bseparat\w*\b/,
  passiveUse: /\b(?:be|been|being|is|are|was|were|for|of|to be) used?\b|\bfor use\b|\bin use\b|\bused (?:in|for|by)\b/
} as const;

/**
 * What a section whose text is not available could hold, read from its own
 * heading (and, for a fragment, from the words that survive: "“vessel” [text
 * not available]"): a section headed "Offences" could hold any prohibition,
 * its penalties, corporate and extraterritorial reach; "Interpretation" the
 * definitions that bring in bomblets or bodies corporate; "Legality of
 * acts" the exceptions (retention, joint operations); "Request for
 * information" the information powers and reporting. Such a component is
 * "cannot tell", not absent.
 */
const OFFENCES = String.raw`offences?|prohibit\w*|prohibited|punishments?|illegal|unlawful`;
const PERMISSIONS = 'exceptions?|exemptions?|legality|lawful|permitted|permission|saving';
const hint = (...words: string[]): RegExp => new RegExp(String.raw`\b(?:${words.join('|')})\b`);
export const PLACEHOLDER_HINTS: Record<string, RegExp> = {
  use: hint(OFFENCES, 'use'),
  develop_produce_acquire: hint(OFFENCES, String.raw`develop\w*`, String.raw`produc\w*`, String.raw`acqui\w*`),
  stockpile_retain: hint(OFFENCES, String.raw`stockpil\w*`, String.raw`possess\w*`, String.raw`retain\w*`),
  transfer: hint(OFFENCES, String.raw`transfer\w*`),
  assist_encourage_induce: hint(OFFENCES, String.raw`assist\w*`, String.raw`encourag\w*`, String.raw`induc\w*`, String.raw`abet\w*`),
  penal_sanctions: hint(OFFENCES, String.raw`penalt\w*`, String.raw`punish\w*`, String.raw`sentenc\w*`),
  investment: hint(OFFENCES, String.raw`invest\w*`, String.raw`financ\w*`, 'funds?'),
  transit: hint(OFFENCES, 'transit', String.raw`transport\w*`, 'customs', String.raw`import\w*`, String.raw`export\w*`),
  foreign_stockpiling: hint(OFFENCES, PERMISSIONS, 'foreign', 'visiting forces?', String.raw`stockpil\w*`),
  joint_operations: hint(OFFENCES, PERMISSIONS, 'military', 'operations?', String.raw`interoperab\w*`, 'co ?operation with', 'defences?'),
  explosive_bomblets: hint('bomblets?', 'submunitions?', 'interpretation', 'definitions?', 'meaning', 'application', 'applies'),
  corporate_liability: hint(
    OFFENCES,
    String.raw`penalt\w*`,
    'bod(?:y|ies) corporate',
    String.raw`corporat\w*`,
    String.raw`compan\w*`,
    'directors?',
    'officers?',
    'interpretation',
    'definitions?'
  ),
  extraterritorial: hint(OFFENCES, String.raw`extra ?territorial\w*`, 'outside', 'application', 'jurisdiction', 'extent'),
  retention_authorised: hint(PERMISSIONS, 'retention', String.raw`retain\w*`, String.raw`authori[sz]\w*`, 'training'),
  information_powers: hint('information', 'records?', 'documents?', 'returns?'),
  seizure_destruction: hint(OFFENCES, String.raw`seiz\w*`, String.raw`forfeit\w*`, 'destruction', 'enforcement', 'search', 'entry'),
  stockpile_destruction: hint(String.raw`stockpil\w*`, 'destruction', String.raw`destroy\w*`),
  clearance: hint('clearance', 'remnants?', String.raw`contaminat\w*`),
  victim_assistance: hint('victims?'),
  cooperation: hint('co ?operation', 'assistance'),
  transparency: hint(String.raw`report\w*`, 'transparency', 'information', 'national authority', 'functions'),
  universalisation: hint(String.raw`universal\w*`, String.raw`states not part\w*`, String.raw`promot\w*`, 'national authority'),
  // Convention-view concepts: the definition of cluster munition.
  definition: hint('interpretation', 'definitions?', 'meaning of')
};
