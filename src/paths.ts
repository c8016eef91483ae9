/**
 * Where the data folders live. This module sits directly in src/, and the
 * bundler puts every chunk directly in dist/, so `..` is the package root in
 * both; keep it that way (see scripts/build.mjs).
 */
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The package root: holds model-law/, checklists/, jurisdictions/, examples/. */
export const packageRoot: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The bundled model Act. */
export const defaultModelPath: string = path.join(packageRoot, 'model-law', 'cluster-munitions-act.md');

/** The bundled Article 9 checklist. */
export const defaultChecklistPath: string = path.join(packageRoot, 'checklists', 'article9.yaml');

/** The folder of bundled jurisdiction profiles. */
export const jurisdictionsDir: string = path.join(packageRoot, 'jurisdictions');

/** The folder of example answers files. */
export const examplesDir: string = path.join(packageRoot, 'examples');
