import type { BankQuestion } from "./types";

/** Questions that span roles (API design, delivery); also the model for the shape every bank file follows. */
export const crossRoleQuestions: BankQuestion[] = [
  {
    id: "be-idempotent-payments",
    kind: "technical",
    roles: ["backend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "API design",
    skills: ["api", "rest", "http", "payments", "databases"],
    question:
      "A client may retry a POST /payments request after a timeout. How do you make sure the customer is charged only once?",
    keyPoints: [
      {
        point: "Use an idempotency key sent by the client with each logical request",
        concepts: [["idempotency key", "idempotent key", "request id", "unique key", "dedupe key", "deduplication key"]],
      },
      {
        point: "Store the key with the outcome atomically (unique constraint or transaction)",
        concepts: [
          ["store", "persist", "save", "record", "table", "database"],
          ["unique constraint", "unique index", "transaction", "atomic", "lock", "insert on conflict"],
        ],
      },
      {
        point: "Return the stored response on a retry instead of processing again",
        concepts: [["retry", "repeat", "duplicate", "second request", "same key"], ["return", "replay", "respond", "same response", "cached response"]],
      },
      {
        point: "Expire keys after a window and handle concurrent requests with the same key",
        concepts: [["expire", "ttl", "time to live", "window", "clean up", "24 hours"], ["concurrent", "in flight", "in progress", "race", "parallel", "lock"]],
      },
    ],
    modelAnswer:
      "I require an Idempotency-Key header on payment requests. The server inserts the key in a table with a unique constraint inside the same transaction that creates the charge, so two requests with the same key cannot both succeed. If the key already exists with a finished result, the server returns the stored response; if it is still in progress, it answers 409 so the client retries later. Keys expire after 24 hours, and the payment provider is called with the same key so the charge itself is idempotent too.",
  },
  {
    id: "fs-feature-flags-rollout",
    kind: "technical",
    roles: ["fullstack", "backend", "frontend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Delivery",
    skills: ["feature flags", "continuous delivery", "deployment", "monitoring"],
    question:
      "You need to ship a risky change to checkout without a big-bang release. How would you use feature flags to roll it out, and what can go wrong?",
    keyPoints: [
      {
        point: "Deploy the code dark behind a flag and separate deployment from release",
        concepts: [["feature flag", "feature toggle", "flag", "toggle"], ["deploy", "dark launch", "turned off", "disabled by default", "release separately"]],
      },
      {
        point: "Roll out gradually to a percentage or cohort of users",
        concepts: [["gradual", "percentage", "percent", "canary", "cohort", "internal users", "beta users", "ramp"]],
      },
      {
        point: "Watch metrics and error rates, and turn the flag off as a kill switch",
        concepts: [["metrics", "error rate", "dashboard", "monitor", "conversion", "alert"], ["kill switch", "turn it off", "switch off", "roll back", "rollback", "disable the flag"]],
      },
      {
        point: "Clean up old flags to avoid flag debt and untested combinations",
        concepts: [["clean up", "remove the flag", "delete the flag", "flag debt", "stale flags", "technical debt"]],
      },
    ],
    modelAnswer:
      "I would deploy the new checkout code dark behind a feature flag that is disabled by default, so deploying and releasing are separate steps. Then I would ramp it gradually: internal users first, then 1%, 10% and 50% of customers, using a consistent cohort so each user sees one version. At each step I would monitor conversion, error rate and latency on a dashboard with alerts, and the flag doubles as a kill switch to roll back in seconds without a deploy. The risks are flag debt and untested combinations, so once it is at 100% I would remove the flag and delete the old path.",
  },
];
