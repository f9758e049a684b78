import { IdentityInitial1764000000100 } from './1764000000100-identity-initial';

export const identityMigrations = [IdentityInitial1764000000100];
