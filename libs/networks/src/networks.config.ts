import { defineConfig, inlineFileVariables, port, serviceVariables, z } from '@mreza/shared/config';

export const networksConfig = defineConfig(
  z.object({ ...serviceVariables, NETWORKS_PORT: port(4002) }),
);

export type NetworksConfig = ReturnType<typeof networksConfig.load>;

export const loadNetworksConfig = () =>
  networksConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY']));
