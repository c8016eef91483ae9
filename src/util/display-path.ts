/**
 * How files are named in messages: relative to where the command was run
 * when they are inside it, else relative to the package for its own files.
 */
import path from 'node:path';
import {packageRoot} from '../paths.js';

/** Show package files by their package-relative path, user files relative to the working folder. */
export function displayPath(file: string, cwd: string): string {
  const inside = (rel: string) => rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  const relative = path.relative(cwd, file);
  if (inside(relative)) return relative;
  const fromRoot = path.relative(packageRoot, file);
  return inside(fromRoot) ? fromRoot : file;
}
