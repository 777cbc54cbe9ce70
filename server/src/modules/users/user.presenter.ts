import type { UserDto } from './user.schemas.ts';
import type { UserRecord } from './user.record.ts';

/** Picks the fields a client may see: never the password hash. */
export function presentUser(u: UserRecord): UserDto {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: [...u.roles],
    scope: u.scope,
    disabled: u.disabled,
    phone: u.phone,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}
