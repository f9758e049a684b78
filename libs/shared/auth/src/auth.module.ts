import type { DynamicModule } from '@nestjs/common';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import type { AuthOptions } from './jwt-verifier';
import { AUTH_OPTIONS, JwtVerifier } from './jwt-verifier';

/** Registers token verification and the global guard; every operation is guarded by default. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(resolve: () => AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: AUTH_OPTIONS, useFactory: resolve },
        JwtVerifier,
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [JwtVerifier],
    };
  }
}
