/** Thrown when a file cannot be checked. `message` is plain, names the file, and is safe to show. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A plain reason for a failed read, from the error's code. */
export function fileProblem(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'you do not have permission to read it';
    default:
      return code ? `the file could not be opened (${code})` : 'the file could not be opened';
  }
}
