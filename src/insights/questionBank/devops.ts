import type { BankQuestion } from "./types";

/** DevOps, SRE, cloud and infrastructure questions. */
export const devopsQuestions: BankQuestion[] = [
  {
    id: "do-ci-vs-cd",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "CI/CD",
    skills: ["ci/cd", "github actions", "jenkins", "git"],
    question: "What is the difference between continuous integration, continuous delivery and continuous deployment?",
    keyPoints: [
      {
        point: "CI: small changes merged frequently, each triggering an automated build and tests",
        concepts: [
          ["frequently", "several times a day", "small changes", "small commits", "merge to main", "trunk"],
          ["automated tests", "automated build", "build and test", "test suite", "runs the tests", "pipeline runs"],
        ],
      },
      {
        point: "Continuous delivery: every change is releasable; production release is a manual decision",
        concepts: [
          ["releasable", "deployable", "ready to release", "ready to deploy", "release candidate"],
          ["manual approval", "approval", "human decides", "one click", "press a button", "manual gate"],
        ],
      },
      {
        point: "Continuous deployment: every passing change goes to production automatically",
        concepts: [["automatically to production", "automatically deployed", "deployed automatically", "no manual step", "no human", "without human"]],
      },
      {
        point: "It needs safeguards: feature flags, monitoring, rollback",
        concepts: [["feature flag", "feature flags", "rollback", "roll back", "monitoring", "canary"]],
      },
    ],
    modelAnswer:
      "Continuous integration means developers merge small changes into the main branch frequently, and every push runs an automated build and test suite so integration problems show up within minutes. Continuous delivery extends that: every change that passes the pipeline is packaged and kept releasable, and going to production is a manual approval or one click. Continuous deployment removes that last gate, so every green commit is deployed automatically to production with no human step. That only works with strong safeguards: good test coverage, feature flags to hide unfinished work, monitoring and automatic rollback when metrics degrade.",
  },
  {
    id: "do-docker-image-vs-container",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Docker",
    skills: ["docker", "containers", "linux"],
    question: "What is the difference between a Docker image and a container, and how does a container differ from a virtual machine?",
    keyPoints: [
      {
        point: "An image is a read-only template made of layers",
        concepts: [
          ["read-only", "read only", "immutable", "template", "blueprint"],
          ["layer", "layers", "layered", "dockerfile"],
        ],
      },
      {
        point: "A container is a running instance with a thin writable layer that is lost on removal",
        concepts: [
          ["running instance", "instance of", "running process", "runtime instance"],
          ["writable layer", "writable", "ephemeral", "lost when", "thin layer"],
        ],
      },
      {
        point: "Containers share the host kernel; VMs run a full guest OS on a hypervisor",
        concepts: [
          ["share the kernel", "shares the kernel", "host kernel", "same kernel", "shared kernel"],
          ["hypervisor", "guest os", "full operating system", "own kernel", "own os"],
        ],
      },
      {
        point: "Isolation comes from namespaces and cgroups",
        concepts: [["namespaces", "namespace", "cgroups", "cgroup", "control groups"]],
      },
      {
        point: "Containers are lighter and start faster, with weaker isolation",
        concepts: [["start in seconds", "milliseconds", "lightweight", "lighter", "less overhead", "faster to start"]],
      },
    ],
    modelAnswer:
      "An image is a read-only template built from a Dockerfile as a stack of layers, each layer recording the filesystem changes of one instruction. A container is a running instance of an image: Docker adds a thin writable layer on top, and anything written there is lost when the container is removed unless it goes to a volume. Unlike a virtual machine, which runs a full guest OS on a hypervisor, containers share the host kernel. Isolation comes from Linux namespaces for processes, network and mounts, and cgroups for CPU and memory limits. That makes containers lightweight: they start in seconds or less and you can pack many more on a host, at the cost of weaker isolation than a VM.",
  },
  {
    id: "do-linux-disk-full",
    kind: "technical",
    roles: ["devops"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Linux",
    skills: ["linux", "bash", "troubleshooting"],
    question: "A server alerts that its disk is 100% full. Walk through how you investigate and fix it.",
    keyPoints: [
      {
        point: "Use df -h to find which filesystem is full",
        concepts: [["df -h", "df", "disk free", "which filesystem", "mount point"]],
      },
      {
        point: "Use du (or ncdu) to find the largest directories",
        concepts: [["du -sh", "du", "disk usage", "ncdu", "largest directories", "biggest directories"]],
      },
      {
        point: "Deleted files still held open by a process keep using space (lsof)",
        concepts: [["lsof", "deleted files", "deleted but open", "still open", "open file handle", "file handles"]],
      },
      {
        point: "Fix the usual culprits for good: log rotation, pruning old images",
        concepts: [["logrotate", "log rotation", "rotate", "old logs", "journalctl --vacuum", "docker system prune"]],
      },
      {
        point: "Check for inode exhaustion",
        concepts: [["inode", "inodes", "df -i", "small files"]],
      },
    ],
    modelAnswer:
      "I start with df -h to see which filesystem is full, and df -i in case it is inodes rather than bytes, which happens with millions of small files. Then du -sh on the top-level directories, or ncdu, to find the largest directories; it is usually /var/log, a cache, or old Docker images. If df says full but du can't account for the space, a process is holding deleted files open, so lsof +L1 shows them and restarting or signalling that process frees the space. To fix it for good I set up logrotate with compression and retention, prune old images with docker system prune, and alert at 80% instead of 100%.",
  },
  {
    id: "do-dns-resolution",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Networking",
    skills: ["dns", "networking", "linux"],
    question:
      "What happens, DNS-wise, when a browser looks up api.example.com for the first time? What can go wrong after you change a record?",
    keyPoints: [
      {
        point: "Local caches are checked first, then a recursive resolver",
        concepts: [
          ["cache", "cached", "caches"],
          ["recursive resolver", "resolver", "8.8.8.8", "isp resolver", "1.1.1.1"],
        ],
      },
      {
        point: "The resolver walks root, TLD and then the authoritative name server",
        concepts: [
          ["root", "tld", "top-level domain", ".com"],
          ["authoritative", "authoritative name server", "name server", "nameserver", "ns record"],
        ],
      },
      {
        point: "Record types such as A, AAAA and CNAME",
        concepts: [["a record", "aaaa", "cname", "ipv4", "ipv6"]],
      },
      {
        point: "Answers are cached for their TTL, so changes are not seen immediately; lower the TTL before a migration",
        concepts: [
          ["ttl", "time to live", "time-to-live"],
          ["propagation", "stale", "old ip", "until it expires", "lower the ttl", "cached answer"],
        ],
      },
    ],
    modelAnswer:
      "The browser and the operating system first check their own caches, and on a miss the query goes to a recursive resolver, such as the ISP's or 1.1.1.1. If the resolver has nothing cached, it asks a root server, which points to the .com TLD servers, which point to the authoritative name server for example.com. The authoritative server returns the record, typically an A record with an IPv4 address, AAAA for IPv6, or a CNAME to follow. Every answer carries a TTL, and every cache along the way keeps it until the TTL expires. So after changing a record, some clients keep hitting the old IP until their cached answer expires, which is why I lower the TTL to something like 60 seconds a day before a migration.",
  },
  {
    id: "do-logs-metrics-traces",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Observability",
    skills: ["observability", "prometheus", "grafana", "opentelemetry"],
    question: "Explain the difference between logs, metrics and traces. When is each most useful?",
    keyPoints: [
      {
        point: "Metrics are cheap numeric time series for dashboards and alerting",
        concepts: [
          ["metrics", "metric", "counters", "gauges", "histograms", "time series"],
          ["alert", "alerting", "dashboard", "dashboards", "trends"],
        ],
      },
      {
        point: "Logs are discrete events with detail about a specific request or error",
        concepts: [
          ["log", "logs", "log lines", "structured logs", "structured logging"],
          ["detail", "details", "specific request", "error message", "stack trace"],
        ],
      },
      {
        point: "Traces follow one request across services as spans",
        concepts: [
          ["trace", "traces", "tracing", "distributed tracing"],
          ["span", "spans", "across services", "service to service", "latency breakdown", "where the time goes"],
        ],
      },
      {
        point: "They are correlated through a trace or request id",
        concepts: [["trace id", "correlation id", "request id", "correlate", "exemplars"]],
      },
      {
        point: "Each has a cost: cardinality, volume, sampling",
        concepts: [["cardinality", "cost", "expensive", "sampling", "sampled"]],
      },
    ],
    modelAnswer:
      "Metrics are numbers aggregated over time, like request rate, error rate or p99 latency stored as time series in Prometheus; they are cheap to keep and ideal for dashboards, trends and alerting. Logs are individual timestamped events with rich detail, such as an error message and stack trace for one specific request, so they answer what exactly happened. Traces follow a single request across services as a tree of spans, showing where the time goes when a checkout touches five services. They work best together: an alert fires on a metric, a trace shows which service is slow, and the trace id in structured logs leads to the exact failure. Each has a cost trade-off: high-cardinality labels blow up metrics storage, logs get expensive at volume, and traces are usually sampled.",
  },
  {
    id: "do-502-vs-504",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Networking",
    skills: ["nginx", "load balancing", "http", "aws"],
    question: "Users see intermittent 502 and 504 errors from your load balancer. What do these codes mean and where do you look?",
    keyPoints: [
      {
        point: "502 Bad Gateway: the upstream returned an invalid response or none (refused, reset, crashed)",
        concepts: [
          ["502", "bad gateway", "502s", "http 502"],
          ["invalid response", "connection refused", "connection reset", "crashed", "closed the connection", "no healthy"],
        ],
      },
      {
        point: "504 Gateway Timeout: the upstream did not answer within the proxy timeout",
        concepts: [
          ["504", "gateway timeout", "504s", "http 504"],
          ["timeout", "timed out", "too slow", "didn't respond in time", "did not respond in time"],
        ],
      },
      {
        point: "Check load balancer logs and target health checks",
        concepts: [["health check", "health checks", "unhealthy", "target group", "lb logs", "load balancer logs", "access logs"]],
      },
      {
        point: "Common causes: deploys without draining, keep-alive/idle timeout mismatch, slow queries",
        concepts: [["keep-alive", "keepalive", "idle timeout", "draining", "deployments", "slow queries"]],
      },
    ],
    modelAnswer:
      "A 502 Bad Gateway means the load balancer reached the upstream but got an invalid response or none at all, for example the connection was refused or reset because the app crashed or was restarting. A 504 Gateway Timeout means the upstream accepted the request but did not respond in time before the load balancer's timeout. I start with the load balancer logs, which record the target and timings for each failing request, and check whether targets are flapping in the health checks. Intermittent 502s often come from deployments that kill instances without draining, or from an app keep-alive timeout shorter than the load balancer's idle timeout. Clustered 504s usually point to slow queries or a saturated dependency, which the latency metrics and traces of that service confirm.",
  },
  {
    id: "do-vertical-vs-horizontal-scaling",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Scaling",
    skills: ["scalability", "cloud", "aws", "load balancing"],
    question: "What is the difference between vertical and horizontal scaling, and what does an application need to scale horizontally?",
    keyPoints: [
      {
        point: "Vertical scaling means a bigger machine; it is simple but has a ceiling and stays a single point of failure",
        concepts: [
          ["vertical", "scale up", "scaling up", "bigger machine", "bigger instance", "larger instance"],
          ["ceiling", "hard limit", "single point of failure", "downtime to resize", "largest instance"],
        ],
      },
      {
        point: "Horizontal scaling adds instances behind a load balancer",
        concepts: [
          ["horizontal", "scale out", "scaling out", "more instances", "more machines", "more servers"],
          ["load balancer", "load balancing", "distribute traffic", "spread traffic"],
        ],
      },
      {
        point: "The app must be stateless: sessions and files live in shared stores",
        concepts: [
          ["stateless", "no local state", "shared state"],
          ["session", "sessions", "redis", "object storage", "s3", "external store"],
        ],
      },
      {
        point: "Autoscaling adjusts the number of instances to load",
        concepts: [["autoscaling", "auto scaling", "autoscale", "auto-scaling group", "scaling policy"]],
      },
      {
        point: "The database becomes the bottleneck: caching, read replicas, sharding",
        concepts: [["read replica", "read replicas", "sharding", "shard", "caching"]],
      },
    ],
    modelAnswer:
      "Vertical scaling, or scaling up, means moving to a bigger machine with more CPU and RAM; it needs no code changes but hits a hard ceiling, costs more per unit and stays a single point of failure. Horizontal scaling, or scaling out, adds more instances and spreads traffic across them with a load balancer, which also gives redundancy. For that the app has to be stateless: sessions live in Redis or a signed cookie and uploaded files go to object storage like S3, so any instance can serve any request. Then autoscaling can add or remove instances based on CPU or request rate. The database usually becomes the next bottleneck, handled with caching, read replicas and eventually sharding.",
  },
  {
    id: "do-dockerfile-optimization",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Docker",
    skills: ["docker", "ci/cd", "node.js", "security"],
    question: "A Node.js Docker image is 1.4 GB and rebuilds from scratch on every commit. How would you improve the Dockerfile?",
    keyPoints: [
      {
        point: "Use a multi-stage build and copy only the built artifacts into the final image",
        concepts: [["multi-stage", "multistage", "multi stage", "builder stage", "build stage"]],
      },
      {
        point: "Start from a slim or distroless base image",
        concepts: [["alpine", "slim", "distroless", "smaller base", "minimal base"]],
      },
      {
        point: "Order instructions for the layer cache: dependency manifests and install before the source",
        concepts: [
          ["layer cache", "layer caching", "build cache", "cache"],
          ["package.json", "lockfile", "package-lock", "dependencies first", "copy the source last", "npm ci"],
        ],
      },
      {
        point: "Use .dockerignore to keep the build context small",
        concepts: [[".dockerignore", "dockerignore", "build context"]],
      },
      {
        point: "Run as non-root and keep secrets out of layers",
        concepts: [["non-root", "nonroot", "user node", "root user", "secrets"]],
      },
    ],
    modelAnswer:
      "I'd use a multi-stage build: a builder stage installs all dependencies and compiles the app, and the final stage copies only the built output and production dependencies. The final stage starts from a slim or distroless base image instead of the full node image, which alone saves hundreds of megabytes. To make rebuilds fast I order instructions for the layer cache: copy package.json and the lockfile, run npm ci, and only then copy the source, so a code change doesn't reinstall dependencies. A .dockerignore keeps node_modules, .git and test data out of the build context. Finally the container runs as a non-root user and no secrets are baked into any layer, because they stay readable in the image history.",
  },
  {
    id: "do-k8s-probes",
    kind: "technical",
    roles: ["devops"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Kubernetes",
    skills: ["kubernetes", "docker", "microservices"],
    question: "Explain Kubernetes liveness, readiness and startup probes. What goes wrong if you configure them badly?",
    keyPoints: [
      {
        point: "Liveness failure makes the kubelet restart the container (stuck process, deadlock)",
        concepts: [
          ["liveness", "liveness probe", "livenessprobe", "liveness check"],
          ["restart", "restarts", "kill", "killed", "deadlock", "stuck"],
        ],
      },
      {
        point: "Readiness failure removes the pod from Service endpoints without restarting it",
        concepts: [
          ["readiness", "readiness probe", "readinessprobe", "readiness check"],
          ["endpoints", "stop sending traffic", "removed from the service", "no traffic", "out of rotation"],
        ],
      },
      {
        point: "A startup probe protects slow-starting apps from premature liveness kills",
        concepts: [["startup probe", "startup", "slow start", "slow-starting", "initial delay", "boot"]],
      },
      {
        point: "Liveness probes that check dependencies cause cascading restarts",
        concepts: [
          ["dependencies", "dependency", "database", "downstream"],
          ["cascading", "cascade", "restart loop", "all pods", "crashloop", "every pod"],
        ],
      },
    ],
    modelAnswer:
      "A liveness probe tells the kubelet whether the container is still working; if it fails repeatedly the container is killed and restarted, which rescues a process stuck in a deadlock. A readiness probe decides whether the pod receives traffic: when it fails, the pod is removed from the Service endpoints but not restarted, which is right during warm-up or temporary overload. A startup probe holds off the other probes until a slow-starting app has booted, so a JVM that needs 60 seconds isn't killed in a loop. The classic mistake is a liveness probe that checks the database or other dependencies: when the database blips, every pod fails liveness and restarts at once, turning a small outage into a cascading one. Liveness should check only the process itself, with timeouts and thresholds generous enough for GC pauses.",
  },
  {
    id: "do-k8s-crashloopbackoff",
    kind: "technical",
    roles: ["devops"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Kubernetes",
    skills: ["kubernetes", "docker", "troubleshooting"],
    question: "A pod is in CrashLoopBackOff after a deploy. How do you find out why?",
    keyPoints: [
      {
        point: "kubectl describe pod shows events, exit code and termination reason",
        concepts: [
          ["kubectl describe", "describe pod", "pod events", "kubectl get events"],
          ["exit code", "oomkilled", "last state", "termination reason"],
        ],
      },
      {
        point: "kubectl logs --previous shows the output of the crashed container",
        concepts: [["kubectl logs", "logs --previous", "previous container", "previous instance", "container logs"]],
      },
      {
        point: "Common causes: missing ConfigMap/Secret/env var, wrong command, failing probe",
        concepts: [["configmap", "secret", "environment variable", "env var", "missing config", "wrong command"]],
      },
      {
        point: "Memory limits and OOM kills (exit code 137)",
        concepts: [["memory limit", "limits", "out of memory", "exit code 137", "137"]],
      },
      {
        point: "Roll back first if production is affected, then debug the new image",
        concepts: [["rollback", "roll back", "rollout undo", "kubectl debug", "run the image locally", "ephemeral container"]],
      },
    ],
    modelAnswer:
      "First kubectl describe pod, whose events and last state show the exit code and reason, for example OOMKilled, a failed liveness probe or an image pull problem. Then kubectl logs --previous to read the output of the container that just crashed, since the current one may have no logs yet. Most crash loops after a deploy come from a missing ConfigMap, Secret or environment variable, a wrong command or entrypoint, or a probe that fails before the app is ready. Exit code 137 means the memory limit was hit, so I compare usage with the limits and either fix the leak or raise them. If production is affected I first do kubectl rollout undo to restore the previous version, then debug the new image with kubectl debug or by running it locally with the same config.",
  },
  {
    id: "do-terraform-state",
    kind: "technical",
    roles: ["devops"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Infrastructure as Code",
    skills: ["terraform", "iac", "aws"],
    question: "What is Terraform state, why is it important, and how do you manage it in a team?",
    keyPoints: [
      {
        point: "State maps resources in the configuration to real-world objects and IDs",
        concepts: [["maps each resource", "mapping between", "real-world resources", "real resources", "resource ids", "actual infrastructure"]],
      },
      {
        point: "Store it in a shared remote backend, not locally or in git",
        concepts: [["remote backend", "remote state", "s3 backend", "s3 bucket", "gcs", "terraform cloud"]],
      },
      {
        point: "Use state locking to prevent concurrent applies",
        concepts: [
          ["lock", "locking", "state lock", "dynamodb"],
          ["concurrent", "at the same time", "two people", "simultaneous", "corrupt"],
        ],
      },
      {
        point: "State can contain secrets: encrypt it and restrict access",
        concepts: [
          ["sensitive", "secrets", "passwords", "plaintext"],
          ["encrypt", "encrypted", "encryption", "restrict access", "never commit"],
        ],
      },
      {
        point: "Split state per environment/component and detect drift",
        concepts: [["drift", "terraform import", "state mv", "split state", "per environment", "blast radius"]],
      },
    ],
    modelAnswer:
      "Terraform state is a JSON file that maps each resource in the configuration to the real-world resources and their IDs, and Terraform compares it with the config and the provider to decide what to create, change or destroy. In a team it must live in a remote backend such as an S3 bucket or Terraform Cloud, never on a laptop or in git. The backend needs state locking, for example a DynamoDB table, so two people running apply at the same time can't corrupt it. State often contains secrets in plaintext, like database passwords, so the bucket is encrypted with versioning enabled and access is restricted to CI and a few admins. I split state per environment and component to limit the blast radius, and I run a scheduled plan to detect drift from manual changes.",
  },
  {
    id: "do-deployment-strategies",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Deployment",
    skills: ["ci/cd", "kubernetes", "deployment"],
    question: "Compare rolling, blue-green and canary deployments. When would you pick each?",
    keyPoints: [
      {
        point: "Rolling updates replace instances gradually, so old and new versions run together",
        concepts: [
          ["rolling", "rolling update", "gradually replace", "one by one", "batches"],
          ["both versions", "mixed versions", "old and new", "two versions", "backward compatible"],
        ],
      },
      {
        point: "Blue-green switches all traffic between two environments, allowing instant rollback",
        concepts: [
          ["blue-green", "blue green", "blue/green"],
          ["switch", "flip", "cut over", "instant rollback", "swap"],
        ],
      },
      {
        point: "Canary sends a small share of traffic to the new version and compares metrics",
        concepts: [
          ["canary", "canaries", "small percentage", "1% of traffic", "5% of traffic", "subset of users"],
          ["error rate", "latency", "metrics", "monitor", "automated analysis"],
        ],
      },
      {
        point: "Trade-offs: extra capacity and tooling complexity",
        concepts: [["double", "twice the capacity", "extra capacity", "extra infrastructure", "complexity", "service mesh"]],
      },
    ],
    modelAnswer:
      "A rolling update replaces instances gradually, a few at a time, so it needs no extra capacity, but old and new versions serve traffic together for a while, so changes must be backward compatible. Blue-green runs a complete second environment with the new version and then switches the load balancer over at once; rollback is an instant switch back, at the cost of double capacity during the release. A canary sends a small percentage of traffic, say 5%, to the new version and compares its error rate and latency with the baseline before widening the rollout. I use rolling updates for routine stateless services, blue-green when I need a clean cut-over and instant rollback, and canaries for high-traffic or risky changes where real-user metrics are the best test, which usually requires a service mesh or a smart load balancer.",
  },
  {
    id: "do-slo-error-budget",
    kind: "technical",
    roles: ["devops"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "SRE",
    skills: ["sre", "slo", "observability", "monitoring"],
    question: "What are SLIs, SLOs and error budgets, and how do they change how a team works?",
    keyPoints: [
      {
        point: "An SLI is a measured indicator of user experience, usually a ratio of good events",
        concepts: [
          ["sli", "slis", "service level indicator"],
          ["ratio", "percentage of requests", "proportion of requests", "share of requests", "good requests", "successful requests", "latency under"],
        ],
      },
      {
        point: "An SLO is a target for the SLI over a time window",
        concepts: [
          ["slo", "slos", "service level objective", "reliability target"],
          ["99.9%", "over 28 days", "30 days", "window", "rolling window"],
        ],
      },
      {
        point: "An SLA is a contractual promise with penalties, set looser than the SLO",
        concepts: [["sla", "service level agreement", "contract", "contractual", "penalties", "credits"]],
      },
      {
        point: "The error budget is the allowed unreliability (100% minus the SLO)",
        concepts: [
          ["error budget", "budget", "error-budget", "unreliability budget"],
          ["1 - slo", "100% minus", "0.1%", "0.5%", "allowed failures", "allowed downtime", "allowed unreliability", "room for failure"],
        ],
      },
      {
        point: "A budget policy: ship freely while budget remains, freeze and focus on reliability when exhausted",
        concepts: [["freeze", "feature freeze", "pause releases", "slow down releases", "reliability work", "prioritize reliability"]],
      },
    ],
    modelAnswer:
      "An SLI is a measured indicator of user experience, usually a ratio such as the share of successful requests or of requests served in under 300 ms. An SLO is the target for that SLI over a window, for example 99.9% of requests succeed over 28 days, while an SLA is the contractual promise to customers with credits or penalties, set looser than the SLO. The error budget is what the SLO leaves over: 0.1% of requests, or roughly 40 minutes of full downtime in 28 days, that the team is allowed to spend. It turns reliability into a shared, data-driven decision: while budget remains, the team ships features and takes risks; when it is exhausted, an agreed policy kicks in, such as a feature freeze and prioritizing reliability work until the budget recovers.",
  },
  {
    id: "do-tls-certificates",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Security / networking",
    skills: ["tls", "https", "security", "networking"],
    question: "How does TLS secure an HTTPS connection, and what would you check when clients report certificate errors?",
    keyPoints: [
      {
        point: "The server presents a certificate that the client validates up a chain to a trusted CA",
        concepts: [
          ["certificate", "cert", "x.509", "x509", "tls certificate"],
          ["certificate authority", "chain", "trusted root", "root store", "intermediate"],
        ],
      },
      {
        point: "The handshake's key exchange establishes symmetric session keys",
        concepts: [
          ["handshake", "key exchange", "diffie-hellman", "ecdhe"],
          ["symmetric", "session key", "session keys", "aes"],
        ],
      },
      {
        point: "Typical failures: expired certificate or missing intermediate",
        concepts: [
          ["expired", "expiry", "expiration", "not yet valid"],
          ["intermediate", "incomplete chain", "missing intermediate", "full chain", "fullchain"],
        ],
      },
      {
        point: "The hostname must match the subject alternative names",
        concepts: [["hostname", "host name", "subject alternative name", "domain mismatch", "name mismatch"]],
      },
      {
        point: "Debug with openssl s_client; automate renewal and monitor expiry",
        concepts: [
          ["openssl s_client", "openssl", "ssl labs", "curl -v"],
          ["automatic renewal", "auto-renew", "let's encrypt", "cert-manager", "acm", "monitor expiry"],
        ],
      },
    ],
    modelAnswer:
      "During the TLS handshake the server presents its certificate, and the client verifies the chain up to a trusted root certificate authority and checks that the certificate matches the hostname it asked for. The two sides then do an ECDHE key exchange to agree on session keys, and everything afterwards is encrypted with fast symmetric ciphers such as AES-GCM, which also protect integrity. When clients report errors, the usual causes are an expired certificate, a server that doesn't send the intermediate certificate so some clients can't complete the chain, or a hostname missing from the subject alternative names. I check with openssl s_client -connect host:443 -servername host, which prints the chain and dates. To prevent recurrences, certificates come from Let's Encrypt via cert-manager or from ACM with automatic renewal, and monitoring alerts 14 days before expiry.",
  },
  {
    id: "do-secrets-management",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Security",
    skills: ["security", "vault", "aws", "kubernetes", "ci/cd"],
    question: "How should an application and its CI pipeline get database passwords and API keys? What do you do if a key is committed to git?",
    keyPoints: [
      {
        point: "Keep secrets out of code, images and git; use a secret manager",
        concepts: [["secrets manager", "secret manager", "vault", "parameter store", "key vault", "sealed secrets"]],
      },
      {
        point: "Inject at runtime and authenticate with a workload identity, least privilege",
        concepts: [
          ["runtime", "at startup", "injected", "mounted", "environment variable"],
          ["iam role", "workload identity", "service account", "oidc", "short-lived", "least privilege"],
        ],
      },
      {
        point: "Rotate secrets; prefer short-lived or dynamic credentials",
        concepts: [["rotate", "rotation", "rotated", "dynamic secrets", "short-lived credentials", "expire"]],
      },
      {
        point: "A committed key is compromised: revoke and rotate it first, then clean history",
        concepts: [
          ["revoke", "revoked", "invalidate", "deactivate"],
          ["compromised", "already leaked", "bots scan", "scraped", "scrape"],
        ],
      },
      {
        point: "Prevent repeats with secret scanning",
        concepts: [["secret scanning", "gitleaks", "trufflehog", "pre-commit", "push protection", "detect-secrets"]],
      },
    ],
    modelAnswer:
      "Secrets never go into the code, the Docker image or git; they live in a secret manager such as HashiCorp Vault or AWS Secrets Manager. The application gets them at runtime, injected as environment variables or mounted files, and it authenticates with its own identity, such as an IAM role or a Kubernetes service account, following least privilege. CI uses OIDC federation to get short-lived cloud credentials instead of storing long-lived keys in the CI settings. Secrets are rotated regularly, and where possible I use dynamic database credentials that expire after hours. If a key is committed, I assume it is compromised, because bots scrape public repos within minutes, so I revoke and rotate it first, check its usage logs for abuse, and only then scrub the history; secret scanning with gitleaks in pre-commit hooks and CI, plus push protection, prevents repeats.",
  },
  {
    id: "do-incident-response",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Incident response",
    skills: ["incident management", "sre", "on-call", "observability"],
    question:
      "You're on call and checkout error rates jump to 30% at 2 a.m. Walk me through how you handle the incident from page to postmortem.",
    keyPoints: [
      {
        point: "Acknowledge, assess impact and declare a severity",
        concepts: [["acknowledge", "declare", "severity", "sev1", "sev-1", "sev 1"]],
      },
      {
        point: "Assign roles (incident commander) and communicate via a status page and updates",
        concepts: [
          ["incident commander", "incident lead", "coordinator", "roles"],
          ["status page", "stakeholders", "stakeholder updates", "comms"],
        ],
      },
      {
        point: "Mitigate first (rollback, flag off, failover) before finding the root cause",
        concepts: [
          ["mitigate", "mitigation", "stop the bleeding", "restore service"],
          ["rollback", "roll back", "revert", "feature flag", "failover", "disable"],
        ],
      },
      {
        point: "Look at what changed recently",
        concepts: [["recent deploy", "recent change", "what changed", "deploy history", "change log"]],
      },
      {
        point: "Blameless postmortem with timeline and owned action items",
        concepts: [
          ["postmortem", "post-mortem", "post-incident review", "retrospective", "rca"],
          ["blameless", "action items", "timeline", "follow-up", "contributing factors"],
        ],
      },
    ],
    modelAnswer:
      "I acknowledge the page, confirm the impact on the dashboards, and declare a SEV-1 because checkout is losing money. I open an incident channel and, if others join, split roles: an incident commander coordinates, someone handles communication, posting status page and stakeholder updates every 30 minutes, and others investigate. The first goal is to mitigate, not to find the root cause: I check what changed recently, such as a deploy, config change or feature flag, and if the timing matches I roll back or disable the flag. If nothing changed, I look at dependencies such as the payment provider and fail over or degrade gracefully. After recovery, we hold a blameless postmortem with a timeline, contributing factors and owned action items, for example an alert that would have fired earlier or a canary that would have caught the bad deploy.",
  },
  {
    id: "do-k8s-autoscaling",
    kind: "technical",
    roles: ["devops"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Kubernetes",
    skills: ["kubernetes", "autoscaling", "aws", "performance"],
    question:
      "Traffic to a Kubernetes service triples every evening and pods start getting throttled and OOM-killed. How do you set up resources and autoscaling?",
    keyPoints: [
      {
        point: "Set requests and limits from measured usage; tight limits cause throttling and OOM kills",
        concepts: [
          ["requests", "resource requests", "cpu request", "memory request"],
          ["throttling", "throttled", "oomkilled", "oom", "memory limit", "cpu limit"],
        ],
      },
      {
        point: "A Horizontal Pod Autoscaler scales on CPU or custom metrics",
        concepts: [
          ["hpa", "horizontal pod autoscaler", "horizontalpodautoscaler"],
          ["cpu utilization", "custom metric", "custom metrics", "requests per second", "queue length", "keda"],
        ],
      },
      {
        point: "The cluster autoscaler or Karpenter adds nodes for pending pods",
        concepts: [["cluster autoscaler", "karpenter", "node autoscaling", "add nodes", "node pool", "node group"]],
      },
      {
        point: "Scale ahead of the predictable peak and keep headroom",
        concepts: [["scheduled", "cron", "predictive", "minimum replicas", "minreplicas", "headroom", "overprovisioning"]],
      },
      {
        point: "Right-size requests over time with VPA recommendations",
        concepts: [["vpa", "vertical pod autoscaler", "right-size", "rightsizing", "right-sizing"]],
      },
    ],
    modelAnswer:
      "First I set resource requests and limits from measured usage, for example p95 usage plus headroom: requests drive scheduling and HPA percentages, memory limits prevent one pod starving a node, and too-low CPU limits cause throttling. I'd often drop the CPU limit and keep the memory limit equal to the request so OOM kills become predictable. Then a Horizontal Pod Autoscaler scales replicas on CPU utilization or, better for web traffic, a custom metric like requests per second per pod. New pods need somewhere to run, so the cluster autoscaler or Karpenter adds nodes when pods are pending, which can take minutes. Because the evening peak is predictable, I raise minReplicas with a scheduled job before it starts, and I use the Vertical Pod Autoscaler in recommendation mode to right-size requests over time.",
  },
  {
    id: "do-terraform-multi-env",
    kind: "technical",
    roles: ["devops"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Infrastructure as Code",
    skills: ["terraform", "iac", "ci/cd", "aws"],
    question: "How would you structure Terraform for dev, staging and production across several teams, and how do changes get applied safely?",
    keyPoints: [
      {
        point: "Reusable modules with pinned versions",
        concepts: [
          ["module", "modules", "reusable module", "module registry"],
          ["versioned", "version pinned", "pinned", "tagged", "registry", "semver"],
        ],
      },
      {
        point: "Separate state per environment and component",
        concepts: [["separate state", "own state file", "state per environment", "isolated state", "per-environment", "workspaces"]],
      },
      {
        point: "Plan on pull requests; apply from CI after review, never from laptops",
        concepts: [
          ["pull request", "code review", "plan output", "terraform plan", "plan in ci"],
          ["atlantis", "apply from ci", "ci applies", "pipeline applies", "no manual apply", "no local apply", "terraform cloud"],
        ],
      },
      {
        point: "Policy as code and security scanning",
        concepts: [["policy as code", "opa", "sentinel", "conftest", "checkov", "tfsec"]],
      },
      {
        point: "Promote the same version through dev, staging and production",
        concepts: [["promote", "promotion", "dev first", "staging first", "same code", "same module version"]],
      },
    ],
    modelAnswer:
      "I put shared building blocks, like a VPC or a service with its database, into reusable modules that are versioned with tags in a module registry, so each environment pins a version. Each environment and major component gets separate state, in its own directory with its own backend, which limits the blast radius and lets teams work in parallel. Changes arrive as a pull request; CI runs fmt, validate and terraform plan and posts the plan output for code review. After approval the pipeline applies, using Atlantis or Terraform Cloud, so nobody applies to production from a laptop. Policy as code with OPA or Checkov blocks things like public buckets, and a change is promoted dev first, then staging, then production by bumping the same module version.",
  },
  {
    id: "do-zero-downtime-migrations",
    kind: "technical",
    roles: ["devops", "backend"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Deployment",
    skills: ["databases", "postgresql", "ci/cd", "deployment"],
    question: "How do you rename a column in a busy production database without downtime when the app is deployed with rolling updates?",
    keyPoints: [
      {
        point: "Old and new app versions run at the same time, so the schema must be compatible with both",
        concepts: [
          ["old and new", "both versions", "two versions", "previous version", "mixed versions"],
          ["compatible", "compatibility", "backward compatible", "backwards compatible"],
        ],
      },
      {
        point: "Expand and contract over several releases; drop the old column last",
        concepts: [
          ["expand", "expand and contract", "expand/contract", "parallel change"],
          ["contract", "drop the old", "remove the old", "later release"],
        ],
      },
      {
        point: "Backfill existing rows in small batches",
        concepts: [
          ["backfill", "backfilled", "copy the data", "migrate the data"],
          ["batch", "batches", "chunks", "small transactions"],
        ],
      },
      {
        point: "Dual-write to both columns during the transition",
        concepts: [["dual write", "write to both", "writes both", "trigger", "triggers"]],
      },
      {
        point: "Avoid long locks (lock_timeout, online schema change tools)",
        concepts: [["lock", "locks", "lock_timeout", "table lock", "gh-ost", "pt-online-schema-change", "concurrently"]],
      },
    ],
    modelAnswer:
      "During a rolling deploy old and new versions of the app run at the same time, so every schema change must stay compatible with both. I use expand and contract over several releases: first add the new column, nullable and without a default that rewrites the table. Next release the app does a dual write to both columns, and a job backfills existing rows in small batches to avoid long transactions and replication lag. Then reads switch to the new column, and only when no running code uses the old one do I drop the old column in a later release. Each migration sets a lock_timeout so a DDL statement waiting behind a long query fails fast instead of blocking all traffic, and on MySQL I would use gh-ost for big tables.",
  },
  {
    id: "do-alert-fatigue",
    kind: "technical",
    roles: ["devops"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Observability",
    skills: ["monitoring", "alerting", "sre", "prometheus", "on-call"],
    question: "Your on-call engineers get 200 alerts a week and have started ignoring them. How do you fix alerting?",
    keyPoints: [
      {
        point: "Alert on user-facing symptoms rather than causes such as CPU",
        concepts: [
          ["symptom", "symptoms", "user-facing", "user impact", "customer impact"],
          ["cpu", "cause-based", "disk usage", "memory usage", "high cpu", "resource metrics"],
        ],
      },
      {
        point: "Use SLO burn-rate alerts",
        concepts: [["burn rate", "burn-rate", "error budget", "slo"]],
      },
      {
        point: "Every page must be actionable and link to a runbook",
        concepts: [["actionable", "runbook", "runbooks", "playbook", "clear action"]],
      },
      {
        point: "Route non-urgent issues to tickets instead of pages",
        concepts: [["ticket", "business hours", "non-urgent", "low severity", "next working day"]],
      },
      {
        point: "Regularly review and delete or tune noisy alerts",
        concepts: [
          ["weekly review", "review the alerts", "alert review", "audit", "prune", "delete or tune"],
          ["noisy", "noise", "flapping", "false positive", "false alarms"],
        ],
      },
    ],
    modelAnswer:
      "I start with an audit of last month's alerts: for each, did someone have to act, and did it reflect real user impact? Most noise comes from cause-based alerts like high CPU or disk at 70%, so I replace them with alerts on symptoms users feel, such as error rate and latency. For services with SLOs I use multi-window burn rate alerts, which page only when the error budget is being consumed fast enough to matter. Every page must be actionable and link to a runbook; anything that can wait becomes a ticket handled in business hours, and Alertmanager grouping collapses duplicates. A weekly review of the rotation deletes or tunes noisy and flapping alerts and tracks pages per shift as a health metric.",
  },
  {
    id: "do-aws-vpc-design",
    kind: "technical",
    roles: ["devops"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Cloud networking",
    skills: ["aws", "vpc", "networking", "security", "terraform"],
    question:
      "Design the network for a web app on AWS with a load balancer, app servers and a database. What goes in which subnet and how is access controlled?",
    keyPoints: [
      {
        point: "Spread across multiple availability zones",
        concepts: [["availability zone", "availability zones", "multi-az", "multiple azs", "two azs", "three azs"]],
      },
      {
        point: "Only the load balancer and NAT in public subnets; app and database in private subnets",
        concepts: [
          ["public subnet", "public subnets", "public tier", "dmz"],
          ["private subnet", "private subnets", "isolated subnet", "no public ip"],
        ],
      },
      {
        point: "Outbound traffic through a NAT gateway; VPC endpoints for AWS services",
        concepts: [["nat gateway", "nat", "vpc endpoint", "vpc endpoints", "gateway endpoints", "egress"]],
      },
      {
        point: "Security groups referencing each other with least privilege (ALB to app to DB)",
        concepts: [
          ["security group", "security groups", "sg rules", "network acl", "nacl"],
          ["only from", "reference", "referencing", "least privilege", "port 5432", "allow only"],
        ],
      },
      {
        point: "Admin access through SSM Session Manager or a bastion/VPN, no open SSH",
        concepts: [["session manager", "ssm", "bastion", "no ssh", "vpn"]],
      },
    ],
    modelAnswer:
      "I spread everything over at least two, preferably three availability zones. Each zone gets a public subnet that holds only the Application Load Balancer and a NAT gateway, and private subnets for the app servers and, separately, for the database, which has no public IP and no internet route. App servers reach the internet for updates through the NAT gateway, and VPC endpoints keep S3 and other AWS API traffic off it. Access is controlled with security groups that reference each other: the ALB accepts 443 from the internet, the app accepts traffic only from the ALB's group, and the database accepts port 5432 only from the app's group. Nobody opens SSH; engineers use SSM Session Manager, and VPC flow logs are kept for auditing.",
  },
  {
    id: "do-ci-pipeline-speed",
    kind: "technical",
    roles: ["devops"],
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "CI/CD",
    skills: ["ci/cd", "github actions", "docker", "monorepo"],
    question: "CI for your monorepo takes 45 minutes per pull request and developers are frustrated. How would you bring it down?",
    keyPoints: [
      {
        point: "Measure first to find the critical path and slowest steps",
        concepts: [["measure", "profile", "critical path", "slowest steps", "timings", "breakdown"]],
      },
      {
        point: "Cache dependencies, Docker layers and build outputs",
        concepts: [
          ["cache", "caching", "cached", "remote cache"],
          ["dependencies", "dependency cache", "node_modules", "docker layers", "build outputs", "artifacts"],
        ],
      },
      {
        point: "Parallelize jobs and shard tests",
        concepts: [["parallel", "parallelize", "parallelise", "shard", "sharding", "split tests", "matrix"]],
      },
      {
        point: "Build and test only affected packages",
        concepts: [["affected", "changed packages", "only what changed", "nx", "turborepo", "bazel", "path filters"]],
      },
      {
        point: "Move slow suites off the PR path and quarantine flaky tests",
        concepts: [["flaky", "flakes", "quarantine", "nightly", "merge queue", "after merge"]],
      },
    ],
    modelAnswer:
      "First I measure: pipeline timings per job over the last few weeks show the critical path, which is often a long serial chain of install, build, and one giant test job. Caching gives quick wins: caches for dependencies keyed on the lockfile, Docker layer caching and a remote build cache for build outputs. Then I parallelize: independent jobs run concurrently and the test suite is split into shards by timing data, so 20 minutes of tests become four shards of five minutes. In a monorepo the biggest win is building and testing only affected packages, using Nx, Turborepo or Bazel dependency graphs instead of running everything on every PR. Finally, slow end-to-end suites move to a merge queue or nightly run, and flaky tests are quarantined and fixed so retries don't add time.",
  },
];
