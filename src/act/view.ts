/** The flat view of a Bill (see `types.ts`). */
import type {Bill, Provision as BillProvision, SourcePoint} from '../bill/model.js';
import {allSections} from '../bill/model.js';
import type {ActDocument, ActSchedule, ActSection, Provision} from './types.js';

const ORIGIN: SourcePoint = {line: 1, column: 1, offset: 0};

/**
 * Labelled provisions of a tree, depth first, with their own text. An
 * unlabelled block (a definition) continues the labelled provision before it
 * at the same level (`(1) In this Act— **term** means …`), as a reader of
 * the flat list expects.
 */
function flatProvisions(list: readonly BillProvision[], out: Provision[] = []): Provision[] {
  let sibling: Provision | undefined;
  for (const p of list) {
    if (p.kind !== 'text') {
      sibling = {
        label: p.num,
        path: p.path,
        text: p.block.text,
        start: p.position?.start ?? ORIGIN,
        end: p.position?.end ?? ORIGIN
      };
      out.push(sibling);
    } else if (sibling) {
      sibling.text = `${sibling.text} ${p.block.text}`.trim();
      // Paragraphs under the block belong to the provision it continues.
      const before = out.length;
      flatProvisions(p.children, out);
      for (const child of out.slice(before)) child.path = [...sibling.path, ...child.path];
      continue;
    }
    flatProvisions(p.children, out);
  }
  return out;
}

/** The flat view of a Bill: sections in order, schedules, the preamble as one text. */
export function flatView(bill: Bill): ActDocument {
  const sections: ActSection[] = allSections(bill).map((s) => {
    let provisions: Provision[] | undefined;
    // Text and provisions are read when first asked for: a lazily read section reads its body only then.
    // Accessors in the literal, not Object.defineProperty, which would put each of 1,000 views in
    // dictionary mode (slow to make and to read).
    return {
      number: s.number,
      heading: s.heading,
      containers: s.containers,
      get text() {
        return s.text;
      },
      raw: s.raw ?? '',
      get provisions() {
        provisions ??= flatProvisions(s.children);
        return provisions;
      },
      set provisions(list: Provision[]) {
        provisions = list;
      },
      start: s.position?.start ?? ORIGIN,
      end: s.position?.end ?? ORIGIN,
      clauseId: s.origin?.clauseId,
      source: s
    };
  });
  const schedules: ActSchedule[] = bill.schedules.map((s) => ({
    number: s.number,
    heading: s.heading,
    text: s.text,
    raw: s.raw ?? '',
    start: s.position?.start ?? ORIGIN,
    end: s.position?.end ?? ORIGIN
  }));
  const front = [bill.longTitle, bill.enactingFormula, ...bill.preamble].filter((b) => b !== undefined);
  front.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  const preamble = front
    .map((b) => b.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return {path: bill.path, title: bill.title.text, preamble, sections, schedules, messages: bill.messages, bill};
}
