/** Wording shared by the Markdown and HTML renderings. */
import type {Change, CompareResult, SectionRef} from './compare.js';

/** `s 5 Offences` (label plus heading). */
export function refName(ref: SectionRef): string {
  return ref.heading ? `${ref.label} ${ref.heading}` : ref.label;
}

/** Several refs as one name: `s 5 Offences + s 5A Offences: investment`; `—` for none. */
export function refsName(refs: readonly SectionRef[]): string {
  return refs.length === 0 ? '—' : refs.map(refName).join(' + ');
}

/** `modified, moved, renumbered`: the kind plus the flags it does not already say. */
export function kindText(change: Change): string {
  const parts: string[] = [change.kind];
  if (change.moved && change.kind !== 'moved') parts.push('moved');
  if (change.renumbered && change.kind !== 'renumbered') parts.push('renumbered');
  if (change.headingChanged) parts.push('heading changed');
  return parts.join(', ');
}

/** The changes worth showing one by one (everything but unchanged). */
export function shownChanges(result: CompareResult): Change[] {
  return result.changes.filter((c) => c.kind !== 'unchanged');
}

/** `Base → Other` title of one change. */
export function changeTitle(change: Change): string {
  if (change.kind === 'added') return refsName(change.other);
  if (change.kind === 'removed') return refsName(change.base);
  const before = refsName(change.base);
  const after = refsName(change.other);
  return before === after ? before : `${before} → ${after}`;
}

/** One line saying what the side is. */
export function sideText(side: CompareResult['base']): string {
  const counts = `${side.sections} section${side.sections === 1 ? '' : 's'}${side.schedules ? `, ${side.schedules} schedule${side.schedules === 1 ? '' : 's'}` : ''}`;
  return `${side.title || '(untitled)'} (${counts})`;
}
