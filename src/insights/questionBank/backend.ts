import type { BankQuestion } from "./types";

/** Backend questions: HTTP, databases, caching, queues, auth, concurrency, runtimes, observability, security. */
export const backendQuestions: BankQuestion[] = [
  {
    id: "be-http-methods-idempotency",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "HTTP and REST",
    skills: ["http", "rest", "api"],
    question: "What is the difference between POST, PUT and PATCH, and which of them are idempotent?",
    keyPoints: [
      {
        point: "POST creates a resource or triggers an action; the server usually assigns the id",
        concepts: [["post", "post request", "http post", "a post"], ["create", "creates", "new resource", "server assigns", "collection"]],
      },
      {
        point: "PUT replaces the whole resource at a known URL",
        concepts: [["put", "put request", "http put", "a put"], ["replace", "replaces", "full representation", "whole resource", "entire resource"]],
      },
      {
        point: "PATCH applies a partial update",
        concepts: [["patch", "patch request", "http patch", "a patch"], ["partial", "some fields", "only the fields", "json merge patch", "json patch"]],
      },
      {
        point: "PUT (and GET/DELETE) are idempotent; POST is not, and PATCH is not guaranteed to be",
        concepts: [
          ["idempotent", "idempotency", "same effect", "repeat safely"],
          ["post is not", "not idempotent", "duplicate", "creates twice", "two records"],
        ],
      },
    ],
    modelAnswer:
      "POST sends data to a collection to create a new resource or trigger an action, and the server usually assigns the id. PUT replaces the entire resource at a known URL with the representation in the body, while PATCH applies a partial update to only the fields you send. PUT, like GET and DELETE, is idempotent: sending it twice has the same effect as sending it once. POST is not idempotent, so a retried POST can create two records, and PATCH is not guaranteed to be idempotent either, for example an 'increment by one' patch.",
  },
  {
    id: "be-http-status-codes",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "HTTP and REST",
    skills: ["http", "rest", "api"],
    question: "Which HTTP status codes would you return for: a missing auth token, a logged-in user without permission, invalid input, a duplicate email at sign-up, and an unexpected exception?",
    keyPoints: [
      {
        point: "401 Unauthorized for missing or invalid credentials",
        concepts: [["401", "unauthorized", "unauthenticated"]],
      },
      {
        point: "403 Forbidden when authenticated but not allowed",
        concepts: [["403", "forbidden", "not allowed", "lacks permission"]],
      },
      {
        point: "400 or 422 for invalid input, with a useful error body",
        concepts: [["400", "422", "bad request", "unprocessable"], ["error body", "field errors", "which field", "error message", "problem details"]],
      },
      {
        point: "409 Conflict for a duplicate resource",
        concepts: [["409", "conflict", "already exists", "duplicate"]],
      },
      {
        point: "500 for unexpected errors, without leaking internals",
        concepts: [["500", "internal server error", "5xx", "server error"], ["stack trace", "leak", "internals", "log it", "correlation id", "request id"]],
      },
    ],
    modelAnswer:
      "A missing or invalid token gets 401 Unauthorized, which really means unauthenticated, while a logged-in user who lacks permission gets 403 Forbidden. Invalid input gets 400 Bad Request, or 422 if the syntax is fine but validation fails, with an error body that says which field is wrong, ideally in RFC 7807 problem details format. A duplicate email at sign-up is a 409 Conflict. An unexpected exception returns 500 Internal Server Error with a generic message and a request id, and I log the details server-side rather than leak a stack trace to the client.",
  },
  {
    id: "be-api-pagination",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "API design",
    skills: ["api", "rest", "sql", "postgresql"],
    question: "How would you paginate an API endpoint that lists millions of orders, and why?",
    keyPoints: [
      {
        point: "Offset pagination is simple but gets slow for deep pages and skips/duplicates rows when data changes",
        concepts: [
          ["offset", "limit/offset", "page number"],
          ["slow", "scan", "deep pages", "skip", "duplicates", "inconsistent"],
        ],
      },
      {
        point: "Cursor/keyset pagination uses the last seen sort key in a WHERE clause",
        concepts: [["cursor", "keyset", "seek method", "after="], ["last seen", "where created_at", "where id >", "sort key", "last id"]],
      },
      {
        point: "Needs a stable, unique sort order backed by an index (e.g. created_at, id)",
        concepts: [["index", "indexed", "composite index"], ["unique", "tie-breaker", "tiebreaker", "stable order", "deterministic"]],
      },
      {
        point: "Return an opaque next cursor and a bounded page size",
        concepts: [["opaque", "encoded", "base64", "next cursor", "next_cursor", "next link"], ["max page size", "page size", "limit", "bounded"]],
      },
    ],
    modelAnswer:
      "Offset pagination with limit/offset is simple, but the database still has to scan and discard all the skipped rows, so deep pages get slow, and inserts between requests cause skipped or duplicate rows. For millions of orders I use cursor, or keyset, pagination: the client sends the last seen sort key and the query becomes WHERE (created_at, id) < (:ts, :id) ORDER BY created_at DESC, id DESC LIMIT 50. The id acts as a tie-breaker so the order is deterministic, and a composite index on (created_at, id) makes every page equally fast. The API returns an opaque, base64-encoded next cursor and enforces a maximum page size.",
  },
  {
    id: "be-sql-indexes-basics",
    kind: "technical",
    roles: ["backend", "fullstack", "data"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Databases",
    skills: ["sql", "postgresql", "mysql", "databases"],
    question: "What is a database index, how does it speed up queries, and what does it cost?",
    keyPoints: [
      {
        point: "An index is a separate sorted structure, usually a B-tree, pointing to rows",
        concepts: [["b-tree", "btree", "sorted structure", "data structure", "lookup structure"]],
      },
      {
        point: "It avoids a full table scan, turning lookups into logarithmic searches",
        concepts: [["full table scan", "sequential scan", "seq scan", "scan every row"], ["logarithmic", "log n", "quickly find", "jump directly", "index scan"]],
      },
      {
        point: "Costs: slower writes (inserts/updates maintain it) and extra storage",
        concepts: [["slower writes", "write overhead", "insert", "update", "maintain"], ["storage", "disk space", "memory", "extra space"]],
      },
      {
        point: "Index columns used in WHERE, JOIN and ORDER BY, and verify with EXPLAIN",
        concepts: [["where", "join", "order by", "filter"], ["explain", "explain analyze", "query plan"]],
      },
    ],
    modelAnswer:
      "An index is a separate data structure, usually a B-tree, that keeps the values of one or more columns sorted with pointers back to the rows. Without one, the database must do a full table scan; with it, it can find matching rows in logarithmic time with an index scan. The cost is write overhead, because every insert, update and delete must maintain each index, plus extra disk space and memory. I add indexes for columns that are used in WHERE filters, JOIN conditions and ORDER BY, and I check with EXPLAIN ANALYZE that the query plan actually uses them.",
  },
  {
    id: "be-composite-index-order",
    kind: "technical",
    roles: ["backend", "fullstack", "data"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Databases",
    skills: ["sql", "postgresql", "mysql", "performance"],
    question:
      "A query filters by tenant_id and status and sorts by created_at. It is slow despite separate indexes on each column. How would you index it?",
    keyPoints: [
      {
        point: "Create one composite index instead of separate single-column indexes",
        concepts: [["composite index", "multi-column index", "compound index", "multicolumn"]],
      },
      {
        point: "Column order matters: equality columns first, then the sort/range column (leftmost prefix rule)",
        concepts: [
          ["column order", "order of columns", "leftmost prefix", "left-most", "prefix"],
          ["equality", "equality filters first", "range last", "sort column last"],
        ],
      },
      {
        point: "The index can then also satisfy ORDER BY and avoid a sort; covering indexes avoid table lookups",
        concepts: [["avoid a sort", "no sort", "order by", "sorted"], ["covering index", "include", "index-only scan", "index only scan"]],
      },
      {
        point: "Verify with EXPLAIN and weigh the write cost",
        concepts: [["explain", "explain analyze", "query plan"]],
      },
    ],
    modelAnswer:
      "Separate single-column indexes can't serve the filter and the sort together, so I would replace them with one composite index on (tenant_id, status, created_at). Column order matters because of the leftmost prefix rule: equality filters come first and the sort or range column last. With that order the rows for one tenant and status are already sorted by created_at, so the ORDER BY needs no sort step and LIMIT can stop early. If the query only needs a few columns I can add them with INCLUDE to make a covering index and get an index-only scan. I confirm the plan with EXPLAIN ANALYZE and drop the old indexes so writes don't pay for unused ones.",
  },
  {
    id: "be-acid-transactions",
    kind: "technical",
    roles: ["backend", "fullstack", "data"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Databases",
    skills: ["sql", "databases", "postgresql", "transactions"],
    question: "What does ACID mean, and why would you wrap a money transfer between two accounts in a transaction?",
    keyPoints: [
      {
        point: "Atomicity: all statements commit or none do (rollback)",
        concepts: [["atomic", "atomicity", "all or nothing"], ["rollback", "roll back", "commit"]],
      },
      {
        point: "Consistency: constraints and invariants hold after every transaction",
        concepts: [["consistency", "consistent", "constraints", "invariants"]],
      },
      {
        point: "Isolation: concurrent transactions don't see each other's partial work",
        concepts: [["isolation", "isolated", "isolation level", "don't see each other"], ["concurrent", "at the same time", "partial", "intermediate"]],
      },
      {
        point: "Durability: committed data survives crashes (write-ahead log)",
        concepts: [["durability", "durable", "persisted", "permanent"], ["crash", "power failure", "write-ahead log", "wal", "survives"]],
      },
      {
        point: "Transfer: debit and credit must both happen or neither, so money is never lost or created",
        concepts: [["debit", "withdraw", "subtract"], ["credit", "deposit", "credited"]],
      },
    ],
    modelAnswer:
      "ACID stands for atomicity, consistency, isolation and durability. Atomicity means all statements in the transaction commit together or everything is rolled back; consistency means constraints and invariants, like a non-negative balance, still hold afterwards. Isolation means concurrent transactions don't see each other's partial, intermediate state, and durability means once committed the data survives a crash, thanks to the write-ahead log. For a transfer, the debit from one account and the credit to the other must happen together: if the server crashed between them, money would vanish, so both statements go in one transaction.",
  },
  {
    id: "be-isolation-levels",
    kind: "technical",
    roles: ["backend", "data"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Databases",
    skills: ["sql", "postgresql", "mysql", "transactions", "concurrency"],
    question: "Explain the SQL isolation levels and the anomalies each one allows. Which would you use for a booking system that must never double-book a seat?",
    keyPoints: [
      {
        point: "Read committed prevents dirty reads but allows non-repeatable reads",
        concepts: [["read committed", "read-committed", "postgres default", "default level"], ["dirty read", "dirty reads", "uncommitted data", "read uncommitted"], ["non-repeatable", "nonrepeatable", "different value", "unrepeatable"]],
      },
      {
        point: "Repeatable read / snapshot isolation gives a stable snapshot but allows write skew (and phantoms in some engines)",
        concepts: [["repeatable read", "snapshot isolation", "snapshot"], ["phantom", "phantoms", "write skew", "lost update"]],
      },
      {
        point: "Serializable prevents all anomalies at the cost of retries/aborts",
        concepts: [["serializable", "serialisable", "ssi"], ["retry", "retries", "serialization failure", "abort", "rollback"]],
      },
      {
        point: "For bookings: a unique constraint or SELECT ... FOR UPDATE, or serializable with retries",
        concepts: [["unique constraint", "unique index", "for update", "row lock", "exclusion constraint", "serializable"]],
      },
    ],
    modelAnswer:
      "Read uncommitted allows dirty reads; read committed, the Postgres default, prevents dirty reads but allows non-repeatable reads, because each statement sees the latest committed data. Repeatable read, which Postgres implements as snapshot isolation, gives the transaction a stable snapshot, but it still allows write skew, and in the SQL standard phantom rows can appear. Serializable prevents all of these anomalies, but transactions may fail with serialization failures that the application must retry. For a booking system I would make double booking impossible in the schema with a unique constraint on (event_id, seat_id), or an exclusion constraint for time ranges, and otherwise lock the seat row with SELECT ... FOR UPDATE or run the booking at serializable with retries.",
  },
  {
    id: "be-n-plus-one",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Databases",
    skills: ["sql", "orm", "performance", "graphql"],
    question: "What is the N+1 query problem, how do you detect it, and how do you fix it?",
    keyPoints: [
      {
        point: "One query loads a list, then one extra query runs per item",
        concepts: [["n+1", "n plus one", "one query per", "query per item", "per row"]],
      },
      {
        point: "Often hidden by ORM lazy loading",
        concepts: [["orm", "lazy loading", "lazy-loaded", "lazy load", "active record", "hibernate", "prisma", "sequelize"]],
      },
      {
        point: "Detect via query logs, APM traces or query-count assertions in tests",
        concepts: [["query log", "logging queries", "apm", "trace", "query count", "bullet", "django debug toolbar"]],
      },
      {
        point: "Fix with eager loading / JOIN / WHERE id IN batching, or DataLoader in GraphQL",
        concepts: [["eager loading", "include", "join", "prefetch", "select_related", "where id in", "batches", "dataloader"]],
      },
    ],
    modelAnswer:
      "N+1 happens when code runs one query to load a list of, say, 50 posts and then one query per item to load each author, so 51 round trips instead of one or two. It is usually hidden by ORM lazy loading, where accessing post.author quietly fires a query. I detect it from the query log, APM traces that show many identical queries in one request, or tests that assert a query count. The fix is eager loading, either a JOIN or a second query with WHERE id IN (...) using the ORM's include or prefetch option, and in GraphQL resolvers a DataLoader that batches the lookups per request.",
  },
  {
    id: "be-cache-aside-invalidation",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Caching",
    skills: ["redis", "caching", "performance", "databases"],
    question: "You add Redis in front of a slow product-details query. How do you read and write through the cache, and how do you keep it from serving stale data?",
    keyPoints: [
      {
        point: "Cache-aside: read from cache, on miss load from DB and populate",
        concepts: [["cache-aside", "cache aside", "lazy loading", "read-through"], ["miss", "cache miss", "populate", "fill"]],
      },
      {
        point: "Set a TTL as a safety net for staleness",
        concepts: [["ttl", "time to live", "expiry", "expire", "expiration"]],
      },
      {
        point: "Invalidate (delete) the key when the product is updated, after the DB write commits",
        concepts: [["invalidate", "invalidation", "delete the key", "evict", "del"], ["after the write", "after commit", "on update", "when the product changes", "after the database"]],
      },
      {
        point: "Handle stampedes and race conditions: locking, request coalescing, jittered TTLs",
        concepts: [["stampede", "thundering herd", "dogpile", "race condition"], ["lock", "coalesce", "single flight", "singleflight", "jitter"]],
      },
    ],
    modelAnswer:
      "I would use cache-aside: the service first reads product:{id} from Redis, and on a cache miss it loads the row from the database, writes it back to Redis and returns it. Every key gets a TTL, say ten minutes, as a safety net so nothing stays stale forever. When a product is updated, I delete the key after the database transaction commits, rather than updating it in place, to avoid racing writers leaving an old value behind. For hot keys I guard against a cache stampede with a short lock or single-flight so only one request rebuilds the value, and add jitter to TTLs so many keys don't expire together.",
  },
  {
    id: "be-rate-limiter-design",
    kind: "technical",
    roles: ["backend", "devops"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "System design",
    skills: ["redis", "api", "distributed systems", "system design"],
    question: "Design a rate limiter that allows each API key 100 requests per minute across a fleet of servers.",
    keyPoints: [
      {
        point: "Choose an algorithm: token bucket, sliding window log/counter, or fixed window with its burst problem",
        concepts: [["token bucket", "leaky bucket", "sliding window", "fixed window", "sliding log"]],
      },
      {
        point: "Shared state in Redis so all servers see the same count",
        concepts: [["redis", "shared store", "central store", "memcached"], ["all servers", "every instance", "across instances", "fleet", "shared"]],
      },
      {
        point: "Make check-and-increment atomic (INCR with EXPIRE, Lua script)",
        concepts: [["atomic", "atomically", "lua", "incr", "multi", "race"]],
      },
      {
        point: "Respond with 429 and Retry-After / rate-limit headers",
        concepts: [["429", "too many requests", "reject", "throttle"], ["retry-after", "x-ratelimit", "ratelimit-remaining", "headers"]],
      },
      {
        point: "Decide failure behaviour when Redis is down (fail open vs closed) and latency",
        concepts: [["fail open", "fail closed", "redis is down", "unavailable", "fallback", "local limit"]],
      },
    ],
    modelAnswer:
      "I would use a token bucket or a sliding window counter, because a plain fixed window lets a client send 200 requests around the boundary of two minutes. The state lives in Redis, keyed by API key, so every instance in the fleet sees the same count. The check-and-increment has to be atomic, so I implement it in a small Lua script, or at least use INCR plus EXPIRE in a MULTI, to avoid a race between instances. When the limit is hit, the API responds 429 Too Many Requests with Retry-After and RateLimit-Remaining headers. If Redis is unavailable I would fail open with a generous per-instance local limit, so an outage of the limiter doesn't take down the API.",
  },
  {
    id: "be-queue-delivery-semantics",
    kind: "technical",
    roles: ["backend", "devops", "data"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Message queues",
    skills: ["kafka", "rabbitmq", "sqs", "distributed systems", "messaging"],
    question: "Your service consumes messages from a queue with at-least-once delivery. How do you make processing correct and robust?",
    keyPoints: [
      {
        point: "At-least-once means duplicates happen, so consumers must be idempotent",
        concepts: [["duplicate", "duplicates", "redelivered", "more than once", "twice"], ["idempotent", "idempotency", "dedupe", "deduplicate", "processed ids"]],
      },
      {
        point: "Acknowledge only after processing succeeds",
        concepts: [["ack", "acknowledge", "commit the offset", "delete the message"], ["after processing", "after success", "once processed", "only after"]],
      },
      {
        point: "Retries with backoff and a dead-letter queue for poison messages",
        concepts: [["retry", "retries", "backoff", "exponential"], ["dead-letter", "dead letter", "dlq", "poison message", "parking"]],
      },
      {
        point: "Outbox pattern to publish reliably alongside database writes",
        concepts: [["outbox", "transactional outbox", "change data capture", "cdc"]],
      },
      {
        point: "Consider ordering and monitor queue lag/depth",
        concepts: [["ordering", "in order", "partition key", "message group", "fifo"], ["lag", "queue depth", "consumer lag", "backlog", "alert"]],
      },
    ],
    modelAnswer:
      "At-least-once means a message can be delivered twice, for example after a consumer crashes before acknowledging, so the consumer must be idempotent: I record processed message ids in the same transaction as the side effect, or use natural upserts. I acknowledge the message only after processing succeeds. Failures are retried with exponential backoff, and after a few attempts the message goes to a dead-letter queue so one poison message doesn't block the rest. When the producer also writes to a database, I use the transactional outbox pattern so the event is published if and only if the write commits. Where ordering matters I use a partition key per entity, and I alert on consumer lag and DLQ depth.",
  },
  {
    id: "be-background-jobs-queue",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Message queues",
    skills: ["queues", "redis", "api", "background jobs"],
    question: "Sign-up currently sends a welcome email inside the HTTP request and is slow. How would you change that?",
    keyPoints: [
      {
        point: "Move slow work to a background job via a queue",
        concepts: [["background job", "background worker", "job queue", "queue", "asynchronous", "async"]],
      },
      {
        point: "The request enqueues and responds immediately; a worker processes the job",
        concepts: [["enqueue", "push a job", "publish", "add a job"], ["worker", "consumer", "separate process"]],
      },
      {
        point: "Failures are retried without affecting the user's request",
        concepts: [["retry", "retries", "retried", "backoff"]],
      },
      {
        point: "Name a concrete tool (BullMQ, Sidekiq, Celery, SQS, RabbitMQ)",
        concepts: [["bullmq", "sidekiq", "celery", "sqs", "rabbitmq", "kafka", "resque"]],
      },
    ],
    modelAnswer:
      "Sending email doesn't need to block the response, so I would move it to a background job. The sign-up handler saves the user, then enqueues a 'send welcome email' job with the user id and responds immediately. A separate worker process picks jobs off the queue and calls the email provider. If the provider is down, the job is retried with backoff instead of failing the sign-up. In Node I'd use BullMQ on Redis, in Python Celery, or a managed queue like SQS.",
  },
  {
    id: "be-oauth-authorization-code-pkce",
    kind: "technical",
    roles: ["backend", "fullstack", "mobile"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Authentication",
    skills: ["oauth", "oidc", "security", "authentication"],
    question: "Walk through the OAuth 2.0 authorization code flow with PKCE. Why is PKCE needed?",
    keyPoints: [
      {
        point: "The client redirects the user to the authorization server with client_id, redirect_uri, scope and state",
        concepts: [["redirect", "authorization server", "authorize endpoint", "login page"], ["state", "scope", "redirect_uri", "client_id"]],
      },
      {
        point: "After consent, an authorization code comes back to the redirect URI",
        concepts: [["authorization code", "auth code", "code=", "one-time code"], ["consent", "approves", "logs in"]],
      },
      {
        point: "The code is exchanged at the token endpoint for access/refresh (and ID) tokens",
        concepts: [["exchange", "token endpoint", "back channel"], ["access token", "refresh token", "id token"]],
      },
      {
        point: "PKCE: code_verifier and hashed code_challenge prove the same client redeems the code",
        concepts: [["code_verifier", "code verifier", "verifier"], ["code_challenge", "code challenge", "s256", "sha-256", "hash"]],
      },
      {
        point: "It protects public clients (SPAs, mobile) from intercepted codes; state protects against CSRF",
        concepts: [["public client", "spa", "mobile", "no client secret", "cannot keep a secret"], ["intercept", "intercepted", "stolen code", "csrf"]],
      },
    ],
    modelAnswer:
      "The app generates a random code verifier and sends its SHA-256 hash, the code challenge, when it redirects the user to the authorization server along with client_id, redirect_uri, scope and a random state value. The user logs in and gives consent, and the server redirects back with a short-lived authorization code and the state, which the client checks to prevent CSRF. The client then exchanges the code at the token endpoint, sending the original code_verifier, and receives an access token, a refresh token and, with OpenID Connect, an ID token. The server hashes the verifier and checks it against the challenge. PKCE matters because public clients like SPAs and mobile apps cannot keep a client secret, so without it an intercepted code could be redeemed by an attacker.",
  },
  {
    id: "be-jwt-vs-sessions",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Authentication",
    skills: ["jwt", "authentication", "security", "api"],
    question: "Compare server-side sessions with JWTs for authenticating users of a web app. What are the trade-offs?",
    keyPoints: [
      {
        point: "Sessions: random id in a cookie, state stored server-side; easy to revoke",
        concepts: [["session id", "session store", "server-side", "stored on the server"], ["revoke", "revocation", "log out", "invalidate"]],
      },
      {
        point: "JWT: signed, self-contained claims verified without a lookup; stateless",
        concepts: [["signed", "signature", "hmac", "rs256"], ["stateless", "self-contained", "no lookup", "without a database"]],
      },
      {
        point: "JWTs are hard to revoke: short expiry plus refresh tokens or a denylist",
        concepts: [["short-lived", "short expiry", "expiry", "exp"], ["refresh token", "denylist", "blacklist", "blocklist"]],
      },
      {
        point: "Storage: HttpOnly Secure SameSite cookies rather than localStorage",
        concepts: [["httponly", "http-only", "http only", "not readable by javascript"], ["localstorage", "samesite", "secure cookie", "xss"]],
      },
    ],
    modelAnswer:
      "With server-side sessions the browser holds only a random session id in a cookie and the state lives in a session store like Redis, which costs a lookup per request but makes it trivial to revoke a session or log out everywhere. A JWT is a signed, self-contained token with claims the server can verify without a lookup, so it is stateless and works well across services. The catch is revocation: a stolen JWT stays valid until it expires, so you need short-lived access tokens with refresh tokens, or a denylist, which brings state back. Either way I keep the token in an HttpOnly, Secure, SameSite cookie rather than localStorage, where XSS could read it. For a typical single web app I'd choose sessions; JWTs fit better for distributed APIs.",
  },
  {
    id: "be-password-storage",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Security",
    skills: ["security", "authentication", "owasp"],
    question: "How should an application store user passwords?",
    keyPoints: [
      {
        point: "Never store plain text or reversible encryption; store a hash",
        concepts: [["plain text", "plaintext", "encrypt", "reversible"], ["hash", "hashed", "hashing"]],
      },
      {
        point: "Use a slow, adaptive password hash: bcrypt, scrypt or Argon2 (not MD5/SHA-256)",
        concepts: [["bcrypt", "argon2", "scrypt", "pbkdf2"], ["slow", "work factor", "cost factor", "md5", "sha-256", "fast hash"]],
      },
      {
        point: "A unique random salt per password defeats rainbow tables",
        concepts: [["salt", "salted", "salting", "random salt"], ["rainbow table", "rainbow tables", "precomputed", "same password"]],
      },
      {
        point: "Compare in constant time and rehash when parameters increase",
        concepts: [["constant time", "timing attack", "rehash", "upgrade the hash", "library compare"]],
      },
    ],
    modelAnswer:
      "Passwords should never be stored in plain text or with reversible encryption; we store only a hash. It must be a deliberately slow, adaptive password hash such as Argon2id, bcrypt or scrypt, not a fast hash like MD5 or SHA-256, so that brute-forcing a leaked database is expensive, and the work factor can be raised over time. Each password gets a unique random salt, which these algorithms handle automatically, so identical passwords produce different hashes and rainbow tables are useless. I verify with the library's compare function, which runs in constant time, and rehash on login when the cost parameters are increased.",
  },
  {
    id: "be-race-condition-inventory",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Concurrency",
    skills: ["concurrency", "sql", "postgresql", "transactions"],
    question: "Two customers buy the last item in stock at the same moment and both orders succeed. Why did this happen and how do you prevent it?",
    keyPoints: [
      {
        point: "Read-modify-write race: both read stock=1 before either writes",
        concepts: [["race condition", "race", "read-modify-write", "check-then-act", "lost update"], ["both read", "same time", "concurrently", "before either"]],
      },
      {
        point: "Atomic conditional update: UPDATE ... SET stock = stock - 1 WHERE stock > 0 and check affected rows",
        concepts: [["stock - 1", "stock > 0", "conditional update", "atomic update", "single statement"], ["affected rows", "rows updated", "rowcount", "zero rows"]],
      },
      {
        point: "Or pessimistic locking with SELECT ... FOR UPDATE",
        concepts: [["for update", "pessimistic", "row lock", "lock the row"]],
      },
      {
        point: "Or optimistic locking with a version column and retry",
        concepts: [["optimistic", "version column", "version number", "compare-and-swap", "cas"], ["retry", "retries", "conflict"]],
      },
      {
        point: "A CHECK constraint (stock >= 0) as a final guard",
        concepts: [["check constraint", "stock >= 0", "constraint", "non-negative"]],
      },
    ],
    modelAnswer:
      "It's a read-modify-write race condition: both requests read stock = 1 at the same time, both decide there is enough, and both write 0 and create an order. The simplest fix is an atomic conditional update, UPDATE products SET stock = stock - 1 WHERE id = $1 AND stock > 0, and treating zero affected rows as sold out. If the logic is more complex, I lock the row with SELECT ... FOR UPDATE inside the transaction, which is pessimistic locking, or use optimistic locking with a version column and retry on conflict. I'd also add a CHECK constraint stock >= 0 so the database rejects any bug that slips through.",
  },
  {
    id: "be-nodejs-event-loop",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Node.js",
    skills: ["node.js", "javascript", "concurrency"],
    question: "How does Node.js handle thousands of concurrent requests on a single thread? In what order do setTimeout, setImmediate, promises and process.nextTick callbacks run?",
    keyPoints: [
      {
        point: "A single-threaded event loop with non-blocking I/O handled by the OS/libuv",
        concepts: [["event loop", "event-loop", "single thread", "single-threaded"], ["non-blocking", "libuv", "epoll", "asynchronous i/o", "async i/o", "thread pool"]],
      },
      {
        point: "The loop runs in phases: timers, poll (I/O), check (setImmediate), close",
        concepts: [["phases", "phase", "timers phase", "poll phase", "check phase"]],
      },
      {
        point: "process.nextTick and promise microtasks run before moving on to the next macrotask",
        concepts: [["microtask", "microtasks", "microtask queue"], ["nexttick", "process.nexttick", "next tick", "queuemicrotask"]],
      },
      {
        point: "CPU-heavy synchronous code blocks every request",
        concepts: [["block", "blocks", "blocking"], ["cpu", "synchronous", "heavy computation", "json.parse", "sync"]],
      },
    ],
    modelAnswer:
      "Node runs JavaScript on a single thread with an event loop; I/O is non-blocking, handled by the operating system or libuv's thread pool, and callbacks are queued when it completes, so one thread can juggle thousands of waiting requests. The loop cycles through phases: timers run setTimeout callbacks, the poll phase handles I/O, the check phase runs setImmediate, then close callbacks. Between callbacks, Node drains process.nextTick callbacks first and then the promise microtask queue. So after synchronous code you see nextTick, then promises, then setTimeout and setImmediate, whose relative order depends on which phase you start from. The flip side is that any CPU-heavy synchronous work blocks every request, so it has to be kept short or moved off the main thread.",
  },
  {
    id: "be-node-cpu-bound-work",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Node.js",
    skills: ["node.js", "performance", "concurrency", "queues"],
    question: "A Node.js API's latency spikes for all users whenever someone generates a large PDF report. How do you diagnose and fix this?",
    keyPoints: [
      {
        point: "The CPU-heavy work blocks the event loop, so all requests wait",
        concepts: [["event loop", "event-loop", "main thread", "single thread"], ["blocked", "blocks", "blocking", "starved"]],
      },
      {
        point: "Confirm with event-loop-lag metrics and a CPU profile/flame graph",
        concepts: [["event loop lag", "event loop delay", "monitoreventloopdelay", "loop lag"], ["profile", "profiler", "flame graph", "clinic", "--prof", "--cpu-prof"]],
      },
      {
        point: "Move the work to worker threads or a separate job queue/service",
        concepts: [["worker thread", "worker threads", "worker_threads", "piscina", "child process"], ["queue", "separate service", "background job", "job queue"]],
      },
      {
        point: "Stream output and notify when ready instead of holding the request",
        concepts: [["stream", "streaming", "streams", "pipe"], ["notify", "poll", "webhook", "email a link", "download link", "202"]],
      },
    ],
    modelAnswer:
      "PDF generation is CPU-bound and runs on the main thread, so while it works the event loop is blocked and every other request waits. I would confirm it by tracking event loop delay with monitorEventLoopDelay in our metrics and taking a CPU profile with --cpu-prof or Clinic to see the flame graph. The fix is to move the work off the main thread: for short jobs a worker threads pool like Piscina, and for large reports a background job on a queue processed by a separate service. The API responds 202 with a job id, the worker streams the PDF to object storage, and the user is notified with a download link when it is ready.",
  },
  {
    id: "be-python-gil",
    kind: "technical",
    roles: ["backend", "data"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Python",
    skills: ["python", "concurrency", "asyncio"],
    question: "What is Python's GIL, and how does it affect whether you use threads, processes or asyncio?",
    keyPoints: [
      {
        point: "The GIL lets only one thread execute Python bytecode at a time in CPython",
        concepts: [["gil", "global interpreter lock", "interpreter lock", "free-threaded"], ["one thread", "single thread", "bytecode", "cpython", "at a time"]],
      },
      {
        point: "Threads still help for I/O-bound work because the GIL is released while waiting",
        concepts: [["i/o-bound", "io-bound", "i/o bound", "network", "waiting"], ["released", "releases", "threads", "threading", "threadpoolexecutor"]],
      },
      {
        point: "CPU-bound work needs multiprocessing or native code (NumPy, C extensions)",
        concepts: [["cpu-bound", "cpu bound", "cpu-heavy"], ["multiprocessing", "processpoolexecutor", "processes", "numpy", "c extension"]],
      },
      {
        point: "asyncio gives cooperative concurrency on one thread for many I/O tasks",
        concepts: [["asyncio", "async/await", "await", "event loop"], ["cooperative", "single thread", "many connections", "thousands"]],
      },
    ],
    modelAnswer:
      "The global interpreter lock in CPython means only one thread executes Python bytecode at a time, so threads can't run Python code in parallel on several cores. For I/O-bound work, like calling APIs or databases, threads still help because the GIL is released while a thread is waiting on the network. For CPU-bound work I use multiprocessing or a ProcessPoolExecutor, or push the heavy loops into native code like NumPy, which releases the GIL. asyncio is cooperative concurrency on a single thread with an event loop, which scales to thousands of concurrent connections as long as nothing blocks it. Python 3.13 also has an experimental free-threaded build that removes the GIL.",
  },
  {
    id: "be-go-goroutines-channels",
    kind: "technical",
    roles: ["backend", "devops"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Go",
    skills: ["go", "golang", "concurrency"],
    question: "In Go, how would you fetch data from 20 URLs concurrently with at most 5 requests at a time, and stop everything if the caller cancels?",
    keyPoints: [
      {
        point: "Launch goroutines for the work",
        concepts: [["goroutine", "goroutines", "go func"]],
      },
      {
        point: "Limit concurrency with a worker pool or a buffered-channel semaphore",
        concepts: [["worker pool", "buffered channel", "semaphore", "errgroup.setlimit", "setlimit", "5 workers"]],
      },
      {
        point: "Wait and collect results/errors with WaitGroup, channels or errgroup",
        concepts: [["waitgroup", "sync.waitgroup", "errgroup", "results channel", "channel"]],
      },
      {
        point: "Propagate cancellation with context.Context and request-scoped contexts",
        concepts: [["context", "ctx", "context.context", "withcancel", "withtimeout"], ["cancel", "cancellation", "ctx.done", "newrequestwithcontext"]],
      },
    ],
    modelAnswer:
      "I'd use golang.org/x/sync/errgroup created with errgroup.WithContext(ctx) and call g.SetLimit(5), then start a goroutine per URL with g.Go. Each goroutine builds its request with http.NewRequestWithContext so that if the caller cancels, or one fetch fails and the group cancels, in-flight requests are aborted. Results go into a pre-sized slice indexed by position, which avoids a mutex, or into a results channel. g.Wait() blocks until all finish and returns the first error. Without errgroup the same thing works with a sync.WaitGroup and a buffered channel of size 5 used as a semaphore, checking ctx.Done() before starting work.",
  },
  {
    id: "be-java-equals-hashcode",
    kind: "technical",
    roles: ["backend", "mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Java",
    skills: ["java", "kotlin", "oop"],
    question: "In Java, why must you override hashCode whenever you override equals?",
    keyPoints: [
      {
        point: "Contract: equal objects must have equal hash codes",
        concepts: [["contract", "must have the same hash", "equal objects", "same hashcode", "same hash code"]],
      },
      {
        point: "Hash-based collections (HashMap/HashSet) locate buckets by hashCode before calling equals",
        concepts: [["hashmap", "hashset", "hash-based", "hashtable"], ["bucket", "buckets", "hash bucket", "bin"]],
      },
      {
        point: "Breaking it makes lookups fail and allows duplicates in sets",
        concepts: [["not found", "lookup fails", "returns null", "can't find", "duplicates", "duplicate"]],
      },
      {
        point: "Use the same fields in both, preferably immutable; records or Objects.hash help",
        concepts: [["same fields", "immutable", "objects.hash", "record", "records", "lombok", "ide-generated"]],
      },
    ],
    modelAnswer:
      "The contract says that if two objects are equal according to equals, they must return the same hashCode. Hash-based collections like HashMap and HashSet first use hashCode to pick a bucket and only then call equals on entries in that bucket. If you override equals but not hashCode, two logically equal keys land in different buckets, so map.get returns null for a key that is 'there' and a HashSet happily stores duplicates. I base both methods on the same immutable fields, generate hashCode with Objects.hash, or just use a Java record, which implements both correctly.",
  },
  {
    id: "be-debug-latency-observability",
    kind: "technical",
    roles: ["backend", "devops"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Observability",
    skills: ["observability", "opentelemetry", "prometheus", "monitoring", "logging"],
    question: "The p99 latency of your checkout API doubled after a release, but the average looks fine. How do you investigate using logs, metrics and traces?",
    keyPoints: [
      {
        point: "Metrics: percentile histograms broken down by endpoint, version and instance to scope the problem",
        concepts: [["p99", "percentile", "histogram", "tail latency"], ["by endpoint", "per instance", "by version", "break down", "dimension", "label"]],
      },
      {
        point: "Distributed traces show which span (DB, downstream call) is slow in the tail",
        concepts: [["trace", "traces", "tracing", "opentelemetry", "span", "spans", "jaeger"]],
      },
      {
        point: "Structured logs correlated by trace/request id give detail on specific slow requests",
        concepts: [["structured log", "structured logs", "json logs", "log"], ["trace id", "request id", "correlation id", "correlate"]],
      },
      {
        point: "Compare with the release diff; check saturation (pools, GC, locks), and roll back if needed",
        concepts: [
          ["release", "deploy", "diff", "canary", "previous version"],
          ["connection pool", "gc", "garbage collection", "lock", "saturation", "roll back", "rollback"],
        ],
      },
    ],
    modelAnswer:
      "Averages hide tail latency, so I start with the p99 from the latency histograms and break it down by endpoint, instance and release version to see whether the regression is everywhere or only in some dimension. Then I look at distributed traces from OpenTelemetry, filtered to the slowest requests, to see which span grew: a database query, a downstream call, or time spent waiting for a connection. Structured logs carrying the trace id let me correlate those slow requests with details like the customer's cart size. I compare against the release diff and check saturation signals such as connection pool wait, GC pauses and lock contention. If the cause isn't quick to fix, I roll back to the previous version and investigate from there.",
  },
  {
    id: "be-sql-injection",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Security",
    skills: ["security", "sql", "owasp"],
    question: "What is SQL injection and how do you prevent it?",
    keyPoints: [
      {
        point: "User input concatenated into SQL can change the query's meaning",
        concepts: [["concatenate", "concatenated", "string interpolation", "string building", "template string"], ["user input", "untrusted input", "attacker"]],
      },
      {
        point: "Use parameterized queries / prepared statements so data is never executed as SQL",
        concepts: [["parameterized", "parameterised", "prepared statement", "prepared statements", "bind parameters", "placeholders"]],
      },
      {
        point: "ORMs and query builders help, but raw query escape hatches still need parameters; allow-list identifiers",
        concepts: [["orm", "query builder", "knex", "prisma", "sqlalchemy"], ["allow-list", "allowlist", "whitelist", "column name", "order by"]],
      },
      {
        point: "Least-privilege database accounts limit the damage",
        concepts: [["least privilege", "least-privilege", "minimal permissions", "limited permissions", "restricted user"]],
      },
    ],
    modelAnswer:
      "SQL injection happens when user input is concatenated into a SQL string, so an attacker can type something like ' OR 1=1 -- and change what the query does, reading or deleting data. The fix is parameterized queries, also called prepared statements, where the SQL has placeholders and the values are sent separately, so they are never executed as code. ORMs and query builders do this by default, but their raw query functions still need bind parameters. Identifiers like a sort column can't be parameters, so I check them against an allow-list. As defence in depth the app connects with a least-privilege database user.",
  },
  {
    id: "be-ssrf-prevention",
    kind: "technical",
    roles: ["backend", "devops"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Security",
    skills: ["security", "owasp", "aws", "networking"],
    question: "Your service fetches a URL supplied by the user to generate a link preview. What are the risks and how do you make it safe?",
    keyPoints: [
      {
        point: "Server-side request forgery: the server can be pointed at internal services or cloud metadata",
        concepts: [["ssrf", "server-side request forgery", "server side request forgery"], ["internal", "metadata", "169.254.169.254", "localhost", "private network"]],
      },
      {
        point: "Validate the resolved IP against private/link-local ranges, and re-check after redirects and DNS rebinding",
        concepts: [
          ["resolve", "resolved ip", "dns", "private ip", "private ranges", "link-local"],
          ["redirect", "redirects", "dns rebinding", "rebinding"],
        ],
      },
      {
        point: "Allow only http/https and standard ports",
        concepts: [["http and https", "https only", "scheme", "file://", "gopher"], ["port", "ports", "port 80", "port 443"]],
      },
      {
        point: "Isolate the fetcher: egress proxy/network policy, IMDSv2, timeouts and size limits",
        concepts: [["egress", "proxy", "network policy", "isolated", "sandbox", "imdsv2"], ["timeout", "size limit", "max size", "response size"]],
      },
    ],
    modelAnswer:
      "The main risk is server-side request forgery: an attacker supplies a URL like http://169.254.169.254/ or an internal admin service, and our server fetches it from inside the private network. I allow only the http and https schemes on standard ports, so file:// and gopher are rejected. I resolve the hostname myself, reject private, loopback and link-local ranges, and connect to that resolved IP, which defeats DNS rebinding; redirects are either disabled or re-checked at every hop. The fetcher runs in an isolated service behind an egress proxy with a network policy that blocks internal ranges, with IMDSv2 enforced on the hosts. Finally I set short timeouts and a maximum response size so it can't be used to tie up resources.",
  },
];
