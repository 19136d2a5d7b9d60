import type { BankQuestion } from "./types";

/** Full-stack questions: end-to-end features, SSR, contracts, deployment, caching, uploads, real-time, small-product design. */
export const fullstackQuestions: BankQuestion[] = [
  {
    id: "fs-comment-feature-end-to-end",
    kind: "technical",
    roles: ["fullstack", "frontend", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "End-to-end features",
    skills: ["react", "api", "sql", "testing", "rest"],
    question: "Walk me through how you would build a comments feature on blog posts, from database to UI.",
    keyPoints: [
      {
        point: "Data model: comments table with post_id, author_id, body, timestamps and an index on post_id",
        concepts: [["comments table", "table", "schema", "migration"], ["post_id", "foreign key", "index on post", "indexed"]],
      },
      {
        point: "API endpoints with authentication, authorization and server-side validation",
        concepts: [["endpoint", "endpoints", "post /", "get /", "route handler", "api route"], ["validate", "validation", "auth", "authorization", "permission"]],
      },
      {
        point: "Pagination and safe rendering of user content (XSS, length limits, spam/rate limits)",
        concepts: [["paginate", "pagination", "cursor", "load more"], ["xss", "escape", "sanitize", "rate limit", "spam", "moderation"]],
      },
      {
        point: "UI states: loading, empty, error, optimistic posting",
        concepts: [["loading", "empty state", "error state", "optimistic"]],
      },
      {
        point: "Tests at each layer and a staged rollout (feature flag)",
        concepts: [["unit test", "integration test", "end-to-end", "e2e", "playwright", "tests"], ["feature flag", "staged rollout", "gradual rollout", "behind a flag"]],
      },
    ],
    modelAnswer:
      "I'd start with a migration for a comments table with id, post_id as a foreign key, author_id, body and timestamps, indexed on (post_id, created_at). Then two endpoints, GET /posts/:id/comments and POST /posts/:id/comments, where the POST requires auth, validates the body length on the server and applies a rate limit against spam; only the author or a moderator can delete. The list uses cursor pagination with a 'load more' button, and comments are rendered as text so React escapes them, preventing XSS. In the UI I handle loading, empty and error states and post optimistically so the comment appears instantly. I cover the validation with unit tests, the endpoints with integration tests and the happy path with one Playwright e2e test, and ship it behind a feature flag.",
  },
  {
    id: "fs-rendering-strategies",
    kind: "technical",
    roles: ["fullstack", "frontend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Rendering strategies",
    skills: ["next.js", "react", "ssr", "seo"],
    question: "Explain the difference between client-side rendering, server-side rendering and static site generation. When would you pick each?",
    keyPoints: [
      {
        point: "CSR: the browser downloads JS and renders; good for app-like dashboards behind login, weaker SEO/first load",
        concepts: [["client-side rendering", "csr", "renders in the browser"], ["dashboard", "behind login", "app-like", "internal tool"]],
      },
      {
        point: "SSR: HTML generated per request; fresh, personalised, SEO-friendly, costs server time",
        concepts: [["server-side rendering", "ssr", "per request", "on each request"], ["personalised", "personalized", "fresh", "up to date", "seo"]],
      },
      {
        point: "SSG: HTML built at build time and served from a CDN; fastest for content that rarely changes",
        concepts: [["static site generation", "ssg", "build time", "pre-rendered", "prerendered"], ["cdn", "rarely changes", "blog", "marketing", "docs"]],
      },
      {
        point: "Hybrids like ISR / revalidation combine static speed with freshness",
        concepts: [["isr", "incremental static regeneration", "revalidate", "revalidation", "stale-while-revalidate"]],
      },
    ],
    modelAnswer:
      "With client-side rendering the server sends a nearly empty page and the browser renders everything with JavaScript, which suits app-like dashboards behind login where SEO doesn't matter but the first load is slower. Server-side rendering builds the HTML on each request, so the content is fresh and can be personalised, it's good for SEO, and it costs server time per request. Static site generation renders pages at build time and serves them from a CDN, which is the fastest option for a blog, docs or marketing pages that rarely change. In between, incremental static regeneration lets static pages revalidate every few minutes or on demand, so you get static speed with reasonably fresh data.",
  },
  {
    id: "fs-nextjs-server-client-components",
    kind: "technical",
    roles: ["fullstack", "frontend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Next.js",
    skills: ["next.js", "react", "ssr", "typescript"],
    question: "In the Next.js App Router, what is the difference between Server Components and Client Components, and how do you decide which to use?",
    keyPoints: [
      {
        point: "Server Components render on the server only, can fetch data/access secrets directly and send no JS to the browser",
        concepts: [["server component", "server components", "rsc"], ["no javascript", "zero js", "smaller bundle", "not shipped", "database directly", "secrets"]],
      },
      {
        point: "Client Components are marked 'use client' and are needed for state, effects, event handlers and browser APIs",
        concepts: [["use client", "client component", "client components"], ["usestate", "useeffect", "onclick", "event handler", "interactivity", "browser api"]],
      },
      {
        point: "Keep client components small and at the leaves; pass server-rendered children into them",
        concepts: [["leaves", "leaf", "small", "push down", "as low as possible"], ["children", "pass as props", "composition", "serializable props"]],
      },
      {
        point: "Server-only code must never leak into client bundles (server-only package, env vars)",
        concepts: [["server-only", "leak", "client bundle", "next_public", "environment variables"]],
      },
    ],
    modelAnswer:
      "Server Components are the default in the App Router: they render only on the server, can be async and read the database or secrets directly, and ship no JavaScript to the browser, which gives a smaller bundle. A file marked 'use client' becomes a Client Component, which is still server-rendered for the first HTML but hydrates in the browser, and it is required for useState, useEffect, onClick handlers and browser APIs. I keep client components small and push them down to the leaves, like a like-button inside a server-rendered article, and pass server components to them as children when needed, with only serializable props crossing the boundary. Modules that touch secrets import 'server-only' so they can never leak into the client bundle, and only NEXT_PUBLIC_ environment variables are visible in the browser.",
  },
  {
    id: "fs-shared-api-contract",
    kind: "technical",
    roles: ["fullstack", "frontend", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "API contracts",
    skills: ["typescript", "api", "openapi", "zod", "graphql"],
    question: "The frontend keeps breaking when the backend changes a response shape. How would you keep the API contract between them in sync?",
    keyPoints: [
      {
        point: "Single source of truth for the contract: OpenAPI spec, GraphQL schema, or shared Zod schemas / tRPC",
        concepts: [["openapi", "swagger", "graphql schema", "zod", "trpc", "protobuf", "json schema"], ["single source of truth", "shared", "one place", "contract"]],
      },
      {
        point: "Generate typed clients/types from it so breaking changes fail at compile time",
        concepts: [["generate", "codegen", "code generation", "generated types", "typed client"], ["compile time", "type error", "typecheck", "tsc"]],
      },
      {
        point: "Validate at runtime at the boundary",
        concepts: [["runtime validation", "validate at runtime", "parse", "validate responses", "validate requests"]],
      },
      {
        point: "Contract tests / breaking-change checks in CI and versioning or additive changes",
        concepts: [["contract test", "contract tests", "pact", "breaking change", "oasdiff", "diff the spec"], ["version", "versioning", "additive", "deprecate", "backwards compatible"]],
      },
    ],
    modelAnswer:
      "I'd make the contract a single source of truth: an OpenAPI spec, a GraphQL schema, or, in a TypeScript monorepo, shared Zod schemas or tRPC. From it we generate typed clients with codegen, so a renamed field becomes a type error at compile time instead of a bug in production. At the boundary, the server validates requests and the client can parse responses at runtime, which catches drift the types can't see. In CI a contract test or a spec diff flags breaking changes, and we evolve the API with additive, backwards compatible changes, deprecating fields and versioning only when a break is unavoidable.",
  },
  {
    id: "fs-cors-explained",
    kind: "technical",
    roles: ["fullstack", "frontend", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Web security",
    skills: ["http", "cors", "api", "security"],
    question: "Your React app on app.example.com gets a CORS error calling api.example.com. What is CORS and how do you fix it properly?",
    keyPoints: [
      {
        point: "The same-origin policy blocks reading cross-origin responses; CORS lets the server opt in",
        concepts: [["same-origin policy", "same origin", "cross-origin", "different origin"], ["opt in", "allow", "server decides", "browser enforces"]],
      },
      {
        point: "Server sends Access-Control-Allow-Origin with the specific allowed origin",
        concepts: [["access-control-allow-origin", "allow-origin", "cors header", "cors headers"], ["specific origin", "allow-list", "allowlist", "not *", "wildcard"]],
      },
      {
        point: "Non-simple requests trigger an OPTIONS preflight; credentials need Allow-Credentials and no wildcard",
        concepts: [["preflight", "options", "pre-flight", "options request"], ["credentials", "cookies", "allow-credentials", "allow-headers", "allow-methods"]],
      },
      {
        point: "It's a browser protection, fixed on the server (or by a same-origin proxy), not by disabling it in the client",
        concepts: [["on the server", "server-side", "backend", "proxy", "rewrite", "same-origin proxy"]],
      },
    ],
    modelAnswer:
      "Browsers apply the same-origin policy, so JavaScript on app.example.com can't read responses from api.example.com, a different origin, unless the server opts in with CORS; it's a browser check, so the fix belongs on the server, not in the React code. The API should return Access-Control-Allow-Origin with the specific origin https://app.example.com from an allow-list, not a wildcard. Requests with JSON bodies or custom headers trigger an OPTIONS preflight, so the server must also answer it with Allow-Methods and Allow-Headers. If we send cookies, it needs Access-Control-Allow-Credentials: true, which never works with *. Alternatively, a same-origin proxy or rewrite so the app calls /api avoids CORS entirely.",
  },
  {
    id: "fs-direct-file-uploads",
    kind: "technical",
    roles: ["fullstack", "backend"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "File uploads",
    skills: ["aws", "s3", "api", "security", "node.js"],
    question: "Users need to upload videos of up to 2 GB. How would you design the upload flow?",
    keyPoints: [
      {
        point: "Upload directly to object storage with presigned URLs instead of through the app server",
        concepts: [["presigned", "pre-signed", "signed url", "sas token"], ["s3", "object storage", "bucket", "gcs", "blob storage"]],
      },
      {
        point: "Multipart / resumable uploads for large files",
        concepts: [["multipart", "resumable", "chunk", "chunks", "tus"]],
      },
      {
        point: "Restrict type and size, verify content server-side and scan for malware",
        concepts: [["content-type", "file type", "mime", "magic bytes", "size limit", "content-length"], ["scan", "malware", "virus", "clamav"]],
      },
      {
        point: "Confirm completion via an event/callback and process asynchronously (transcoding)",
        concepts: [["event", "notification", "callback", "webhook", "s3 event"], ["transcode", "transcoding", "background job", "queue", "thumbnail"]],
      },
      {
        point: "Serve through a CDN with private buckets and short-lived signed URLs",
        concepts: [["cdn", "cloudfront", "cloudflare", "fastly"], ["private bucket", "private", "signed", "short-lived", "expire"]],
      },
    ],
    modelAnswer:
      "I wouldn't stream 2 GB through the app servers; instead the API authorizes the user, creates an upload record and returns presigned URLs so the browser uploads directly to S3 or similar object storage. For files this large I use multipart upload, with chunks of around 10 MB, so uploads can be parallel and resumable after a network drop. The presigned request restricts content-type and size, and after upload the server checks the magic bytes and runs a malware scan before the file is trusted. An S3 event notification puts a message on a queue so a background job does transcoding and thumbnails, then marks the record ready and notifies the user. The bucket stays private and playback goes through a CDN like CloudFront with short-lived signed URLs.",
  },
  {
    id: "fs-realtime-websockets-sse",
    kind: "technical",
    roles: ["fullstack", "backend", "frontend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Real-time",
    skills: ["websockets", "node.js", "redis", "real-time"],
    question: "You need to show live notifications in a web app. Compare polling, Server-Sent Events and WebSockets, and explain how you would scale the choice.",
    keyPoints: [
      {
        point: "Polling is simple but wasteful and adds latency",
        concepts: [["polling", "poll", "long polling"], ["wasteful", "latency", "unnecessary requests", "delay", "overhead"]],
      },
      {
        point: "SSE is one-way server-to-client over HTTP with automatic reconnect",
        concepts: [["server-sent events", "sse", "eventsource"], ["one-way", "one direction", "server to client", "reconnect"]],
      },
      {
        point: "WebSockets are bidirectional, for chat/collaboration, but need more infrastructure",
        concepts: [["websocket", "websockets", "socket.io"], ["bidirectional", "two-way", "full-duplex", "both directions"]],
      },
      {
        point: "Scaling: connections are stateful, so fan out across instances with pub/sub (Redis) and handle reconnects/missed events",
        concepts: [["pub/sub", "pubsub", "redis", "message broker", "fan out"], ["sticky", "stateful", "many instances", "across instances", "missed events", "last-event-id"]],
      },
    ],
    modelAnswer:
      "Polling every few seconds is the simplest, but it's wasteful, since most requests return nothing, and adds latency equal to the interval. Server-Sent Events keep one HTTP connection open for a one-way stream from server to client, and the browser's EventSource reconnects automatically and resends Last-Event-ID, so notifications are a natural fit. WebSockets are bidirectional, full-duplex connections, which I'd pick for chat or collaborative editing, at the cost of more infrastructure. Either way connections are stateful and pinned to one instance, so when an event happens I publish it to Redis pub/sub or a message broker, and every instance fans it out to the clients connected to it. On reconnect the client fetches any missed events from the database using the last id it saw.",
  },
  {
    id: "fs-caching-across-layers",
    kind: "technical",
    roles: ["fullstack", "backend", "frontend"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Caching",
    skills: ["caching", "cdn", "redis", "http", "next.js"],
    question: "A product catalogue page is slow under load. Describe the caching layers you could use from the browser down to the database, and how you keep prices correct.",
    keyPoints: [
      {
        point: "Browser/HTTP caching with Cache-Control, ETags and immutable hashed static assets",
        concepts: [["cache-control", "etag", "max-age", "304", "immutable"], ["browser", "hashed", "static assets", "fingerprinted"]],
      },
      {
        point: "CDN/edge caching with s-maxage and stale-while-revalidate",
        concepts: [["cdn", "edge", "cloudflare", "cloudfront", "fastly"], ["s-maxage", "stale-while-revalidate", "surrogate", "purge"]],
      },
      {
        point: "Application cache (Redis) for expensive queries or rendered fragments",
        concepts: [["redis", "memcached", "application cache", "in-memory cache"]],
      },
      {
        point: "Database: indexes, read replicas or materialized views",
        concepts: [["index", "indexes", "read replica", "read replicas", "materialized view", "query cache"]],
      },
      {
        point: "Correctness: invalidate/purge on price change, short TTLs for volatile data, and recheck price at checkout",
        concepts: [["invalidate", "invalidation", "purge", "tag-based", "revalidatetag"], ["checkout", "authoritative", "source of truth", "recheck", "re-check"]],
      },
    ],
    modelAnswer:
      "In the browser, static assets get content-hashed names with Cache-Control: max-age=31536000, immutable, and API responses use ETags so repeat visits get cheap 304s. The catalogue HTML and API responses are cached at the CDN edge with s-maxage and stale-while-revalidate, so most requests never reach our servers. Behind that, the application caches expensive queries such as category listings in Redis. The database gets proper indexes, and I'd add a read replica or materialized view for heavy aggregates. To keep prices correct, a price change triggers invalidation of the Redis keys and a tag-based CDN purge, volatile data like stock gets short TTLs, and checkout always rechecks the price against the database as the source of truth.",
  },
  {
    id: "fs-zero-downtime-deploys",
    kind: "technical",
    roles: ["fullstack", "backend", "devops"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Deployment",
    skills: ["ci/cd", "deployment", "postgresql", "docker", "kubernetes"],
    question: "How do you deploy a web app and its database schema changes with zero downtime, for example renaming a column?",
    keyPoints: [
      {
        point: "Rolling or blue-green deployment with health checks, so old and new versions run side by side",
        concepts: [["rolling", "blue-green", "blue/green", "canary"], ["health check", "readiness", "side by side", "both versions"]],
      },
      {
        point: "Expand-and-contract migrations: add new column, dual-write, backfill, switch reads, drop old later",
        concepts: [["expand and contract", "expand/contract", "expand-contract", "parallel change"], ["backfill", "dual write", "write to both", "drop the old column"]],
      },
      {
        point: "Migrations must be backward compatible with the running code and avoid long locks",
        concepts: [["backward compatible", "backwards compatible", "compatible"], ["lock", "locks", "concurrently", "batches"]],
      },
      {
        point: "Feature flags and a tested rollback plan",
        concepts: [["feature flag", "feature flags", "toggle"], ["rollback", "roll back", "revert", "undo the deploy"]],
      },
    ],
    modelAnswer:
      "I deploy with a rolling or blue-green strategy behind health checks, which means for a while both versions of the code run side by side against the same database. So every migration has to be backwards compatible with the code already running, which is why a column rename uses expand and contract. First add the new column, then deploy code that does a dual write to both, then backfill old rows in batches, switch reads to the new column, and only in a later release drop the old column. I avoid migrations that take long locks, for example creating indexes concurrently. Risky behaviour goes behind feature flags, and each step has a rollback plan that doesn't need the schema to go backwards.",
  },
  {
    id: "fs-env-secrets",
    kind: "technical",
    roles: ["fullstack", "frontend", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Configuration",
    skills: ["next.js", "security", "ci/cd", "deployment"],
    question: "How do you handle configuration and secrets such as API keys in a full-stack app?",
    keyPoints: [
      {
        point: "Keep config in environment variables, different per environment",
        concepts: [["environment variables", "env vars", "env var", "process.env", ".env"], ["per environment", "staging", "production", "development"]],
      },
      {
        point: "Never commit secrets; .env files are git-ignored and a secrets manager holds production values",
        concepts: [["commit", "git", "gitignore", "repository", "repo"], ["secrets manager", "vault", "secret manager", "parameter store", "platform settings"]],
      },
      {
        point: "Anything bundled for the browser is public, so secrets stay server-side",
        concepts: [["browser", "client bundle", "bundled", "frontend code"], ["next_public", "vite_", "public", "server-side", "server only"]],
      },
      {
        point: "Validate config at startup and rotate leaked keys",
        concepts: [["validate", "validation", "fail fast", "at startup"], ["rotate", "rotation", "revoke"]],
      },
    ],
    modelAnswer:
      "Configuration lives in environment variables, with different values for development, staging and production, read through process.env. Secrets are never committed to git: local .env files are in .gitignore, and production values come from a secrets manager such as AWS Secrets Manager, Vault or the hosting platform settings. Anything bundled into the browser is public, so in Next.js only NEXT_PUBLIC_ variables reach the client, and real secrets like payment keys stay server-side. I validate the config at startup with a schema so the app will fail fast on a missing variable, and if a key ever leaks I rotate it immediately.",
  },
  {
    id: "fs-token-storage-csrf",
    kind: "technical",
    roles: ["fullstack", "frontend", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Authentication",
    skills: ["security", "authentication", "cookies", "csrf", "jwt"],
    question: "Where should a single-page app keep its authentication token, and how do you protect against CSRF?",
    keyPoints: [
      {
        point: "localStorage is readable by any script, so XSS can steal the token",
        concepts: [["localstorage", "sessionstorage", "local storage", "web storage"], ["xss", "any script", "readable by javascript", "steal"]],
      },
      {
        point: "Prefer an HttpOnly, Secure cookie (or a backend-for-frontend holding tokens)",
        concepts: [["httponly", "http-only", "http only", "cookie-based"], ["secure cookie", "secure flag", "backend-for-frontend", "bff"]],
      },
      {
        point: "Cookies are sent automatically, which enables CSRF",
        concepts: [["csrf", "cross-site request forgery", "xsrf", "request forgery"], ["automatically", "sent by the browser", "ambient", "attached"]],
      },
      {
        point: "Mitigate with SameSite, anti-CSRF tokens or Origin checks",
        concepts: [["samesite", "same-site", "samesite=lax", "samesite=strict"], ["csrf token", "anti-csrf", "double submit", "origin header", "origin check"]],
      },
    ],
    modelAnswer:
      "I avoid localStorage for tokens because any script on the page can read it, so a single XSS bug lets an attacker steal the token. Instead the session lives in an HttpOnly, Secure cookie, or a backend-for-frontend keeps the OAuth tokens server-side and gives the SPA only a cookie. The trade-off is that cookies are sent automatically by the browser, which opens the door to cross-site request forgery. I mitigate CSRF with SameSite=Lax or Strict, plus a CSRF token or a check of the Origin header on state-changing requests.",
  },
  {
    id: "fs-url-shortener-design",
    kind: "technical",
    roles: ["fullstack", "backend"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "System design",
    skills: ["system design", "postgresql", "redis", "api", "cdn"],
    question: "Design a link shortener for a small startup: users create short links and we count clicks. Expect about 1 million redirects a day.",
    keyPoints: [
      {
        point: "Estimate scale and keep the design simple (one database, stateless app servers)",
        concepts: [["per second", "requests per second", "rps", "estimate", "back of the envelope"], ["single database", "one database", "postgres", "postgresql", "stateless app servers"]],
      },
      {
        point: "Short code generation: random base62 with collision check or encoded id",
        concepts: [["base62", "base 62", "random code", "hash", "nanoid"], ["collision", "unique constraint", "unique index"]],
      },
      {
        point: "Fast redirect path with caching and the right redirect status",
        concepts: [["cache", "redis", "cdn"], ["301", "302", "redirect"]],
      },
      {
        point: "Count clicks asynchronously rather than writing on every redirect",
        concepts: [["asynchronously", "async", "queue", "batch", "buffer"], ["click count", "clicks", "analytics", "counter"]],
      },
      {
        point: "Abuse prevention: rate limits, malicious URL checks",
        concepts: [["abuse", "spam", "phishing", "malicious", "safe browsing"], ["rate limit", "rate limiting", "captcha"]],
      },
    ],
    modelAnswer:
      "A million redirects a day is only about 12 per second on average, so a simple design is enough: stateless app servers and a single PostgreSQL database. Each link gets a random 7-character base62 code, stored in a table with a unique index, and on the rare collision we just generate another. The redirect path reads from a Redis cache, falling back to the database, and returns a 302 so that clicks keep reaching us for counting rather than being cached forever by browsers as a 301 would be. Clicks are counted asynchronously: the handler pushes an event to a queue or an in-memory buffer that writes batched counter updates and analytics. To prevent abuse, link creation has a rate limit and URLs are checked against a phishing and malware list such as Safe Browsing.",
  },
  {
    id: "fs-optimistic-updates",
    kind: "technical",
    roles: ["fullstack", "frontend", "mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "State management",
    skills: ["react", "react query", "ux", "api"],
    question: "How would you implement an optimistic 'like' button, and what happens when the request fails?",
    keyPoints: [
      {
        point: "Update the UI immediately before the server responds",
        concepts: [["optimistic", "optimistically", "optimistic update", "optimistic ui"], ["immediately", "instantly", "before the server responds", "right away"]],
      },
      {
        point: "Snapshot previous state and roll back on error, with feedback to the user",
        concepts: [["snapshot", "previous state", "previous value"], ["roll back", "rollback", "revert", "undo"]],
      },
      {
        point: "Reconcile with the server's response / refetch to stay consistent",
        concepts: [["refetch", "invalidate", "server response", "reconcile", "server's count", "source of truth"]],
      },
      {
        point: "Handle rapid repeated clicks and idempotent endpoint design",
        concepts: [["double click", "repeated clicks", "rapid clicks", "debounce", "in flight", "cancel"], ["idempotent", "put", "set liked", "not a toggle"]],
      },
    ],
    modelAnswer:
      "On click I update the UI optimistically, flipping the heart and incrementing the count immediately, before the server responds. With TanStack Query, onMutate cancels in-flight queries for that post, saves a snapshot of the previous state and writes the new one into the cache. If the request fails, onError will roll back to the snapshot and show a small toast so the user knows it didn't save. In onSettled I invalidate the query so the UI reconciles with the server's count, which is the source of truth. The endpoint is idempotent, PUT /posts/:id/like with liked true or false rather than a toggle, so rapid clicks or retries can't get out of sync.",
  },
  {
    id: "fs-validation-both-sides",
    kind: "technical",
    roles: ["fullstack", "frontend", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Forms",
    skills: ["forms", "validation", "typescript", "zod", "security"],
    question: "Should form validation happen on the client, the server, or both? Why?",
    keyPoints: [
      {
        point: "Client-side validation is for user experience: fast, inline feedback",
        concepts: [["client-side", "client side", "in the browser", "frontend"], ["user experience", "ux", "instant feedback", "inline", "immediate feedback"]],
      },
      {
        point: "Server-side validation is mandatory because clients can be bypassed",
        concepts: [["server-side", "server side", "backend", "api"], ["bypass", "bypassed", "curl", "postman", "can't trust", "never trust", "untrusted"]],
      },
      {
        point: "Share one schema for both to avoid drift",
        concepts: [["shared schema", "same schema", "share", "zod", "yup", "json schema"]],
      },
      {
        point: "Return structured field errors and show them next to the fields",
        concepts: [["field errors", "per field", "next to the field", "field-level", "error messages"]],
      },
    ],
    modelAnswer:
      "Both, for different reasons. Client-side validation is about user experience: it gives instant feedback inline, like a wrong email format, without a round trip. Server-side validation is mandatory, because anyone can bypass the browser with curl or Postman, so the API must never trust input. In a TypeScript stack I share one Zod schema between the form and the API handler so the rules can't drift apart. The API returns structured field errors that the form displays next to the field they belong to, which also covers checks only the server can do, like 'email already taken'.",
  },
  {
    id: "fs-debug-slow-page",
    kind: "technical",
    roles: ["fullstack", "frontend", "backend"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Performance",
    skills: ["performance", "observability", "sql", "react", "devtools"],
    question: "Users say the orders page takes 8 seconds to load. How do you find out whether the problem is in the frontend, the API or the database?",
    keyPoints: [
      {
        point: "Reproduce and look at the network waterfall in DevTools (TTFB vs download vs JS)",
        concepts: [["devtools", "network tab", "waterfall", "har"], ["ttfb", "time to first byte", "waiting", "blocking requests"]],
      },
      {
        point: "Check the frontend: render time, bundle size, request waterfalls between components",
        concepts: [["performance panel", "profiler", "bundle", "long task", "sequential requests", "request waterfall"]],
      },
      {
        point: "Trace the API request: server timing / APM spans to find slow segments",
        concepts: [["server-timing", "server timing", "apm", "trace", "tracing", "spans", "opentelemetry"]],
      },
      {
        point: "Inspect the database with slow query logs and EXPLAIN; fix missing indexes or N+1",
        concepts: [["slow query log", "pg_stat_statements", "explain", "query plan"], ["index", "n+1", "missing index"]],
      },
      {
        point: "Measure before and after with real-user data",
        concepts: [["before and after", "measure", "rum", "real user", "p95", "percentile"]],
      },
    ],
    modelAnswer:
      "First I reproduce it with a realistic account and open the DevTools network tab to read the waterfall: if the API call's TTFB is 7 seconds, it's the backend; if requests are fast but chained one after another, or the main thread is busy, it's the frontend. For the frontend I'd use the performance panel to spot long tasks, a large bundle or a request waterfall where components fetch sequentially. For the API I look at the trace in our APM or OpenTelemetry, or add Server-Timing headers, to see which spans are slow. If it's the database, pg_stat_statements, the slow query log and EXPLAIN ANALYZE usually reveal a missing index or an N+1 pattern. Whatever I change, I measure before and after, ideally with real user p95 data rather than just my own machine.",
  },
  {
    id: "fs-ci-cd-pipeline",
    kind: "technical",
    roles: ["fullstack", "devops", "backend", "frontend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Deployment",
    skills: ["ci/cd", "github actions", "testing", "deployment", "docker"],
    question: "Describe a sensible CI/CD pipeline for a small full-stack web app.",
    keyPoints: [
      {
        point: "On every pull request: install, lint, type-check and run tests",
        concepts: [["pull request", "every push", "pr", "on each commit"], ["lint", "type-check", "typecheck", "unit tests", "tests"]],
      },
      {
        point: "Build once and deploy the same artifact (e.g. a Docker image)",
        concepts: [["build once", "artifact", "docker image", "image", "same build"]],
      },
      {
        point: "Preview or staging environment before production",
        concepts: [["preview", "staging", "preview deployment", "review app"]],
      },
      {
        point: "Automated production deploy with migrations, smoke tests and easy rollback",
        concepts: [["migration", "migrations", "smoke test", "smoke tests", "health check"], ["rollback", "roll back", "previous version"]],
      },
    ],
    modelAnswer:
      "On every pull request, a GitHub Actions workflow installs dependencies with a cache, then runs lint, type-check and unit tests, and maybe a short end-to-end suite; the PR can't merge unless it's green. The pipeline builds once, for example a Docker image tagged with the commit, so the exact artifact that was tested is the one that ships. Each PR also gets a preview deployment, and merging to main deploys to staging. Promotion to production runs database migrations, then the deploy, then smoke tests against the live health check, and a rollback to the previous version is a single click or command.",
  },
];
