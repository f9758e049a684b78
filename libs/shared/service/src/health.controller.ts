import { Controller, Get, Inject } from '@nestjs/common';
import type { HealthIndicatorFunction } from '@nestjs/terminus';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '@mreza/shared/auth';

export const HEALTH_INDICATORS = Symbol('HEALTH_INDICATORS');

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(HEALTH_INDICATORS) private readonly indicators: HealthIndicatorFunction[],
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check(this.indicators);
  }
}
