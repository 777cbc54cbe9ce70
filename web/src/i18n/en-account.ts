import type { zhCNAccount } from './zh-CN-account.ts';

/** English messages of account security (own password, sessions, API tokens) and login lockouts. */
export const enAccount: Record<keyof typeof zhCNAccount, string> = {
  'nav.account': 'Account security',
  'nav.admin.lockouts': 'Login lockouts',

  'account.title': 'Account security',
  'account.refresh': 'Refresh',

  'account.password.title': 'Change password',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.confirm': 'Confirm new password',
  'account.password.note':
    'After the change, you are signed out on every other device and all your API tokens are revoked.',
  'account.password.submit': 'Change password',
  'account.password.currentWrong': 'The current password is wrong',
  'account.password.sameAsCurrent': 'The new password must differ from the current one',
  'account.password.done':
    'Password changed. Your other sessions have ended and all your API tokens have been revoked.',

  'account.sessions.title': 'Sessions',
  'account.sessions.hint':
    'Browsers signed in as you. End any session you do not recognise and change your password.',
  'account.sessions.device': 'Browser',
  'account.sessions.current': 'This device',
  'account.sessions.ip': 'IP address',
  'account.sessions.createdAt': 'Signed in',
  'account.sessions.lastSeenAt': 'Last active',
  'account.sessions.expiresAt': 'Expires',
  'account.sessions.unknownAgent': 'Unknown browser',
  'account.sessions.empty': 'No sessions',
  'account.sessions.endOthers': 'End other sessions',
  'account.sessions.endOthersConfirm':
    'End every session except this device? Those devices must sign in again.',
  'account.sessions.endedCount': '{count} other session(s) ended',
  'account.sessions.noneEnded': 'There were no other sessions to end',

  'account.tokens.title': 'API tokens',
  'account.tokens.hint':
    'API tokens let other systems call the API: send the header Authorization: Bearer <token>. A token cannot sign in to this app.',
  'account.tokens.create': 'New token',
  'account.tokens.createTitle': 'New API token',
  'account.tokens.name': 'Name',
  'account.tokens.namePlaceholder': 'e.g. data exchange',
  'account.tokens.days': 'Valid for',
  'account.tokens.daysSuffix': 'days',
  'account.tokens.daysRule': '1–365 days',
  'account.tokens.createSubmit': 'Create token',
  'account.tokens.createdTitle': 'Token created',
  'account.tokens.secretWarning':
    'Copy this token now and keep it safe. It will not be shown again once you close this window.',
  'account.tokens.secretLabel': 'Token',
  'account.tokens.copy': 'Copy',
  'account.tokens.copied': 'Copied',
  'account.tokens.createdExpires': 'Valid until {at}',
  'account.tokens.done': 'I have saved it',
  'account.tokens.status': 'Status',
  'account.tokens.statusActive': 'Active',
  'account.tokens.statusExpired': 'Expired',
  'account.tokens.statusRevoked': 'Revoked',
  'account.tokens.createdAt': 'Created',
  'account.tokens.expiresAt': 'Expires',
  'account.tokens.lastUsedAt': 'Last used',
  'account.tokens.revokedAt': 'Revoked',
  'account.tokens.neverUsed': 'Never',
  'account.tokens.empty': 'No API tokens',
  'account.tokens.revoke': 'Revoke',
  'account.tokens.revokeConfirm': 'Systems using the token "{name}" will lose access. Revoke it?',
  'account.tokens.revoked': 'Token "{name}" revoked',

  'users.tokens': 'API tokens',
  'users.tokensTitle': 'API tokens of {name}',

  'lockouts.title': 'Login lockouts',
  'lockouts.hint':
    'Five wrong passwords for one account from one source within 15 minutes lock that pair for a while; too many failures from one address, or for one account from many places, also hold logins back. Unlocking lets the user sign in at once.',
  'lockouts.kind': 'Kind',
  'lockouts.kind.account-source': 'Account + source',
  'lockouts.kind.address': 'Address',
  'lockouts.kind.account': 'Account back-off',
  'lockouts.username': 'Username',
  'lockouts.address': 'Source address',
  'lockouts.trustedBrowser': 'Known browser',
  'lockouts.attempts': 'Failures',
  'lockouts.until': 'Locked until',
  'lockouts.empty': 'No logins are locked now',
  'lockouts.unlock': 'Unlock',
  'lockouts.unlockUserConfirm': 'Unlock {name}? This clears their failed logins from every source.',
  'lockouts.unlockAddressConfirm': 'Unlock the address {address}? This clears its failed logins.',
  'lockouts.unlocked': '{target} unlocked',

  'login.tooManyMinutes': 'Too many login attempts; try again in {minutes} minute(s)',
  'login.tooManySeconds': 'Too many login attempts; try again in {seconds} second(s)',
  'error.retryInSeconds': 'Too many attempts; try again in {seconds} second(s)',
};
