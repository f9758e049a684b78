import type { DynamicModule, InjectionToken, ModuleMetadata } from '@nestjs/common';
import { Module } from '@nestjs/common';
import type { HealthIndicatorFunction } from '@nestjs/terminus';
import { TerminusModule, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HEALTH_INDICATORS, HealthController } from './health.controller';

export interface HealthOptions {
  imports?: ModuleMetadata['imports'];
  inject?: InjectionToken[];
  indicators: (...dependencies: never[]) => HealthIndicatorFunction[];
}

/** `/health` on every service, answering 503 while one of its indicators is down. */
@Module({})
export class HealthModule {
  static register(options: HealthOptions): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false }), ...(options.imports ?? [])],
      controllers: [HealthController],
      providers: [
        {
          provide: HEALTH_INDICATORS,
          inject: options.inject ?? [],
          useFactory: options.indicators,
        },
      ],
    };
  }

  /** A service with a database is healthy when it answers a ping. */
  static forDatabaseService(): DynamicModule {
    return HealthModule.register({
      inject: [TypeOrmHealthIndicator],
      indicators: (db: TypeOrmHealthIndicator) => [
        () => db.pingCheck('database', { timeout: 2000 }),
      ],
    });
  }
}
