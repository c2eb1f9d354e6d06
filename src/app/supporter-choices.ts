import type {ApiClient, User} from './api-client.js';
import type {SupporterChoice} from '../rounds/involvement-register.js';

/**
 * Who `user` may name as someone's supporter in the involvement register: a supporter only
 * themselves; admins and authors every supporter (none when the list cannot be read, so
 * the register still opens). `null` when `user` may not open the register (reviewers).
 */
export async function supporterChoices(api: ApiClient, user: Pick<User, 'id' | 'name' | 'role'>): Promise<readonly SupporterChoice[] | null> {
  if (user.role === 'reviewer') return null;
  if (user.role === 'supporter') return [{id: user.id, name: user.name}];
  try {
    return (await api.listPeople()).filter((p) => p.role === 'supporter');
  } catch {
    return [];
  }
}
