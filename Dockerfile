# vetted: the HTTP API, web chat page and any configured Slack/Discord bots, in one container.
#   docker build -t vetted .
#   docker run -p 3000:3000 vetted                                   # bundled sample knowledge
#   docker run -p 3000:3000 -v "$PWD/my-knowledge:/knowledge:ro" -e VETTED_KB_DIR=/knowledge vetted
#   docker run -p 3000:3000 -v vetted-data:/app/data vetted                    # keep feedback votes
#   docker run --rm -v vetted-data:/app/data vetted node bin/vetted.js feedback  # read them
# The steps are the commands .ci/run exercises (npm ci, tsc); no Docker engine runs in CI.

# ---- build: all dependencies, compile TypeScript to dist/ and the native SQLite module ----
FROM node:20-bookworm-slim AS build
# better-sqlite3 (the feedback database) is native: when no prebuilt binary can be downloaded its
# install compiles SQLite with node-gyp, which needs python3, make and g++ (not in the slim image).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# node-gyp uses this image's own Node headers instead of downloading them.
ENV npm_config_nodedir=/usr/local
WORKDIR /app
COPY package.json package-lock.json ./
# `prepare` runs tsc, which needs the sources: install without scripts, then run the one install
# script that matters (better-sqlite3's) and the build explicitly.
RUN npm ci --no-audit --no-fund --ignore-scripts
RUN npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build
# Production dependencies only, the compiled native module kept: copied whole into the runtime
# (same base image, so the same Node ABI and glibc), which then needs no compiler.
RUN npm prune --omit=dev --no-audit --no-fund --ignore-scripts

# ---- runtime: production dependencies only, non-root ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    VETTED_KB_DIR=/app/knowledge
WORKDIR /app
COPY package.json package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
# The chat page's static files are read from src/adapters/http/public at start.
COPY src/adapters/http/public ./src/adapters/http/public
# The bundled sample knowledge. Replace it by mounting a folder over /app/knowledge, or mount
# anywhere (e.g. /knowledge) and set VETTED_KB_DIR; edits to a mounted folder are hot-reloaded.
COPY knowledge ./knowledge
# Feedback votes go to /app/data/feedback.sqlite (VETTED_FEEDBACK_DB's default, relative to
# /app). Created before VOLUME and owned by the non-root user, so a new named volume starts out
# writable; a bind-mounted host folder must be writable by uid 1000.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000
# node's own fetch: no curl in the slim image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/vetted.js", "serve"]
