import { defineConfig, inlineFileVariables, port, serviceVariables, z } from '@mreza/shared/config';

export const libraryConfig = defineConfig(
  z.object({ ...serviceVariables, LIBRARY_PORT: port(4004) }),
);

export type LibraryConfig = ReturnType<typeof libraryConfig.load>;

export const loadLibraryConfig = () => libraryConfig.load(inlineFileVariables(['JWT_PUBLIC_KEY']));
