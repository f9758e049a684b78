# syntax=docker/dockerfile:1
# One image for every Mreža process: each service runs from TypeScript with
#   node -r @swc-node/register apps/<service>/src/main.ts
# chosen by `command:` in docker-compose.yml. The gateway serves the web client built here.
# Build: docker build -t mreza .   (docker compose build does it for you)

ARG NODE_IMAGE=node:20-bookworm-slim

# Only the package manifests, so that the dependency layers stay cached while the code changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
 && find . -name node_modules -prune -o \( -name package.json -o -name package-lock.json \) -print \
    | xargs cp --parents --target-directory=/manifests

# Every dependency, dev included: the web client is built with Vite.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN mkdir -p apps/web/dist \
 && if [ -f apps/web/package.json ]; then npx --no vite build apps/web; fi

# What runs: production dependencies, the sources, the built web client.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    WEB_DIST=/app/apps/web/dist
WORKDIR /app
COPY --from=manifests /manifests/ ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
COPY --from=build /app/apps/web/dist ./apps/web/dist
# Mount points of the JWT key volumes: a new named volume takes this ownership (the node user).
RUN mkdir -p /run/mreza-keys/private /run/mreza-keys/public \
 && chown -R node:node /run/mreza-keys \
 && chmod 700 /run/mreza-keys/private
USER node
EXPOSE 3000 4001 4002 4003 4004 4005
CMD ["node", "-r", "@swc-node/register", "apps/gateway/src/main.ts"]
