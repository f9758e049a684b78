import { Injectable } from '@nestjs/common';
import { hash, verify } from 'argon2';

/** argon2id hashing (OWASP parameters); the only place that touches the hashing library. */
@Injectable()
export class PasswordHasher {
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, { type: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    // Without a hash (unknown e-mail, password not yet set) spend the same time, then refuse.
    if (!passwordHash) {
      this.dummyHash ??= this.hash('not-a-real-password');
      await verify(await this.dummyHash, password);
      return false;
    }
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}
