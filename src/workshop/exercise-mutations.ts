/**
 * Spot-the-gap exercises: the catalogue of planted gaps, each a small
 * registered function. A gap is either a part of the model the exercise
 * bill is built without (its answers decide against it, so the bill is
 * numbered and cross-referenced as a real one would be), or a near miss
 * written into one provision of the built bill: wording close to the
 * model's that does less than the Convention asks.
 *
 * Each gap names the strength component it weakens: the tool's own gap
 * analysis (`gapReportForText`) must rate that component lower in the
 * exercise than in the same bill without the gap. The tests check it for
 * every gap; a gap the analysis cannot see (a fault element dropped, the
 * words "directly or indirectly" alone) is not in the catalogue, because
 * the answer key could not be checked with `ccm-draft gap`.
 *
 * Text edits find their provision through the build record (the clause's
 * citation), never by its number in a particular bill; when the model's
 * wording changes so that an edit no longer applies, the edit throws
 * rather than plant nothing.
 */
import type {BuildRecord} from '../bill/record.js';
import type {ComponentId} from '../gap/catalogue.js';

/** The lines of a bill, and the provision a citation names in them. */
interface Located {
  lines: string[];
  /** Index of the provision's first line (`(d) transfers …`). */
  index: number;
}

/** What a planted gap changed, for the answer key. */
export interface Planted {
  /** Where it is in the exercise bill (`s 10(1)(d)`), or where it was in the model's bill (`s 12`, removed). */
  where: string;
  /** The text as the exercise bill prints it ('' when removed). */
  now: string;
  /** The text the model would print there. */
  model: string;
}

/** A planted gap. */
export interface GapKind {
  id: string;
  /** The component it weakens (the gap analysis must rate it lower). */
  component: ComponentId;
  /** `removed`: a part of the model left out; `near-miss`: a provision reworded to do less. */
  kind: 'removed' | 'near-miss';
  /** What was done, for the key ("The transfer offence narrowed to sale and export"). */
  title: string;
  /** Why it matters, in a sentence or two of the project's own words. */
  why: string;
  /** Checklist items the bill must provide for the gap to be planted (their answers are `act`). */
  needs?: string[] | undefined;
  /** A removal: the checklist item whose answer leaves the part out, and the model clause that goes. */
  leaveOut?: {item: string; clause: string} | undefined;
  /** A near miss: the section it edits (model clause id; two edits never share one) and the edit. */
  edit?: {section: string; apply: (markdown: string, record: BuildRecord) => {markdown: string; planted: Planted}} | undefined;
}

/** `section 10(1)(d)` → number `10`, labels `['1', 'd']`. */
function parseCitation(citation: string): {number: string; labels: string[]} {
  const m = /^section\s+([0-9]+[A-Z]*)((?:\([0-9A-Za-z]+\))*)$/.exec(citation.trim());
  if (!m) throw new Error(`exercise: unexpected citation "${citation}"`);
  return {number: m[1]!, labels: [...m[2]!.matchAll(/\(([0-9A-Za-z]+)\)/g)].map((x) => x[1]!)};
}

const labelOf = (line: string): string | undefined => /^\(([0-9]+[A-Z]*|[a-z]{1,4})\)\s/.exec(line)?.[1];
const isSubsection = (label: string) => /^[0-9]/.test(label);

/** Find the provision a citation names in a bill's lines (`### 10 …`, then `(1) …`, then `(d) …`). */
function locate(markdown: string, citation: string): Located {
  const {number, labels} = parseCitation(citation);
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`### ${number} `));
  if (start === -1) throw new Error(`exercise: no section ${number} in the bill`);
  let end = lines.findIndex((l, i) => i > start && /^#{2,3} /.test(l));
  if (end === -1) end = lines.length;
  let index = start;
  let from = start + 1;
  for (const [depth, label] of labels.entries()) {
    const found = lines.findIndex((l, i) => {
      if (i < from || i >= end) return false;
      const here = labelOf(l);
      return here === label && (depth === 0 ? isSubsection(here) : !isSubsection(here));
    });
    if (found === -1) throw new Error(`exercise: no ${citation} in the bill`);
    index = found;
    from = found + 1;
    // A paragraph is looked for before the next subsection only.
    const next = lines.findIndex((l, i) => i > found && i < end && isSubsection(labelOf(l) ?? 'x'));
    if (depth === 0 && next !== -1) end = next;
  }
  if (labels.length === 0) index = lines.findIndex((l, i) => i > start && l.trim() !== '');
  return {lines, index};
}

/** The citation of a clause in the record (throws when the bill does not print it). */
function citationOf(record: BuildRecord, clause: string): string {
  const c = record.citations[clause];
  if (!c) throw new Error(`exercise: the bill does not print clause ${clause}`);
  return c;
}

const short = (citation: string) => citation.replace(/^section /, 's ');

/** Replace a pattern in one provision's line; throws when the model's words are no longer there. */
function rewrite(markdown: string, citation: string, pattern: RegExp, replacement: string): {markdown: string; planted: Planted} {
  const {lines, index} = locate(markdown, citation);
  const before = lines[index]!;
  if (!pattern.test(before)) throw new Error(`exercise: the words of ${citation} have changed (${pattern} not found)`);
  const after = before.replace(pattern, replacement);
  lines[index] = after;
  return {markdown: lines.join('\n'), planted: {where: short(citation), now: after, model: before}};
}

/** The provision that sets the main individual penalty, found by its figures. */
function mainPenalty(record: BuildRecord): string {
  const p = record.penalties.find((x) => x.figures.some((f) => f.param === 'penalty.individual.prison_years'));
  if (!p) throw new Error('exercise: the bill prints no term of imprisonment for individuals');
  return p.citation;
}

/** The catalogue, in a fixed order (the seed picks from it). */
export const GAP_KINDS: readonly GapKind[] = [
  {
    id: 'use-dropped',
    component: 'use',
    kind: 'near-miss',
    title: 'The offence of using a cluster munition is missing from the list of offences',
    why: 'Use is the first thing Article 1(1)(a) forbids, "never under any circumstances". Without the offence, a person who fires or drops a cluster munition commits no offence under the Act.',
    edit: {
      section: 's-offences',
      apply(markdown, record) {
        const citation = citationOf(record, 'offence-use');
        const {lines, index} = locate(markdown, citation);
        const removed = lines[index]!;
        if (!/\buses a cluster munition\b/.test(removed)) throw new Error('exercise: the words of the use offence have changed');
        // Take the paragraph out and letter the rest again, as a drafter would.
        lines.splice(index, lines[index + 1] === '' ? 2 : 1);
        const letters = 'abcdefghijklmnopqrstuvwxyz';
        for (let i = index, n = letters.indexOf(labelOf(removed)!); i < lines.length; i++) {
          if (/^#/.test(lines[i]!)) break;
          const label = labelOf(lines[i]!);
          if (label === undefined) continue;
          if (isSubsection(label)) break;
          lines[i] = lines[i]!.replace(/^\([a-z]+\)/, `(${letters[n++]})`);
        }
        return {markdown: lines.join('\n'), planted: {where: short(citation), now: '', model: removed}};
      }
    }
  },
  {
    id: 'acquire-dropped',
    component: 'develop_produce_acquire',
    kind: 'near-miss',
    title: 'Acquiring is no longer an offence: only developing and producing are',
    why: 'Article 1(1)(b) forbids acquiring cluster munitions "otherwise" as well as developing and producing them: buying one, receiving one as a gift or taking one as war booty would escape.',
    edit: {
      section: 's-offences',
      apply: (markdown, record) =>
        rewrite(markdown, citationOf(record, 'offence-develop'), /develops, produces or otherwise acquires/, 'develops or produces')
    }
  },
  {
    id: 'transfer-narrowed',
    component: 'transfer',
    kind: 'near-miss',
    title: 'The transfer offence is narrowed to selling and exporting, and "to anyone" is gone',
    why: 'Article 1(1)(b) forbids transferring cluster munitions "to anyone, directly or indirectly". Selling and exporting leave out gifts, loans, barter, transfers through an intermediary and handing over within the territory.',
    edit: {
      section: 's-offences',
      apply: (markdown, record) =>
        rewrite(
          markdown,
          citationOf(record, 'offence-transfer'),
          /transfers a cluster munition to anyone/,
          'sells or exports a cluster munition'
        )
    }
  },
  {
    id: 'assistance-intent',
    component: 'assist_encourage_induce',
    kind: 'near-miss',
    title: 'Assisting, encouraging or inducing is an offence only with intent that the other person act, and no longer "in any way"',
    why: 'Article 1(1)(c) forbids assisting, encouraging or inducing anyone to engage in prohibited activity. Requiring proof that the helper intended the other person to act lets financiers, brokers and suppliers who merely know what their help is for escape.',
    edit: {
      section: 's-assistance',
      apply: (markdown, record) =>
        rewrite(
          markdown,
          citationOf(record, 'offence-assist'),
          /who, in any way, assists, encourages or induces another person to engage in conduct that:/,
          'who assists, encourages or induces another person, intending that the other person engage in conduct that:'
        )
    }
  },
  {
    id: 'fines-only',
    component: 'penal_sanctions',
    kind: 'near-miss',
    title: 'The penalty for individuals is a fine only: imprisonment is gone',
    why: 'Article 9 asks for penal sanctions that prevent and suppress prohibited activity. A fine alone puts the offences among regulatory breaches, and a company can price it in as a cost of business.',
    edit: {
      section: 's-penalties',
      apply: (markdown, record) =>
        rewrite(
          markdown,
          mainPenalty(record),
          /imprisonment for a term not exceeding [^,]+, or to (a fine not exceeding .+?), or to both/,
          '$1'
        )
    }
  },
  {
    id: 'prison-cut',
    component: 'penal_sanctions',
    kind: 'near-miss',
    title: 'The maximum term of imprisonment is cut to 2 years',
    why: 'Two years is the range of regulatory offences (the model keeps it for the information offences). Comparable weapons laws set 7 to 14 years (New Zealand 7, the United Kingdom 14), and Article 9 asks for sanctions that suppress the conduct.',
    edit: {
      section: 's-penalties',
      apply: (markdown, record) =>
        rewrite(
          markdown,
          mainPenalty(record),
          /imprisonment for a term not exceeding \d+ years/,
          'imprisonment for a term not exceeding 2 years'
        )
    }
  },
  {
    id: 'abroad-citizens-only',
    component: 'extraterritorial',
    kind: 'near-miss',
    title: 'Conduct abroad is an offence only for citizens: residents, companies and the armed forces abroad are not reached',
    why: 'The Convention binds the State "never under any circumstances", and Article 9 reaches persons under its jurisdiction or control. A company incorporated in the State, a resident or a member of the armed forces could do abroad what is an offence at home.',
    edit: {
      section: 's-application',
      apply(markdown, record) {
        const citation = citationOf(record, 'application-abroad');
        const {lines, index} = locate(markdown, citation);
        const lead = lines[index]!;
        if (!/ by:$/.test(lead)) throw new Error('exercise: the words of the extraterritorial provision have changed');
        // The paragraphs under it, up to the next subsection.
        let end = index + 1;
        const paragraphs: string[] = [];
        while (end < lines.length && !isSubsection(labelOf(lines[end]!) ?? 'x') && !/^#/.test(lines[end]!)) {
          if (lines[end]!.trim()) paragraphs.push(lines[end]!);
          end++;
        }
        const citizen = /^\(a\) (a citizen of .+?);$/.exec(paragraphs[0] ?? '')?.[1];
        if (!citizen) throw new Error('exercise: the extraterritorial provision no longer starts with citizens');
        const now = lead.replace(/ by:$/, ` by ${citizen}.`);
        lines.splice(index, end - index, now, '');
        return {
          markdown: lines.join('\n'),
          planted: {where: short(citation), now, model: [lead, ...paragraphs].join(' ')}
        };
      }
    }
  },
  {
    id: 'retention-uncapped',
    component: 'retention_authorised',
    kind: 'near-miss',
    title:
      'Retention may be authorised for any number the Minister thinks fit: no specified number, no "minimum number absolutely necessary"',
    why: 'Article 3(6) allows a State to keep only a limited number, not above the minimum number absolutely necessary for training and techniques. Without the cap, stocks can be kept under the name of training.',
    needs: ['retention'],
    edit: {
      section: 's-retention',
      apply(markdown, record) {
        let text = markdown;
        const first = rewrite(
          text,
          citationOf(record, 'retention-authorisation'),
          / a specified number of cluster munitions/,
          ' cluster munitions'
        );
        text = first.markdown;
        const transfer = record.citations['retention-transfer'];
        if (transfer)
          text = rewrite(text, transfer, /transfer a specified number of cluster munitions/, 'transfer cluster munitions').markdown;
        const cap = rewrite(
          text,
          citationOf(record, 'retention-minimum'),
          /^\((\d+)\) .*$/,
          '($1) An authorisation under subsection (1) may be given for such number of cluster munitions and explosive submunitions as the Minister thinks fit.'
        );
        return {
          markdown: cap.markdown,
          planted: {where: short(citationOf(record, 'retention-minimum')), now: cap.planted.now, model: cap.planted.model}
        };
      }
    }
  },
  {
    id: 'investment-removed',
    component: 'investment',
    kind: 'removed',
    title: 'The investment offence is gone',
    why: 'Investing in producers is the form of assistance (Article 1(1)(c)) that the Cluster Munition Coalition and many States Parties read into the Convention. Without the offence, money from the State can still flow to producers of cluster munitions.',
    needs: ['investment'],
    leaveOut: {item: 'investment', clause: 's-investment'}
  },
  {
    id: 'transit-removed',
    component: 'transit',
    kind: 'removed',
    title: 'The prohibition of transit is gone',
    why: "The Convention's bans on transfer and on assistance (Article 1(1)(b)–(c)) are read by most States Parties to cover transit. Import and export controls alone do not stop cluster munitions of another State passing through the territory, its ports or its airspace.",
    needs: ['transit'],
    leaveOut: {item: 'transit', clause: 's-transit'}
  },
  {
    id: 'foreign-stockpiling-removed',
    component: 'foreign_stockpiling',
    kind: 'removed',
    title: 'The offence of stockpiling for foreign States is gone',
    why: 'A State Party may not let cluster munitions be stockpiled on its territory, by anyone (Article 1(1)(b)–(c)). The general possession offence still applies, but without an express rule an agreement on visiting forces can be read as an exception.',
    needs: ['foreign-stockpiling'],
    leaveOut: {item: 'foreign-stockpiling', clause: 's-foreign-stockpiling'}
  },
  {
    id: 'corporate-liability-removed',
    component: 'corporate_liability',
    kind: 'removed',
    title: 'The liability of bodies corporate and their officers is gone',
    why: "Article 9 asks for measures against prohibited activity by anyone under the State's jurisdiction. Without rules that attribute conduct to a company and make its directors liable when they consent to it or fail to stop it, those who decide escape.",
    needs: ['corporate-liability'],
    leaveOut: {item: 'corporate-liability', clause: 's-corporate-liability'}
  }
];
