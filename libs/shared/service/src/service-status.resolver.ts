import type { Type } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Public } from '@mreza/shared/auth';

/** `<service>Status: String!`: the service answers and reaches its database. */
export function serviceStatusResolver(service: string): Type {
  @Resolver()
  class ServiceStatusResolver {
    constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

    @Public()
    @Query(() => String, {
      name: `${service}Status`,
      description: `The ${service} service answers and reaches its database.`,
    })
    async status(): Promise<string> {
      await this.dataSource.query('SELECT 1');
      return 'ok';
    }
  }
  return ServiceStatusResolver;
}
