import type { AuthPayload, Me } from './session.operations';

/** A signed-in user as the API returns it, for tests. */
export function aUser(overrides: Partial<Me> = {}): Me {
  return {
    __typename: 'User',
    id: 'u1',
    email: 'ana@opstina.rs',
    firstName: 'Ana',
    lastName: 'Jovanović',
    displayName: 'Ana Jovanović',
    organisationId: null,
    organisation: null,
    position: 'Načelnica',
    expertise: [],
    languages: ['sr'],
    phone: null,
    contactVisibility: 'MEMBERS',
    role: 'MEMBER',
    status: 'ACTIVE',
    isLiaisonOfficer: false,
    interfaceLanguage: 'sr-Latn',
    recordConfirmedAt: '2026-01-10T10:00:00.000Z',
    recordReconfirmationDue: false,
    createdAt: '2025-05-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aPayload(n: number, user: Me = aUser()): AuthPayload {
  return { accessToken: `a${n}`, refreshToken: `r${n}`, expiresIn: 900, user };
}

/** A `localStorage` stand-in. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}
