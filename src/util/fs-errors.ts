/**
 * What went wrong with a file, in words a person can act on. The operating
 * system's codes (ENOSPC, EACCES …) never reach the person: each becomes a
 * sentence that says what happened and what to do.
 */

/** What the tool was doing when the system refused. */
export type FileAction = 'read' | 'write';

/** The system error code of an error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Whether an error is a system error about a file (it has an `E…` code). */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && /^E[A-Z0-9]+$/.test(errorCode(error) ?? '');
}

/**
 * A sentence for a failed read or write of one file (the message names the
 * file before it). Writes add that nothing was changed when that is true.
 */
export function fileErrorReason(error: unknown, action: FileAction, options: {unchanged?: boolean} = {}): string {
  const code = errorCode(error);
  const unchanged = action === 'write' && options.unchanged !== false ? '; nothing was changed' : '';
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? 'Cannot find file, expected an existing file'
        : `Cannot create the output folder, expected a path where folders can be made${unchanged}`;
    case 'EISDIR':
      return action === 'read'
        ? 'Expected a file, found a folder'
        : `Expected a file to write, found a folder (give a file name)${unchanged}`;
    case 'ENOTDIR':
      return action === 'read'
        ? 'Cannot find file: a part of this path is a file, not a folder'
        : `Expected a folder for the output, found a file in the path${unchanged}`;
    case 'EACCES':
    case 'EPERM':
      return action === 'read'
        ? 'Cannot read file: permission denied'
        : `Cannot write output: permission denied, expected a folder you can write to${unchanged}`;
    case 'EROFS':
      return `Cannot write output: read-only file system, expected a folder you can write to${unchanged}`;
    case 'ENOSPC':
      return `The disk is full, so this file could not be written${unchanged} (free some space, or choose another folder with --out)`;
    case 'EDQUOT':
      return `Your disk quota is used up, so this file could not be written${unchanged} (free some space, or choose another folder with --out)`;
    case 'EFBIG':
      return `The file is too large for this file system${unchanged}`;
    case 'ENAMETOOLONG':
      return `The file name or path is too long for this file system, expected a shorter name or a folder nearer the top${unchanged}`;
    case 'ELOOP':
      return `The path goes round in a loop of symbolic links, expected a path that leads to a file${unchanged}`;
    case 'EMFILE':
    case 'ENFILE':
      return `Too many files are open on this computer right now, so this file could not be ${action === 'read' ? 'read' : 'written'}${unchanged} (close some programs and run the command again)`;
    case 'EIO':
      return `The disk reported an error while this file was ${action === 'read' ? 'read' : 'written'}${unchanged} (a damaged disk, or a drive or network share that went away)`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `The file is in use by another program${unchanged} (close it there and run the command again)`;
    case 'ENXIO':
    case 'ENODEV':
      return 'Unexpected device or socket, expected a regular file';
    case 'EAGAIN':
    case 'EWOULDBLOCK':
      return `The file is not ready to be ${action === 'read' ? 'read' : 'written'} (a pipe or a device?), expected a regular file`;
    case 'EXDEV':
      return `Cannot move the new file into place across disks${unchanged}`;
    case 'ENOTEMPTY':
    case 'EEXIST':
      return `Expected a file, found a folder with files in it${unchanged}`;
    default: {
      // An unusual error: say what the system said, without its code.
      const said = error instanceof Error ? error.message.replace(/^E[A-Z0-9]+:\s*/, '').replace(/,\s*\w+\s+'.*'$/, '') : String(error);
      return `Cannot ${action} this file (the system said: ${said})${unchanged}`;
    }
  }
}
