import type { InjectionToken, Provider, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';

export type AutoMocked<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? jest.Mock : T[K];
};

/**
 * A mock of every method of a class that fails the test when called unless the test set an
 * answer (`mock.method.mockResolvedValue(…)`), so a service cannot quietly do more than expected.
 */
export function automock<T>(type: Type<T>): AutoMocked<T> {
  const mock: Record<string, jest.Mock> = {};
  let prototype: object | null = type.prototype as object;
  while (prototype && prototype !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (name === 'constructor' || name in mock) continue;
      mock[name] = jest.fn(() => {
        throw new Error(`unexpected call: ${type.name}.${name}()`);
      });
    }
    prototype = Object.getPrototypeOf(prototype) as object | null;
  }
  return mock as AutoMocked<T>;
}

/**
 * Builds a service with every class dependency auto-mocked; `values` supplies tokens such as
 * configuration. Returns the service and a getter for its mocks.
 */
export async function newTestService<T>(
  service: Type<T>,
  values: { token: InjectionToken; value: unknown }[] = [],
) {
  const providers: Provider[] = [
    service,
    ...values.map(({ token, value }) => ({ provide: token, useValue: value })),
  ];
  const module = await Test.createTestingModule({ providers })
    .useMocker((token) => {
      if (typeof token === 'function') return automock(token as Type);
      throw new Error(`newTestService: give a value for ${String(token)}`);
    })
    .compile();
  return {
    sut: module.get(service),
    mock: <D>(dependency: Type<D>) => module.get<AutoMocked<D>>(dependency as InjectionToken),
  };
}
