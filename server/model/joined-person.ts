/**
 * A person joined into a query under an alias (`users as owner`, say), read back as a
 * `PersonRef`: select `personColumns(alias)`, then map each row with `personRef(row, alias)`.
 *
 * @module
 */
import type {PersonRef} from './errors.js';

/** The joined person's id and name, selected as `{alias}_id` and `{alias}_name`. */
export function personColumns<Alias extends string>(alias: Alias): readonly [`${Alias}.id as ${Alias}_id`, `${Alias}.name as ${Alias}_name`] {
  return [`${alias}.id as ${alias}_id`, `${alias}.name as ${alias}_name`];
}

/** The person that `personColumns(alias)` selected into `row`. */
export function personRef<Alias extends string>(row: Readonly<Record<`${NoInfer<Alias>}_id` | `${NoInfer<Alias>}_name`, string>>, alias: Alias): PersonRef {
  return {id: row[`${alias}_id`], name: row[`${alias}_name`]};
}
