import type { BankQuestion } from "./types";

/** Data engineering, analytics, statistics and ML questions. */
export const dataQuestions: BankQuestion[] = [
  {
    id: "da-sql-inner-vs-left-join",
    kind: "technical",
    roles: ["data", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "SQL joins",
    skills: ["sql", "postgresql", "data analysis"],
    question:
      "You have a customers table and an orders table. Explain the difference between an INNER JOIN and a LEFT JOIN between them, and what can go wrong with row counts.",
    keyPoints: [
      {
        point: "An INNER JOIN keeps only rows that have a match in both tables",
        concepts: [
          ["inner join", "inner-join", "plain join", "equi join"],
          ["only matching", "only rows that match", "match in both", "both tables", "both sides", "matching rows", "intersection"],
        ],
      },
      {
        point: "A LEFT JOIN keeps every row of the left table and fills missing right-side columns with NULL",
        concepts: [
          ["left join", "left outer join", "left-join", "outer join"],
          ["null", "nulls", "missing values", "empty columns"],
        ],
      },
      {
        point: "Customers without orders disappear from an inner join; LEFT JOIN ... IS NULL finds them (anti-join)",
        concepts: [["without orders", "no orders", "never ordered", "unmatched", "no match", "anti join", "anti-join", "is null"]],
      },
      {
        point: "A one-to-many join duplicates the 'one' side, inflating sums and counts unless you pre-aggregate",
        concepts: [
          ["duplicate", "duplicates", "fan out", "fan-out", "multiplies", "one-to-many", "one to many", "row explosion"],
          ["sum", "count", "aggregate", "totals", "inflate", "double count", "overcount"],
        ],
      },
    ],
    modelAnswer:
      "An INNER JOIN returns only matching rows, so a customer appears only if they have a match in both tables. A LEFT JOIN keeps every customer and fills the order columns with NULL when there is no order. That difference matters: an inner join silently drops customers with no orders, and a LEFT JOIN with WHERE o.id IS NULL is the usual anti-join to find them. Also watch the one-to-many relationship: joining customers to orders duplicates each customer once per order, so a SUM or COUNT over customer columns will be inflated unless you aggregate orders first or use COUNT(DISTINCT).",
  },
  {
    id: "da-where-vs-having",
    kind: "technical",
    roles: ["data", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "SQL aggregation",
    skills: ["sql", "data analysis"],
    question: "What is the difference between WHERE and HAVING in SQL? Give an example where you need HAVING.",
    keyPoints: [
      {
        point: "WHERE filters individual rows before grouping",
        concepts: [["before grouping", "before the group by", "before aggregation", "before aggregating", "individual rows", "row level", "each row"]],
      },
      {
        point: "HAVING filters whole groups after the GROUP BY / aggregation",
        concepts: [["after grouping", "after the group by", "after aggregation", "after aggregating", "aggregated groups", "group level", "whole groups"]],
      },
      {
        point: "HAVING can use aggregate functions such as COUNT or SUM; WHERE cannot",
        concepts: [["aggregate function", "aggregate functions", "count(*)", "sum(", "avg(", "aggregated values", "aggregates"]],
      },
      {
        point: "Non-aggregate conditions belong in WHERE so fewer rows are grouped (performance)",
        concepts: [["performance", "faster", "fewer rows", "less work", "cheaper", "more efficient"]],
      },
    ],
    modelAnswer:
      "WHERE filters individual rows before grouping, so it decides which rows go into each group. HAVING runs after the GROUP BY and filters whole groups, which is why it can use aggregate functions such as COUNT(*) or SUM(amount) and WHERE cannot. For example, to list customers with more than five orders in 2024 I write WHERE order_date >= '2024-01-01' ... GROUP BY customer_id HAVING COUNT(*) > 5. Conditions that don't depend on an aggregate belong in WHERE, because filtering early means fewer rows are grouped and the query is faster.",
  },
  {
    id: "da-window-rank-functions",
    kind: "technical",
    roles: ["data"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Window functions",
    skills: ["sql", "window functions", "analytics"],
    question:
      "Explain how window functions differ from GROUP BY, and the difference between ROW_NUMBER, RANK and DENSE_RANK.",
    keyPoints: [
      {
        point: "Window functions compute over related rows without collapsing them; every row stays in the result",
        concepts: [
          ["keep every row", "keep all rows", "does not collapse", "doesn't collapse", "without collapsing", "original rows", "row count stays", "one output row per input row"],
        ],
      },
      {
        point: "The window is defined with OVER (PARTITION BY ... ORDER BY ...)",
        concepts: [
          ["partition by", "partitioned by", "per partition", "over clause", "window clause"],
          ["order by", "ordered by", "sort order", "ordering"],
        ],
      },
      {
        point: "ROW_NUMBER gives a unique sequential number even when values tie",
        concepts: [
          ["row_number", "row number", "rownumber", "row numbering"],
          ["unique", "no ties", "arbitrary", "sequential", "1, 2, 3"],
        ],
      },
      {
        point: "RANK gives ties the same rank and leaves gaps; DENSE_RANK leaves no gaps",
        concepts: [
          ["ties", "tie", "tied", "same rank", "equal values"],
          ["gap", "gaps", "skip", "1, 1, 3", "dense_rank", "dense rank"],
        ],
      },
      {
        point: "The same mechanism gives running totals, moving averages and LAG/LEAD",
        concepts: [["running total", "cumulative sum", "moving average", "rolling", "lag", "lead"]],
      },
    ],
    modelAnswer:
      "A window function calculates a value over a set of related rows but, unlike GROUP BY, it does not collapse them, so every row keeps its detail next to the computed value. The window is defined with OVER (PARTITION BY ... ORDER BY ...), for example one partition per customer ordered by order date. ROW_NUMBER gives a unique sequential number even when values tie, so ties are broken arbitrarily unless the ORDER BY is deterministic. RANK gives tied rows the same rank and then skips numbers (1, 1, 3), while DENSE_RANK leaves no gaps (1, 1, 2). The same syntax with a frame clause gives running totals, moving averages and LAG/LEAD comparisons.",
  },
  {
    id: "da-latest-row-per-group",
    kind: "technical",
    roles: ["data", "backend"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "SQL",
    skills: ["sql", "window functions", "postgresql"],
    question:
      "Describe a query that returns each customer's most recent order from an orders table with millions of rows. What pitfalls do you watch for?",
    keyPoints: [
      {
        point: "Number rows per customer with ROW_NUMBER ordered by date descending and keep the first",
        concepts: [
          ["row_number", "row number", "qualify", "distinct on"],
          ["desc", "descending", "most recent first", "latest first", "newest first"],
        ],
      },
      {
        point: "Know the alternatives: DISTINCT ON, QUALIFY, or a join to a MAX subquery",
        concepts: [["distinct on", "qualify", "max(", "subquery", "correlated", "lateral"]],
      },
      {
        point: "Ties on the timestamp make the result non-deterministic; add a tiebreaker",
        concepts: [["tie", "ties", "same timestamp", "tiebreaker", "tie-breaker", "deterministic"]],
      },
      {
        point: "A composite index on (customer_id, created_at) keeps it fast at scale",
        concepts: [["index", "indexes", "composite index", "covering index"]],
      },
    ],
    modelAnswer:
      "I number each customer's orders with ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY created_at DESC, id DESC) in a CTE and keep the rows where rn = 1. In PostgreSQL DISTINCT ON (customer_id) does the same thing more compactly, Snowflake and BigQuery offer QUALIFY, and a join to a MAX(created_at) subquery works everywhere but returns duplicates on ties. Ties are the main pitfall: two orders with the same timestamp make the result non-deterministic, so I add a unique tiebreaker like id. At millions of rows a composite index on (customer_id, created_at DESC) lets the database read the newest row per customer instead of sorting the whole table.",
  },
  {
    id: "da-star-schema",
    kind: "technical",
    roles: ["data"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Data modelling",
    skills: ["data modeling", "data warehousing", "sql", "dimensional modeling"],
    question:
      "Explain fact and dimension tables in a star schema. How would you model e-commerce orders for analytics?",
    keyPoints: [
      {
        point: "Fact tables hold measurable events at a declared grain",
        concepts: [
          ["fact table", "fact tables", "facts"],
          ["grain", "granularity", "one row per", "level of detail"],
        ],
      },
      {
        point: "Dimension tables hold descriptive attributes used to filter and group",
        concepts: [
          ["dimension table", "dimension tables", "dimensions", "dim_"],
          ["descriptive", "attributes", "filter and group", "slice", "slice and dice"],
        ],
      },
      {
        point: "Facts reference dimensions through (surrogate) keys, forming the star",
        concepts: [["foreign key", "foreign keys", "surrogate key", "surrogate keys", "key to the dimension"]],
      },
      {
        point: "Dimensions are denormalized for fewer joins, unlike a snowflake schema",
        concepts: [["denormalized", "denormalised", "denormalize", "fewer joins", "simple joins", "snowflake schema"]],
      },
      {
        point: "A concrete e-commerce design: order-line fact with customer, product and date dimensions",
        concepts: [["dim_date", "date dimension", "dim_product", "product dimension", "dim_customer", "customer dimension"]],
      },
    ],
    modelAnswer:
      "A fact table records measurable business events at a declared grain, for example one row per order line with quantity, unit price and discount as measures. Dimension tables hold the descriptive attributes people filter and group by, such as customer segment, product category or calendar month. Each fact row carries surrogate keys pointing to its dimensions, so the fact sits in the middle and the dimensions around it form the star. Dimensions are deliberately denormalized, which means fewer joins and simpler queries than a snowflake schema. For e-commerce I would build fct_order_lines joined to dim_customer, dim_product and dim_date, and maybe a separate fact at order grain for shipping and payment.",
  },
  {
    id: "da-scd-type-2",
    kind: "technical",
    roles: ["data"],
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Data modelling",
    skills: ["data modeling", "data warehousing", "dbt", "sql"],
    question:
      "A customer moves from the 'SMB' segment to 'Enterprise'. Reports about last year must still show their old segment. How do you model this?",
    keyPoints: [
      {
        point: "Use a Type 2 slowly changing dimension: insert a new row per change",
        concepts: [
          ["type 2", "scd2", "scd 2", "slowly changing dimension", "slowly changing"],
          ["new row", "new version", "insert a row", "history row", "versioned rows"],
        ],
      },
      {
        point: "Track validity with valid_from / valid_to and an is_current flag",
        concepts: [
          ["valid_from", "valid from", "effective date", "start date", "effective_from"],
          ["valid_to", "end date", "is_current", "current flag", "effective_to"],
        ],
      },
      {
        point: "Each version has its own surrogate key; facts point to the version valid at event time",
        concepts: [
          ["surrogate key", "version key", "customer_sk"],
          ["at the time", "event time", "point in time", "as of", "when the order happened"],
        ],
      },
      {
        point: "Type 1 would overwrite the value and lose history",
        concepts: [["type 1", "overwrite", "overwrites", "lose history", "loses history"]],
      },
      {
        point: "Implementation with dbt snapshots or a MERGE comparing tracked columns",
        concepts: [["dbt snapshot", "snapshots", "merge", "change data capture", "cdc", "hash"]],
      },
    ],
    modelAnswer:
      "This is a slowly changing dimension, and I would use Type 2: when the segment changes I close the current row and insert a new row with the new value. Each version has valid_from and valid_to timestamps plus an is_current flag, so the dimension keeps full history. Every version gets its own surrogate key, and fact rows are loaded with the key of the version that was valid at the time of the event, so last year's orders still join to 'SMB'. Type 1 would simply overwrite the attribute and lose history, which is fine only for corrections like typos. In practice I implement it with dbt snapshots or a MERGE that compares a hash of the tracked columns.",
  },
  {
    id: "da-etl-vs-elt",
    kind: "technical",
    roles: ["data"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Data pipelines",
    skills: ["etl", "elt", "data pipelines", "dbt", "sql"],
    question: "What is the difference between ETL and ELT, and why has ELT become common?",
    keyPoints: [
      {
        point: "ETL transforms data before loading it into the warehouse",
        concepts: [["before loading", "before it is loaded", "before load", "transform first", "transformed first", "transformed before", "outside the warehouse"]],
      },
      {
        point: "ELT loads raw data first and transforms it inside the warehouse with SQL (e.g. dbt)",
        concepts: [
          ["raw", "untransformed", "unmodified", "exact copy"],
          ["inside the warehouse", "in the warehouse", "in-warehouse", "warehouse compute", "with sql", "dbt"],
        ],
      },
      {
        point: "Cheap storage and elastic compute in cloud warehouses made ELT practical",
        concepts: [["snowflake", "bigquery", "redshift", "databricks", "cloud warehouse", "cheap storage", "elastic compute"]],
      },
      {
        point: "Keeping raw data lets you reprocess history without re-extracting",
        concepts: [["reprocess", "re-run", "rerun", "rebuild", "replay", "without re-extracting", "backfill"]],
      },
      {
        point: "ETL still fits when sensitive data must be masked before it lands",
        concepts: [["pii", "personal data", "sensitive", "mask", "compliance", "gdpr"]],
      },
    ],
    modelAnswer:
      "In ETL the data is transformed before loading, usually in a separate tool or server, and only the cleaned result reaches the warehouse. In ELT you extract and load raw data as-is, then transform it inside the warehouse with SQL, typically using dbt. ELT became common because cloud warehouses like Snowflake and BigQuery separate cheap storage from elastic compute, so running transformations there is simple and scalable. Keeping the raw copy also means you can reprocess history or build a new model without re-extracting from the source. ETL still makes sense when sensitive data such as PII must be masked before it ever lands in the warehouse.",
  },
  {
    id: "da-idempotent-pipelines",
    kind: "technical",
    roles: ["data"],
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Data pipelines",
    skills: ["airflow", "etl", "data pipelines", "sql", "python"],
    question:
      "A daily pipeline failed halfway and someone re-ran it, which doubled yesterday's revenue in the dashboard. How do you design pipelines so re-runs and backfills are safe?",
    keyPoints: [
      {
        point: "Make every task idempotent: running it again gives the same result",
        concepts: [["idempotent", "idempotency", "same result", "safe to re-run", "safe to rerun", "rerunnable"]],
      },
      {
        point: "Overwrite the run's partition instead of appending",
        concepts: [
          ["overwrite", "insert overwrite", "delete and insert", "delete-insert", "replace the partition", "partition swap"],
          ["partition", "date partition", "daily partition", "per day", "logical date"],
        ],
      },
      {
        point: "Use MERGE/upsert on a natural key for data that can't be partitioned",
        concepts: [["merge", "upsert", "on conflict", "natural key", "primary key", "dedupe", "deduplicate"]],
      },
      {
        point: "Parameterize each run by its logical date, not the current time",
        concepts: [["logical date", "execution date", "run date", "date parameter", "parameterized by date", "instead of now()", "not the current time"]],
      },
      {
        point: "Write to staging and swap atomically so partial runs are never visible",
        concepts: [["staging table", "staging", "atomic", "transaction", "swap", "all or nothing"]],
      },
    ],
    modelAnswer:
      "The goal is an idempotent pipeline: running the same day once or five times must give the same result. Each run is parameterized by its logical date instead of now(), so a backfill for 3 March processes exactly that day's data. Instead of appending, the load overwrites the target partition for that date, with INSERT OVERWRITE or delete and insert in one transaction, so a retry replaces rows rather than duplicating them. For tables that can't be partitioned cleanly I use MERGE on a natural key so re-delivered records become updates. Writes go to a staging table first and are swapped in atomically, so a half-finished run never becomes visible.",
  },
  {
    id: "da-spark-skew",
    kind: "technical",
    roles: ["data"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Spark",
    skills: ["spark", "pyspark", "big data", "databricks"],
    question:
      "A Spark join runs for hours; the UI shows 199 tasks finishing in seconds and one task running forever. What is happening and how do you fix it?",
    keyPoints: [
      {
        point: "This is data skew: one hot key sends most rows to a single partition",
        concepts: [["skew", "skewed", "hot key", "hot keys", "heavy key", "uneven distribution", "unbalanced partitions"]],
      },
      {
        point: "Confirm it from task metrics in the Spark UI and a count per key",
        concepts: [["spark ui", "task metrics", "group by key", "count per key", "key distribution", "shuffle read size", "max vs median"]],
      },
      {
        point: "Broadcast the smaller side to avoid the shuffle",
        concepts: [["broadcast", "broadcast join", "broadcast hash join", "map-side join"]],
      },
      {
        point: "Salt the hot key to spread it across tasks",
        concepts: [["salt", "salting", "salted", "random suffix", "random prefix"]],
      },
      {
        point: "Enable Adaptive Query Execution's skew-join handling (Spark 3)",
        concepts: [["adaptive query execution", "aqe", "skewjoin", "skew join optimization", "spark.sql.adaptive"]],
      },
    ],
    modelAnswer:
      "That pattern is data skew: one join key, often a null or a default value like 'unknown', holds a huge share of rows, so after the shuffle one partition gets most of the work. I would confirm it in the Spark UI by comparing max and median shuffle read size per task, and by running a count per key on the join column. If the other side is small enough, a broadcast join avoids the shuffle entirely. Otherwise I salt the hot key by adding a random suffix on the large side and exploding the small side over the same salt values, so the key spreads over many tasks. On Spark 3 I would also enable adaptive query execution, whose skew join handling splits oversized partitions automatically, and filter out null keys that can never match anyway.",
  },
  {
    id: "da-spark-lazy-evaluation",
    kind: "technical",
    roles: ["data"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Spark",
    skills: ["spark", "pyspark", "big data"],
    question:
      "In Spark, what is the difference between transformations and actions, and why does it matter which transformations cause a shuffle?",
    keyPoints: [
      {
        point: "Transformations are lazy and only build a plan (DAG/lineage)",
        concepts: [
          ["lazy", "lazily", "lazy evaluation", "deferred"],
          ["dag", "logical plan", "query plan", "lineage", "execution plan"],
        ],
      },
      {
        point: "Actions such as count, collect or write trigger execution",
        concepts: [["trigger", "triggers", "kick off", "kicks off", "launch a job", "launches a job", "starts the computation"]],
      },
      {
        point: "Wide transformations (groupBy, join) require a shuffle across the network; narrow ones don't",
        concepts: [
          ["wide transformation", "wide transformations", "wide dependency", "narrow transformation", "narrow transformations", "groupby", "join"],
          ["shuffle", "shuffles", "shuffling", "across the network", "exchange"],
        ],
      },
      {
        point: "Shuffles are expensive: disk and network I/O and a new stage boundary",
        concepts: [["expensive", "costly", "disk", "network i/o", "stage boundary", "new stage"]],
      },
      {
        point: "Reused DataFrames are recomputed unless cached or persisted",
        concepts: [["cache", "persist", "cached", "recomputed", "recompute"]],
      },
    ],
    modelAnswer:
      "Transformations such as filter, select, join or groupBy are lazy: Spark only records them in a logical plan, a DAG of lineage. Actions like count, collect or write trigger execution, at which point the optimizer turns the whole plan into stages and tasks. Narrow transformations like filter work within a partition, but wide transformations such as groupBy or join need a shuffle, where data is redistributed across the network by key. A shuffle is expensive because it writes to disk, moves data between executors and creates a new stage boundary, so I try to filter early, avoid unnecessary repartitions and broadcast small tables. Because of laziness, a DataFrame used by two actions is recomputed twice unless I cache or persist it.",
  },
  {
    id: "da-data-quality-checks",
    kind: "technical",
    roles: ["data"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Data quality",
    skills: ["data quality", "dbt", "great expectations", "sql", "airflow"],
    question:
      "What data quality checks would you put into a pipeline that feeds a finance dashboard, and what happens when one fails?",
    keyPoints: [
      {
        point: "Constraint tests: unique and not-null keys, referential integrity, accepted values",
        concepts: [["not null", "unique", "uniqueness", "primary key", "accepted values", "referential integrity", "relationships"]],
      },
      {
        point: "Volume and freshness checks",
        concepts: [["row count", "row counts", "volume", "freshness", "stale", "late arriving", "arrived on time"]],
      },
      {
        point: "Reconciliation against the source system and business-rule checks",
        concepts: [["reconcile", "reconciliation", "match the source", "compare with source", "totals match", "business rule", "business rules"]],
      },
      {
        point: "Anomaly detection on distributions",
        concepts: [["anomaly", "anomalies", "distribution", "deviation", "standard deviations", "sudden drop", "spike"]],
      },
      {
        point: "On failure, block publishing or quarantine the data and alert the owner",
        concepts: [
          ["block", "stop the pipeline", "halt", "fail the run", "quarantine", "circuit breaker"],
          ["alert", "alerts", "page", "notify", "slack"],
        ],
      },
    ],
    modelAnswer:
      "I start with constraint tests on every model: primary keys are unique and not null, foreign keys satisfy referential integrity, and status columns only contain accepted values, which dbt tests or Great Expectations handle well. Then volume and freshness checks: today's row count should be within a range of the usual volume and the latest load must be less than, say, two hours old. For finance I add reconciliation checks, such as revenue totals that must match the source billing system within a cent. Anomaly checks on distributions catch subtler breaks, like the share of refunds jumping three standard deviations. Critical failures block publishing the new data so the dashboard keeps showing the last good version, and they alert the owning team in Slack or via a page; softer warnings are only logged.",
  },
  {
    id: "da-ab-test-design",
    kind: "technical",
    roles: ["data"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Experimentation",
    skills: ["a/b testing", "statistics", "experimentation", "analytics"],
    question: "Product wants to test a new checkout button. How would you design the A/B test before launching it?",
    keyPoints: [
      {
        point: "State a hypothesis, one primary metric and guardrail metrics up front",
        concepts: [
          ["hypothesis", "primary metric", "success metric", "north star", "conversion rate"],
          ["guardrail", "guardrails", "secondary metric", "counter metric", "revenue per user"],
        ],
      },
      {
        point: "Randomize at user level with consistent (sticky) assignment",
        concepts: [
          ["randomize", "randomise", "random assignment", "randomly assign", "randomization", "randomisation"],
          ["user level", "per user", "user id", "same user", "sticky", "consistent"],
        ],
      },
      {
        point: "Run a power analysis to set the sample size (baseline, MDE, alpha, power)",
        concepts: [["sample size", "power analysis", "statistical power", "minimum detectable effect", "mde"]],
      },
      {
        point: "Fix the duration in advance, in full weeks",
        concepts: [["duration", "full week", "two weeks", "weekly seasonality", "fixed in advance", "run length"]],
      },
      {
        point: "Check for sample ratio mismatch once it runs",
        concepts: [["sample ratio mismatch", "srm", "a/a test", "50/50 split", "split check"]],
      },
    ],
    modelAnswer:
      "First I write down the hypothesis and one primary metric, such as checkout conversion rate, plus guardrail metrics like revenue per user and page errors that must not get worse. Users are randomly assigned at user level, using a hash of the user id so the same person always sees the same variant across sessions. A power analysis sets the sample size from the baseline rate, the minimum detectable effect we care about, a 5% significance level and 80% power. From that I fix the duration in advance, rounded up to full weeks to cover weekly seasonality, and we don't stop early just because the result looks good. Once running I check for sample ratio mismatch, because a 50/50 split that comes out 52/48 usually means a bug in assignment or logging.",
  },
  {
    id: "da-peeking-multiple-testing",
    kind: "technical",
    roles: ["data"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Experimentation",
    skills: ["statistics", "a/b testing", "experimentation"],
    question:
      "A PM checks the A/B dashboard every day and wants to stop the test the first day p < 0.05. They also track 20 metrics. What's wrong, and what would you do instead?",
    keyPoints: [
      {
        point: "Peeking and stopping early inflates the false positive rate",
        concepts: [
          ["peeking", "peek", "optional stopping", "stopping early", "checking every day", "repeated looks"],
          ["false positive", "false positives", "type i error", "type 1 error", "inflate", "inflates"],
        ],
      },
      {
        point: "Commit to a sample size, or use a sequential testing method designed for repeated looks",
        concepts: [["sequential testing", "sequential test", "always-valid", "alpha spending", "o'brien-fleming", "group sequential", "msprt"]],
      },
      {
        point: "20 metrics is a multiple comparisons problem: about one will look significant by chance",
        concepts: [["multiple comparisons", "multiple testing", "multiple hypotheses", "one in twenty", "1 in 20", "by chance"]],
      },
      {
        point: "Pre-register one primary decision metric; others are guardrails or exploratory",
        concepts: [["primary metric", "pre-register", "preregister", "decision metric", "single metric", "exploratory"]],
      },
      {
        point: "Apply a correction (Bonferroni, Holm, Benjamini-Hochberg) when several metrics matter",
        concepts: [["bonferroni", "holm", "benjamini", "false discovery rate", "fdr", "correction"]],
      },
    ],
    modelAnswer:
      "Peeking every day and stopping at the first p < 0.05 inflates the false positive rate far above 5%, because the p-value wanders and will cross the threshold by chance at some point. Either we commit to a sample size up front and only read the result at the end, or we use a sequential testing method such as alpha spending or always-valid p-values that is designed for repeated looks. Tracking 20 metrics is a multiple comparisons problem: at a 5% threshold we expect about one of them to look significant by chance even if nothing changed. I would pre-register one primary metric for the ship decision and treat the rest as guardrails or exploratory. If several metrics really matter, I apply a correction like Holm or Benjamini-Hochberg to control the false discovery rate.",
  },
  {
    id: "da-p-value-confidence-interval",
    kind: "technical",
    roles: ["data"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Statistics",
    skills: ["statistics", "a/b testing", "analytics"],
    question:
      "Explain a p-value and a 95% confidence interval to a product manager. What is a common misinterpretation?",
    keyPoints: [
      {
        point: "A p-value is the probability of data at least this extreme if the null hypothesis (no effect) were true",
        concepts: [
          ["null hypothesis", "no real difference", "no effect", "if there were no difference"],
          ["at least as extreme", "this extreme", "as large as", "or more extreme", "probability of seeing"],
        ],
      },
      {
        point: "It is not the probability that the hypothesis is true",
        concepts: [["not the probability", "doesn't mean", "does not mean", "not the chance", "misinterpret", "misconception", "common mistake"]],
      },
      {
        point: "A confidence interval is a range of plausible values; 95% of such intervals contain the true value",
        concepts: [
          ["range", "interval", "confidence interval", "lower and upper bound", "bounds"],
          ["plausible", "true value", "true effect", "95% of", "repeated", "contain the true"],
        ],
      },
      {
        point: "Statistical significance is not practical importance; look at the effect size",
        concepts: [["practical", "practically", "business impact", "effect size", "magnitude", "how big"]],
      },
    ],
    modelAnswer:
      "A p-value answers: if there were no real difference between the variants (the null hypothesis), how likely is it that we'd see a difference at least as extreme as the one we observed? A small value, below 0.05 by convention, means the data would be surprising under no effect. The common mistake is reading it as the probability that the new version is better; it is not the probability that any hypothesis is true. A 95% confidence interval is the range of effect sizes consistent with the data: if we repeated the experiment many times, 95% of such intervals would contain the true value. I show the interval alongside the p-value, because a statistically significant lift of 0.1% may have no practical importance, so the effect size matters more for the decision.",
  },
  {
    id: "da-overfitting",
    kind: "technical",
    roles: ["data"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Machine learning",
    skills: ["machine learning", "python", "scikit-learn"],
    question: "What is overfitting, how do you detect it, and what can you do about it?",
    keyPoints: [
      {
        point: "The model learns noise in the training data and fails to generalize",
        concepts: [
          ["memorize", "memorise", "memorizes", "noise", "too closely", "too complex"],
          ["generalize", "generalise", "generalization", "unseen data", "new data"],
        ],
      },
      {
        point: "Detect it by a gap between training and validation performance",
        concepts: [
          ["validation set", "validation", "held-out", "holdout", "test set", "cross-validation"],
          ["gap", "much better on training", "training accuracy", "training error", "learning curve", "diverge"],
        ],
      },
      {
        point: "Reduce complexity or add regularization",
        concepts: [["regularization", "regularisation", "l1", "l2", "dropout", "pruning", "simpler model", "fewer features"]],
      },
      {
        point: "More data, augmentation or early stopping",
        concepts: [["more data", "more training data", "augmentation", "early stopping"]],
      },
    ],
    modelAnswer:
      "Overfitting is when a model fits the training data too closely, learning its noise instead of the underlying pattern, so it fails to generalize to new data. I detect it by comparing performance on the training set with a held-out validation set or with cross-validation: high training accuracy with a large gap to validation accuracy is the classic sign, and learning curves make it visible. To fix it I reduce model complexity or add regularization, for example L2 penalties, dropout in neural networks or limiting tree depth. More training data or augmentation helps, and early stopping halts training when validation loss starts rising. Finally, the test set stays untouched until the end so the final estimate is honest.",
  },
  {
    id: "da-classification-metrics-imbalance",
    kind: "technical",
    roles: ["data"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "ML evaluation",
    skills: ["machine learning", "statistics", "python", "scikit-learn"],
    question:
      "Your fraud model has 99.5% accuracy, but only 0.5% of transactions are fraud. How do you evaluate it properly?",
    keyPoints: [
      {
        point: "Accuracy is misleading under class imbalance: a trivial model already scores 99.5%",
        concepts: [
          ["imbalance", "imbalanced", "rare class", "class imbalance", "skewed classes"],
          ["always predict", "predicts no fraud", "trivial", "baseline", "majority class", "misleading"],
        ],
      },
      {
        point: "Use precision and recall",
        concepts: [
          ["precision", "positive predictive value", "ppv"],
          ["recall", "sensitivity", "true positive rate", "tpr"],
        ],
      },
      {
        point: "Prefer the precision-recall curve / PR-AUC over ROC-AUC for rare positives",
        concepts: [["pr curve", "precision-recall curve", "pr auc", "pr-auc", "average precision", "auprc"]],
      },
      {
        point: "Choose the decision threshold from the business cost of errors",
        concepts: [
          ["threshold", "cut-off", "cutoff", "decision threshold"],
          ["cost", "costs", "false negative", "false negatives", "missed fraud", "business impact"],
        ],
      },
      {
        point: "Inspect the confusion matrix",
        concepts: [["confusion matrix", "true positives", "false positives", "false alarms"]],
      },
    ],
    modelAnswer:
      "With 0.5% fraud, a model that always predicts 'not fraud' already scores 99.5%, so accuracy is misleading under class imbalance. I start from the confusion matrix and look at precision, the share of flagged transactions that are really fraud, and recall, the share of all fraud we catch. Because the positive class is rare, the precision-recall curve and average precision (PR-AUC) are more informative than ROC-AUC, which looks flattering when there are many true negatives. Finally I choose the decision threshold from business costs: a missed fraud may cost $500 while a false alarm costs a support call, so the threshold balances false negatives against review capacity.",
  },
  {
    id: "da-data-leakage",
    kind: "technical",
    roles: ["data"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "ML evaluation",
    skills: ["machine learning", "python", "feature engineering"],
    question:
      "A churn model scored 0.97 AUC offline but performs barely better than random in production. What might have happened?",
    keyPoints: [
      {
        point: "Target leakage: features carry information not available at prediction time",
        concepts: [
          ["leakage", "leak", "leaked", "leaking", "target leakage"],
          ["prediction time", "at inference", "not available", "future information", "after the fact", "point in time"],
        ],
      },
      {
        point: "A random split on time-dependent data; use a time-based split",
        concepts: [["time-based split", "time based split", "split by time", "temporal split", "out-of-time", "chronological"]],
      },
      {
        point: "Preprocessing fitted on the full dataset before splitting",
        concepts: [["fit on the whole", "fitted on the full", "before splitting", "before the split", "inside the pipeline", "target encoding"]],
      },
      {
        point: "The same entity in both train and test; use a group split",
        concepts: [["same customer", "group split", "groupkfold", "duplicates", "overlap", "same user"]],
      },
      {
        point: "Training-serving skew: features computed differently in production",
        concepts: [["training-serving skew", "training serving skew", "feature store", "computed differently", "online features", "offline features"]],
      },
    ],
    modelAnswer:
      "An offline score that good usually points to leakage: some feature carries information that isn't available at prediction time, such as 'cancellation_reason' or a support ticket created after the churn date. I would check feature importances for suspicious top features and rebuild the dataset point in time, using only what was known at the cutoff. The split also matters: with time-dependent data a random split lets the model see the future, so I use a time-based split. Preprocessing like scaling, imputation or target encoding must be fitted inside the pipeline on training folds only, never on the full dataset before splitting. If the same customer appears in both train and test I use a group split. Finally I'd compare online and offline feature values for training-serving skew, since features computed differently in production break the model even without leakage.",
  },
  {
    id: "da-pandas-large-data",
    kind: "technical",
    roles: ["data"],
    levels: ["junior", "mid-level"],
    difficulty: "medium",
    topic: "pandas",
    skills: ["python", "pandas", "numpy"],
    question: "A pandas script that processes a 10 GB CSV runs out of memory and is slow. How would you improve it?",
    keyPoints: [
      {
        point: "Read only the needed columns with compact dtypes",
        concepts: [
          ["usecols", "only the columns", "needed columns", "fewer columns"],
          ["dtype", "dtypes", "category", "int32", "float32", "downcast"],
        ],
      },
      {
        point: "Process the file in chunks",
        concepts: [["chunksize", "chunks", "chunk", "iterator", "batches"]],
      },
      {
        point: "Replace row-by-row apply/iterrows with vectorized operations",
        concepts: [
          ["vectorize", "vectorized", "vectorised", "vectorization"],
          ["iterrows", "itertuples", "df.apply", "python loop", "for loop", "row by row", "row-by-row"],
        ],
      },
      {
        point: "Store the data in a columnar format such as Parquet",
        concepts: [["parquet", "feather", "arrow", "columnar format"]],
      },
      {
        point: "Switch to out-of-core tools (DuckDB, Polars, Dask, Spark) when it keeps growing",
        concepts: [["polars", "duckdb", "dask", "spark", "out-of-core"]],
      },
    ],
    modelAnswer:
      "First I load less: usecols reads only the columns I need, and explicit dtypes such as category for repeated strings and int32 or float32 instead of 64-bit types often cut memory by more than half. If it still doesn't fit, I read the CSV in chunks with chunksize and aggregate each chunk, combining the partial results at the end. For speed I replace row-by-row apply or iterrows with vectorized column operations, which run in C instead of a Python loop. Converting the raw CSV once to Parquet makes later reads much faster and keeps the dtypes. When the data keeps growing I switch to DuckDB or Polars, which work out-of-core, or Spark for truly large volumes.",
  },
  {
    id: "da-sql-null-semantics",
    kind: "technical",
    roles: ["data", "backend"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "SQL",
    skills: ["sql", "postgresql"],
    question: "How does NULL behave in SQL comparisons and aggregates? Give a bug it can cause.",
    keyPoints: [
      {
        point: "NULL means unknown; comparisons yield unknown, so test with IS NULL",
        concepts: [
          ["is null", "is not null", "is distinct from"],
          ["unknown", "three-valued", "three valued", "neither true nor false", "not equal to itself"],
        ],
      },
      {
        point: "NOT IN against a list containing NULL returns no rows; prefer NOT EXISTS",
        concepts: [["not in", "not exists", "where x not in", "anti join"]],
      },
      {
        point: "Aggregates skip NULLs: COUNT(*) vs COUNT(column), AVG over non-null values",
        concepts: [["count(*)", "count(column)", "count(col)", "ignore nulls", "ignores nulls", "skip nulls", "skips nulls"]],
      },
      {
        point: "Make defaults explicit with COALESCE",
        concepts: [["coalesce", "ifnull", "nvl", "default value"]],
      },
    ],
    modelAnswer:
      "NULL means unknown, so any comparison with it, even NULL = NULL, evaluates to unknown rather than true, and you need IS NULL or IS NOT NULL to test for it. A classic bug is WHERE status <> 'cancelled', which silently drops rows where status is NULL, and NOT IN against a subquery that contains a NULL, which returns no rows at all; NOT EXISTS avoids that. Aggregates ignore nulls: COUNT(*) counts rows but COUNT(column) skips nulls, and AVG divides only by the non-null values. When a missing value should count as a default I make that explicit with COALESCE, for example COALESCE(discount, 0).",
  },
  {
    id: "da-oltp-vs-olap-warehouse",
    kind: "technical",
    roles: ["data"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Data warehousing",
    skills: ["data warehousing", "sql", "snowflake", "bigquery"],
    question:
      "Why do companies copy data from their production PostgreSQL database into a warehouse like Snowflake or BigQuery instead of running analytics on production?",
    keyPoints: [
      {
        point: "Production databases are built for OLTP; analytics is an OLAP workload",
        concepts: [
          ["oltp", "transactional", "small reads and writes", "point lookups"],
          ["olap", "analytical", "analytics queries", "large scans", "aggregations"],
        ],
      },
      {
        point: "Columnar storage reads only needed columns and compresses well",
        concepts: [
          ["columnar", "column-oriented", "column store", "column-based"],
          ["compression", "compress", "only the columns", "fewer bytes", "scan less"],
        ],
      },
      {
        point: "Heavy analytical queries would slow down production for users",
        concepts: [["slow down production", "affect production", "load on production", "hurt the app", "impact users", "read replica"]],
      },
      {
        point: "A warehouse combines multiple sources and keeps history",
        concepts: [["multiple sources", "several sources", "combine sources", "join sources", "different sources", "crm"]],
      },
      {
        point: "Storage and compute are separated and scale elastically",
        concepts: [["separate storage and compute", "separation of storage and compute", "scale compute", "elastic", "massively parallel", "mpp"]],
      },
    ],
    modelAnswer:
      "Production PostgreSQL is tuned for OLTP: many small transactional reads and writes on single rows, served fast through indexes. Analytics is OLAP: large scans and aggregations over millions of rows, and running them on the primary can slow down production for real users. Warehouses use columnar storage, so a query reads only the columns it needs and compression shrinks the bytes scanned dramatically. They also separate storage and compute, letting you scale compute for heavy queries and pay per use. Finally a warehouse combines multiple sources, such as the app database, Stripe and the CRM, and keeps history that production tables overwrite.",
  },
  {
    id: "da-warehouse-cost-partitioning",
    kind: "technical",
    roles: ["data"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Data warehousing",
    skills: ["bigquery", "snowflake", "data warehousing", "sql"],
    question:
      "Your BigQuery (or Snowflake) bill doubled because analysts query a 20 TB events table. How do you cut cost without blocking them?",
    keyPoints: [
      {
        point: "Partition by date and require a partition filter",
        concepts: [
          ["partition", "partitioned", "partitioning"],
          ["event_date", "date column", "by day", "daily", "require partition filter", "partition filter"],
        ],
      },
      {
        point: "Cluster on frequently filtered columns so blocks are pruned",
        concepts: [
          ["cluster", "clustering", "clustered", "cluster key", "sort key"],
          ["pruning", "prune", "skip blocks", "micro-partitions", "fewer bytes"],
        ],
      },
      {
        point: "Avoid SELECT * on columnar storage",
        concepts: [["select star", "select all columns", "only needed columns", "specific columns", "fewer columns", "column pruning"]],
      },
      {
        point: "Serve common dashboards from pre-aggregated tables or materialized views",
        concepts: [["aggregate table", "aggregated table", "rollup", "roll-up", "materialized view", "summary table", "pre-aggregate"]],
      },
      {
        point: "Find the expensive queries and add guardrails: quotas, bytes limits, budgets",
        concepts: [["quota", "quotas", "maximum bytes billed", "budget", "cost monitoring", "information_schema", "resource monitor"]],
      },
    ],
    modelAnswer:
      "First I find where the cost comes from using INFORMATION_SCHEMA job history, which usually shows a few dashboards and ad-hoc queries scanning the whole table. I partition the events table by event_date and set require partition filter, so a query for last week reads seven days instead of three years. Clustering on columns people filter by, like customer_id and event_type, enables block pruning so even fewer bytes are scanned. Because storage is columnar, I teach analysts to select only needed columns instead of SELECT * and add linting for it. Common dashboard questions get a daily summary table or materialized view at a much smaller grain. Finally I set guardrails such as maximum bytes billed per query, per-team quotas and budget alerts, so a mistake costs dollars instead of thousands.",
  },
  {
    id: "da-streaming-late-events",
    kind: "technical",
    roles: ["data"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Streaming",
    skills: ["kafka", "spark streaming", "flink", "streaming"],
    question:
      "You compute per-minute order counts from a Kafka stream. Some events arrive minutes late and a consumer occasionally restarts. How do you keep the numbers correct?",
    keyPoints: [
      {
        point: "Window by event time, not processing time",
        concepts: [
          ["event time", "event-time", "event timestamp"],
          ["processing time", "arrival time", "ingestion time", "when it arrives"],
        ],
      },
      {
        point: "Use watermarks / allowed lateness to decide how long to wait for late data",
        concepts: [["watermark", "watermarks", "allowed lateness", "grace period"]],
      },
      {
        point: "Checkpoint offsets together with window state so restarts resume correctly",
        concepts: [["checkpoint", "checkpoints", "checkpointing", "commit offsets", "committed offsets", "offsets"]],
      },
      {
        point: "Delivery is at-least-once, so the sink must be idempotent (or use transactional exactly-once)",
        concepts: [
          ["exactly-once", "exactly once", "at-least-once", "at least once"],
          ["idempotent", "dedupe", "deduplicate", "event id", "upsert", "transactional sink", "transactions"],
        ],
      },
    ],
    modelAnswer:
      "I aggregate by event time, the timestamp when the order happened, rather than processing time, so a delayed event still lands in the minute it belongs to. A watermark tells the engine how long to wait, for example five minutes of allowed lateness, before finalizing a window; anything later goes to a side output and a correction job updates the stored count. For restarts, Flink or Spark Structured Streaming checkpoints the Kafka offsets together with the window state, so the job resumes exactly where it stopped. Delivery is usually at-least-once, so the sink must be idempotent: I upsert each window by its window_start key, or use Kafka transactions for end-to-end exactly-once, and dedupe events by their event id.",
  },
];
