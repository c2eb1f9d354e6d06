/** Thrown when the person typing a password gives up (Ctrl+C) or gives none. `message` is plain. */
export class PasswordError extends Error {
  override readonly name = 'PasswordError';
}

/** The streams `readPassword` needs; `process.stdin` and `process.stderr` by default. */
export interface PasswordStreams {
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WriteStream;
}

const defaultStreams: PasswordStreams = {input: process.stdin, output: process.stderr};

/**
 * Reads a password from standard input. At a terminal it shows `prompt`, does not echo
 * what is typed, and asks for it twice. From a pipe (`echo secret | easy-read admin …`)
 * it reads the first line, with no prompt. Throws `PasswordError` when none is given,
 * the two do not match, or Ctrl+C is pressed.
 */
export async function readPassword(prompt: string, streams: PasswordStreams = defaultStreams): Promise<string> {
  if (!streams.input.isTTY) {
    const password = firstLine(await readAll(streams.input));
    if (password === '') throw new PasswordError('No password given. Type it, or pipe it in on one line.');
    return password;
  }
  const password = await readHidden(prompt, streams);
  if (password === '') throw new PasswordError('No password given.');
  const again = await readHidden('Type it again: ', streams);
  if (again !== password) throw new PasswordError('The two passwords are not the same.');
  return password;
}

async function readAll(input: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end < 0 ? text : text.slice(0, end);
}

/** Reads one line at a terminal in raw mode, so nothing typed is shown. */
function readHidden(prompt: string, {input, output}: PasswordStreams): Promise<string> {
  output.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error?: PasswordError) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (data: Buffer | string) => {
      for (const char of String(data)) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new PasswordError('Stopped. No admin was added.'));
        // Arrow and function keys arrive as one escape sequence per chunk: ignore the rest of it.
        if (char === '\u001b') break;
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
      return undefined;
    };
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}
