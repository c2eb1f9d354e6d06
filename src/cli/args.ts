import type {ProfileName} from '../checks/types.js';

/** How `check` shows its results. */
export type OutputFormat = 'text' | 'json';

/** `easy-read check …`: check files and report what was found. */
export interface CheckCommand {
  readonly kind: 'check';
  readonly profile: ProfileName;
  readonly format: OutputFormat;
  /** The organisation settings file, if one was given. */
  readonly config?: string;
  /** The files to check, in the order given. Never empty. */
  readonly files: readonly string[];
}

/** `easy-read admin create …`: add an admin user. The password is read separately. */
export interface AdminCreateCommand {
  readonly kind: 'admin-create';
  readonly email: string;
  readonly name: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
}

/** Everything the command line can ask for. */
export type Command = {readonly kind: 'help'} | {readonly kind: 'version'} | CheckCommand | AdminCreateCommand;

/** Thrown for a command line we cannot run. `message` is plain and ends with where to get help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const help = 'Try: easy-read --help';
const profiles: readonly ProfileName[] = ['easy-read', 'plain'];
const formats: readonly OutputFormat[] = ['text', 'json'];

/**
 * Reads the arguments after `easy-read` (so `process.argv.slice(2)`).
 * Options may be written `--profile plain` or `--profile=plain`; `--` ends the options,
 * so a file may start with `-`. Throws `UsageError` for anything it does not understand.
 */
export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError(`Say what to do, for example: easy-read check leaflet.txt. ${help}`);
  if (command === '--help' || command === '-h' || command === 'help') return {kind: 'help'};
  if (command === '--version' || command === '-v') return {kind: 'version'};
  if (command === 'check') return parseCheck(rest);
  if (command === 'admin') {
    const [sub, ...options] = rest;
    if (sub === 'create') return parseAdminCreate(options);
    if (sub === undefined || sub.startsWith('-')) throw new UsageError(`Say what to do: easy-read admin create. ${help}`);
    throw new UsageError(`Unknown admin command ${sub}. ${help}`);
  }
  if (command.startsWith('-')) throw new UsageError(`Unknown option ${command}. ${help}`);
  throw new UsageError(`Unknown command ${command}. ${help}`);
}

function parseCheck(argv: readonly string[]): Command {
  let profile: ProfileName = 'easy-read';
  let format: OutputFormat = 'text';
  let config: string | undefined;
  const files: string[] = [];
  const options = new OptionReader(argv);
  for (let arg = options.next(); arg !== undefined; arg = options.next()) {
    if (arg.kind === 'value') {
      files.push(arg.value);
      continue;
    }
    switch (arg.name) {
      case '--help':
      case '-h':
        return {kind: 'help'};
      case '--profile':
        profile = oneOf(options.value(arg, 'easy-read or plain'), profiles, 'profile', 'Use easy-read or plain.');
        break;
      case '--format':
        format = oneOf(options.value(arg, 'text or json'), formats, 'format', 'Use text or json.');
        break;
      case '--config':
        config = options.value(arg, 'a settings file');
        break;
      default:
        throw new UsageError(`Unknown option ${arg.name}. ${help}`);
    }
  }
  if (files.length === 0) throw new UsageError(`Say which files to check, for example: easy-read check leaflet.txt. ${help}`);
  return {kind: 'check', profile, format, files, ...(config !== undefined ? {config} : {})};
}

function parseAdminCreate(argv: readonly string[]): Command {
  const values: Partial<Record<'email' | 'name' | 'dataDir' | 'databaseUrl', string>> = {};
  const names = {'--email': 'email', '--name': 'name', '--data-dir': 'dataDir', '--database-url': 'databaseUrl'} as const;
  const options = new OptionReader(argv);
  for (let arg = options.next(); arg !== undefined; arg = options.next()) {
    if (arg.kind === 'value') throw new UsageError(`Unexpected ${arg.value}. ${help}`);
    if (arg.name === '--help' || arg.name === '-h') return {kind: 'help'};
    if (!(arg.name in names)) throw new UsageError(`Unknown option ${arg.name}. ${help}`);
    const key = names[arg.name as keyof typeof names];
    values[key] = options.value(arg, key === 'email' ? 'an email address' : key === 'name' ? 'a name' : 'a value');
  }
  const {email, name, dataDir, databaseUrl} = values;
  if (!email?.trim()) throw new UsageError(`Give the admin's email with --email. ${help}`);
  if (!name?.trim()) throw new UsageError(`Give the admin's name with --name. ${help}`);
  return {
    kind: 'admin-create',
    email: email.trim(),
    name: name.trim(),
    ...(dataDir !== undefined ? {dataDir} : {}),
    ...(databaseUrl !== undefined ? {databaseUrl} : {}),
  };
}

/** One command-line word: an option (with its `=value`, if written that way) or a plain value. */
type Arg = {readonly kind: 'option'; readonly name: string; readonly inline?: string} | {readonly kind: 'value'; readonly value: string};

/** Walks the words of a command line, splitting `--name=value` and honouring `--`. */
class OptionReader {
  private index = 0;
  private optionsEnded = false;
  private readonly argv: readonly string[];

  constructor(argv: readonly string[]) {
    this.argv = argv;
  }

  /** The next word, or `undefined` at the end. */
  next(): Arg | undefined {
    const word = this.argv[this.index++];
    if (word === undefined) return undefined;
    if (this.optionsEnded || word === '-' || !word.startsWith('-')) return {kind: 'value', value: word};
    if (word === '--') {
      this.optionsEnded = true;
      return this.next();
    }
    const equals = word.indexOf('=');
    if (word.startsWith('--') && equals > 0) return {kind: 'option', name: word.slice(0, equals), inline: word.slice(equals + 1)};
    return {kind: 'option', name: word};
  }

  /** The value of `option`: its `=value`, or the next word. `what` describes it for the error. */
  value(option: Arg & {kind: 'option'}, what: string): string {
    if (option.inline !== undefined) {
      if (option.inline === '') throw new UsageError(`${option.name} needs a value: ${what}. ${help}`);
      return option.inline;
    }
    const word = this.argv[this.index];
    if (word === undefined || (word.startsWith('-') && word !== '-')) {
      throw new UsageError(`${option.name} needs a value: ${what}. ${help}`);
    }
    this.index++;
    return word;
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string, hint: string): T {
  const found = allowed.find((item) => item === value);
  if (found === undefined) throw new UsageError(`Unknown ${what} ${value}. ${hint}`);
  return found;
}
