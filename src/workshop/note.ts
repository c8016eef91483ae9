/**
 * The explanatory note of a participant whose draft was edited by hand.
 *
 * The note is derived from the bill the tool built (src/export/explanatory-note.ts):
 * it cannot speak for words a person changed afterwards. So for an edited
 * draft the workshop writes the note of the bill as built, under a notice
 * that says so and names every hand-edited section; and when the bill as
 * built is not at hand (the answers changed after the draft was made), a
 * short text saying why there is no note. Built as mdast: names are text.
 */
import type {RootContent} from 'mdast';
import {blockquote, bulletList, code, heading, paragraph, stringifyMarkdown, strong} from '../report/markdown.js';
import {describeEdit, type HandEdit} from './hand-edits.js';

/** The notice above the note of the bill as built. */
export function editedNoteNotice(draftName: string, answersName: string, buildId: string, edits: readonly HandEdit[]): string {
  const out: RootContent[] = [
    blockquote(
      paragraph(
        strong('Read with the hand edits.'),
        ' This note is written for the bill as built from ',
        code(answersName),
        ` (build ${buildId}). `,
        code(draftName),
        ' was edited by hand after that build; the note does not describe these changes, and what it says of these sections is said of them as built:'
      ),
      bulletList(edits.map((e) => [describeEdit(e)]))
    )
  ];
  return stringifyMarkdown(out);
}

/** The note's place when no note can be written for the draft. */
export function noNoteText(draftName: string, answersName: string, edits: readonly HandEdit[]): string {
  return stringifyMarkdown([
    heading(1, 'Explanatory note: not written'),
    paragraph(
      'The explanatory note is derived from the bill the tool builds. ',
      code(draftName),
      ' was edited by hand, and it was built from answers other than those ',
      code(answersName),
      ' gives now, so no note can be written that describes it. Build the draft again from the answers and make the hand edits again, or write the note by hand.'
    ),
    paragraph('Sections changed by hand:'),
    bulletList(edits.map((e) => [describeEdit(e)]))
  ]);
}
