/** Test helpers: assemble in memory from texts, no I/O beyond fixtures. */
import {parseAnswers} from '../../src/answers/file.js';
import {parseProfile} from '../../src/answers/profile.js';
import {assembleDraft, type Draft} from '../../src/assemble/index.js';
import {parseChecklist} from '../../src/checklist/load.js';
import {parseModel} from '../../src/model/parse.js';
import {formatDiagnostic, InputError} from '../../src/util/diagnostics.js';

/** A minimal checklist for unit fixtures: one item with a switch. */
export const tinyChecklist = `schema: 1
id: tiny
title: Tiny checklist
items:
  - id: extra
    title: Extra provisions
    kind: policy
    explanation: Whether to include the extra provisions.
    switch: extra.include
`;

/** A minimal profile for unit fixtures. */
export const tinyProfile = `schema: 1
id: tiny
name: Tiny State
locale:
  date_format: D MMMM YYYY
  currency: {code: TST, symbol: "T$"}
params: {}
`;

/** Assemble a model text with answers; returns the draft or the formatted error messages. */
export function assembleTexts(
  model: string,
  answers: string,
  options: {checklist?: string; profile?: string} = {}
): {draft?: Draft; errors?: string} {
  try {
    const draft = assembleDraft({
      model: parseModel(model, 'model.md'),
      checklist: parseChecklist(options.checklist ?? tinyChecklist, 'checklist.yaml'),
      profile: parseProfile(options.profile ?? tinyProfile, 'profile.yaml'),
      answers: parseAnswers(answers, 'answers.yaml')
    });
    return {draft};
  } catch (error) {
    if (error instanceof InputError) return {errors: error.messages.map(formatDiagnostic).join('\n')};
    throw error;
  }
}
