/**
 * A PostgreSQL pool for Kysely whose queries run as named prepared statements.
 *
 * Kysely sends every query as new SQL, so PostgreSQL parses and plans the same few
 * statements (a save, an answer, a session lookup) on every request. Named, each is
 * parsed once per connection and then only executed: node-postgres prepares a name on
 * a connection the first time it is used there.
 *
 * Only data statements are named (`select`, `insert`, `update`, `delete`, `with`), and at
 * most {@link maxNamed} different ones in a process, so a query whose text varies (such as
 * an `in` list of any length) cannot fill every connection with statements; the rest run
 * unnamed, as before. A statement that asks for all columns (`*`) is not named either: a
 * column added by a newer server's migration would change its rows, and PostgreSQL refuses
 * to run a prepared statement whose rows changed ("cached plan must not change result
 * type"), where unnamed it simply returns the new column too.
 *
 * @module
 */
import type {PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult} from 'kysely';
import type pg from 'pg';

/** The most different statements named in one process. */
const maxNamed = 1000;
const dataStatement = /^\s*(?:select|insert|update|delete|with)\b/i;

/** Wraps `pool` so that Kysely's queries on it run as named statements. */
export function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < maxNamed && dataStatement.test(text) && !text.includes('*')) {
      name = `er_${names.size.toString(36)}`;
      names.set(text, name);
    }
    return name;
  };
  // Kysely keeps one connection object per client it is given, so give it the same one each time.
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const query = <R>(sqlOrCursor: string | PostgresCursor<R>, parameters?: ReadonlyArray<unknown>) => {
      if (typeof sqlOrCursor !== 'string') return client.query(sqlOrCursor as unknown as pg.Submittable) as unknown as PostgresCursor<R>;
      const name = nameOf(sqlOrCursor);
      const config: pg.QueryConfig = {text: sqlOrCursor, values: [...(parameters ?? [])], ...(name ? {name} : {})};
      return client.query(config) as unknown as Promise<PostgresQueryResult<R>>;
    };
    return {query: query as PostgresPoolClient['query'], release: () => client.release()};
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      let connection = wrapped.get(client);
      if (!connection) wrapped.set(client, (connection = wrap(client)));
      return connection;
    },
    end: () => pool.end(),
  };
}
