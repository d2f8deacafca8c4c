import { isAbsolute, relative, sep } from 'node:path';

/** A result's path as the repository sees it: relative to the working directory, with '/'. */
export function repositoryPath(filePath: string, cwd: string): string {
  if (!isAbsolute(filePath)) return filePath;
  const rel = relative(cwd, filePath);
  return rel.startsWith('..') || isAbsolute(rel) ? filePath : rel.split(sep).join('/');
}
