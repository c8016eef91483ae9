/** JSON rendering of a comparison (schema: schemas/compare.schema.json). */
import type {CompareResult} from './compare.js';

/** Render a comparison as pretty-printed JSON with a trailing newline. */
export function renderJson(result: CompareResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
