import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DesktopUserStore, generatePassword, totpOf } from './users';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'qoldau-users-'));

describe('local desktop users', () => {
  it('keeps only a scrypt hash of the password, in a file only the owner can read', () => {
    const dir = tempDir();
    const { password } = new DesktopUserStore(dir).upsert({
      hotline: '1414',
      username: 'operator-1414',
      group: 'operator',
      mfa: false,
    });

    const file = path.join(dir, 'desktop-users.json');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain(password);
    expect(text).toMatch(/"passwordHash": "scrypt\$16384\$8\$1\$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('authenticates the right password only, for the right hotline, also after a restart', () => {
    const dir = tempDir();
    const { user, password } = new DesktopUserStore(dir).upsert({
      hotline: '111',
      username: 'sup',
      group: 'supervisor',
      mfa: true,
    });
    const reopened = new DesktopUserStore(dir);

    expect(reopened.authenticate('111', 'sup', password)).toEqual(user);
    expect(reopened.authenticate('111', 'sup', `${password}!`)).toBeUndefined();
    expect(reopened.authenticate('1414', 'sup', password)).toBeUndefined();
    expect(reopened.authenticate('111', 'nobody', password)).toBeUndefined();
  });

  it('resets a user: same identity (sub), new password, new TOTP secret', () => {
    const store = new DesktopUserStore(tempDir());
    const args = { hotline: '111', username: 'op', group: 'operator', mfa: true } as const;
    const first = store.upsert(args);
    const second = store.upsert(args);

    expect(second.user.sub).toBe(first.user.sub);
    expect(second.password).not.toBe(first.password);
    expect(second.user.totpSecret).not.toBe(first.user.totpSecret);
    expect(store.authenticate('111', 'op', first.password)).toBeUndefined();
    // The TOTP secret is one an authenticator app computes codes from.
    const totp = totpOf(second.user.totpSecret!);
    expect(totp.validate({ token: totp.generate(), window: 0 })).toBe(0);
  });

  it('generates passwords that meet the deployed pools’ policy', () => {
    for (let i = 0; i < 50; i++) {
      expect(generatePassword()).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^a-zA-Z\d]).{20}$/);
    }
  });
});
