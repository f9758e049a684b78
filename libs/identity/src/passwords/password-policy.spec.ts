import { assertStrongPassword } from './password-policy';

describe(assertStrongPassword.name, () => {
  it('accepts a long, unguessable passphrase', () => {
    expect(() => assertStrongPassword('Fresh-Start-Check-2026!')).not.toThrow();
    expect(() => assertStrongPassword('kisobran zelena planina 47')).not.toThrow();
  });

  it('rejects short and common passwords with a reason', () => {
    expect(() => assertStrongPassword('short')).toThrow(/at least 10 characters/);
    expect(() => assertStrongPassword('password123')).toThrow(
      expect.objectContaining({ code: 'WEAK_PASSWORD' }),
    );
    expect(() => assertStrongPassword('qwertyuiop')).toThrow(
      expect.objectContaining({ code: 'WEAK_PASSWORD' }),
    );
  });

  it("counts the person's own name and e-mail as guessable", () => {
    expect(() => assertStrongPassword('PetrovicMarija')).not.toThrow();
    expect(() =>
      assertStrongPassword('PetrovicMarija', ['marija.petrovic@cacak.rs', 'Marija', 'Petrović']),
    ).toThrow(expect.objectContaining({ code: 'WEAK_PASSWORD' }));
  });
});
