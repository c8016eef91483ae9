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

/** Where a view keeps its provisions once read (not enumerable: spreads and JSON see `provisions`). */
const PROVISIONS = Symbol('provisions');
type View = ActSection & {[PROVISIONS]?: Provision[]};

function setProvisions(view: View, list: Provision[]): void {
  Object.defineProperty(view, PROVISIONS, {value: list, writable: true, configurable: true});
}

/**
 * A view's `text` and `provisions`: own, enumerable accessors (spreads, JSON
 * and `Object.keys` see them as before) whose functions every view shares.
 * Accessors written in an object literal are new functions for each object,
 * which puts every one of 1,000 views in V8's slow dictionary mode (about
 * 1 KB each, slow to read); shared ones keep one compact shape for all.
 */
const VIEW_TEXT: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: View): string {
    return this.source?.text ?? '';
  }
};
const VIEW_PROVISIONS: PropertyDescriptor = {
  configurable: true,
  enumerable: true,
  get(this: View): Provision[] {
    let list = this[PROVISIONS];
    if (list === undefined) {
      list = flatProvisions(this.source?.children ?? []);
      setProvisions(this, list);
    }
    return list;
  },
  set(this: View, list: Provision[]): void {
    setProvisions(this, list);
  }
};

/** The flat view of a Bill: sections in order, schedules, the preamble as one text. */
export function flatView(bill: Bill): ActDocument {
  const sections: ActSection[] = allSections(bill).map((s) => {
    // Text and provisions are read when first asked for: a lazily read section reads its body only then.
    const view = {number: s.number, heading: s.heading, containers: s.containers} as ActSection;
    Object.defineProperty(view, 'text', VIEW_TEXT);
    view.raw = s.raw ?? '';
    Object.defineProperty(view, 'provisions', VIEW_PROVISIONS);
    view.start = s.position?.start ?? ORIGIN;
    view.end = s.position?.end ?? ORIGIN;
    view.clauseId = s.origin?.clauseId;
    view.source = s;
    return view;
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
