# vetted: the HTTP API, web chat page and any configured Slack/Discord bots, in one container.
#   docker build -t vetted .
#   docker run -p 3000:3000 vetted                                   # bundled sample knowledge
#   docker run -p 3000:3000 -v "$PWD/my-knowledge:/knowledge:ro" -e VETTED_KB_DIR=/knowledge vetted
# The steps are the commands .ci/run exercises (npm ci, tsc); no Docker engine runs in CI.

# ---- build: all dependencies, compile TypeScript to dist/ ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `prepare` runs tsc, which needs the sources: install without scripts, then build explicitly.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# ---- runtime: production dependencies only, non-root ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    VETTED_KB_DIR=/app/knowledge
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would run tsc, which is a dev dependency and not installed here.
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
# The chat page's static files are read from src/adapters/http/public at start.
COPY src/adapters/http/public ./src/adapters/http/public
# The bundled sample knowledge. Replace it by mounting a folder over /app/knowledge, or mount
# anywhere (e.g. /knowledge) and set VETTED_KB_DIR; edits to a mounted folder are hot-reloaded.
COPY knowledge ./knowledge
USER node
EXPOSE 3000
# node's own fetch: no curl in the slim image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/vetted.js", "serve"]
