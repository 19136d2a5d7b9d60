import type { BankQuestion, KeyPoint, Role } from "./types";

/** Behavioural questions: every answer is graded on STAR structure plus question-specific points. */

const ALL_ROLES: Role[] = ["frontend", "backend", "fullstack", "data", "devops", "mobile"];

const SITUATION = ["at my last job", "in my previous role", "at my previous company", "last year", "situation", "our team", "at the time", "context"];
const TASK = ["my goal", "my task", "i was responsible", "my responsibility", "i needed to", "i had to", "i was asked", "my job was"];
const RESULT = ["as a result", "the result", "outcome", "in the end", "ended up", "led to", "resulted in"];
const MEASURE = ["percent", "%", "hours", "days", "weeks", "minutes", "halved", "reduced"];
const REFLECTION = ["i learned", "i learnt", "lesson", "taught me", "in hindsight", "next time", "since then", "differently"];

/**
 * STAR key points shared by every behavioural question: context + my task, the actions *I* took
 * (phrased per question), a measurable result, and a reflection; then 1–2 question-specific points.
 */
function star(actionPoint: string, actionPhrases: string[], specific: KeyPoint[]): KeyPoint[] {
  return [
    { point: "Sets the situation and what I was responsible for (situation, task)", concepts: [SITUATION, TASK], star: ["situation", "task"] },
    { point: actionPoint, concepts: [actionPhrases], star: ["action"] },
    { point: "States the result with a measurable outcome", concepts: [RESULT, MEASURE], star: ["result", "measure"] },
    { point: "Reflects on what I learned or would do differently", concepts: [REFLECTION], star: ["reflection"] },
    ...specific,
  ];
}

export const behaviouralQuestions: BankQuestion[] = [
  {
    id: "bh-conflict-with-teammate",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "easy",
    topic: "Conflict",
    skills: ["communication", "teamwork", "collaboration", "conflict resolution"],
    question: "Tell me about a time you had a conflict with a teammate. How did you handle it?",
    keyPoints: star(
      "Describes the concrete steps I took to resolve it (a private conversation, listening)",
      ["i asked", "i suggested", "i proposed", "i set up", "i invited", "i listened", "i talked", "i spoke"],
      [
        {
          point: "Addressed it directly and privately, seeking to understand their view",
          concepts: [["one-on-one", "1:1", "privately", "in private", "face to face", "coffee", "directly"], ["their perspective", "their point of view", "understand", "listened", "their concerns"]],
        },
        {
          point: "Focused on the shared goal or facts rather than personalities",
          concepts: [["shared goal", "common goal", "facts", "objective criteria", "not personal", "failure modes", "metrics"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job our team was split over whether to rewrite a flaky payments module, and a senior colleague and I kept clashing in code reviews; my goal was to ship the checkout redesign without the tension slowing us down. I asked him for a one-on-one over coffee and listened first, and I learned his concern was a past outage, not my code. I suggested we focus on the shared goal, so we agreed on facts: we wrote down the failure modes and I proposed adding contract tests before any refactor. As a result our reviews went from days to hours, we shipped on time and the module's incidents were reduced to zero that quarter. I learned that conflict usually hides an unspoken worry, and since then I talk to people directly and early instead of arguing in review comments.",
  },
  {
    id: "bh-learning-from-failure",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Failure",
    skills: ["ownership", "accountability", "communication", "problem solving"],
    question: "Tell me about a time you failed or made a significant mistake at work.",
    keyPoints: star(
      "Describes what I personally did once I noticed the mistake",
      ["i owned", "i told", "i flagged", "i rolled back", "i fixed", "i wrote", "i informed", "i reported"],
      [
        {
          point: "Takes clear ownership of the mistake without blaming others",
          concepts: [["my mistake", "my fault", "i made", "i was wrong", "i owned", "took responsibility", "my error"]],
        },
        {
          point: "Put a safeguard in place so it would not happen again",
          concepts: [["prevent", "safeguard", "checklist", "automated check", "alert", "regression test", "post-mortem", "postmortem"]],
        },
      ],
    ),
    modelAnswer:
      "In my previous role I was responsible for a database migration that added a NOT NULL column, and it was my mistake: I tested it on a small dataset, and in production it locked a large table and the app was down for 20 minutes. I owned it immediately, told my lead and the support team what was happening, and rolled back. Afterwards I wrote a blameless post-mortem, rewrote the migration in batches and added an automated check in CI that flags locking migrations so it would prevent a repeat. As a result we had no migration-related outages in the following year, and the check caught three risky migrations from other teams. I learned to test against production-sized data, and since then I always write a rollback plan before running a migration.",
  },
  {
    id: "bh-leading-without-authority",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Leadership",
    skills: ["leadership", "influence", "communication", "collaboration"],
    question: "Describe a time you led an initiative or influenced people without having formal authority over them.",
    keyPoints: star(
      "Describes how I personally built support (prototype, data, one-on-ones)",
      ["i built", "i prototyped", "i gathered", "i presented", "i met", "i proposed", "i organised", "i organized"],
      [
        {
          point: "Persuaded with evidence and by involving others rather than instructing them",
          concepts: [["data", "evidence", "prototype", "proof of concept", "demo", "numbers"], ["buy-in", "involved", "feedback", "input", "co-owners", "champions"]],
        },
        {
          point: "Handled resistance or doubts constructively",
          concepts: [["resistance", "sceptical", "skeptical", "pushback", "concerns", "objections", "doubts"]],
        },
      ],
    ),
    modelAnswer:
      "Last year, in a company with six product teams, every team built its own form components and accessibility bugs kept coming back; nobody owned it, and my goal was to get the teams onto one shared library even though I managed none of them. I built a small prototype and gathered data showing that 40% of our accessibility bugs came from forms, then presented it at the frontend guild. Some leads were sceptical about the migration cost, so I met each one individually, asked for their input and invited two of them to co-own the API design, which got real buy-in. As a result five of the six teams adopted the library within two quarters and form-related accessibility bugs were reduced by 70%. I learned that influence comes from making it easy for others to say yes and letting them shape the idea.",
  },
  {
    id: "bh-ambiguous-requirements",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Ambiguity",
    skills: ["communication", "problem solving", "product thinking", "ownership"],
    question: "Tell me about a time you had to deliver something with unclear or changing requirements.",
    keyPoints: star(
      "Describes how I personally clarified the problem and moved forward",
      ["i asked", "i interviewed", "i wrote", "i listed", "i built", "i proposed", "i clarified", "i shared"],
      [
        {
          point: "Clarified the underlying goal with stakeholders and wrote down assumptions",
          concepts: [["stakeholder", "stakeholders", "product manager", "users", "customer"], ["assumptions", "clarify", "clarified", "underlying problem", "success criteria", "one-pager"]],
        },
        {
          point: "Reduced risk by delivering iteratively (prototype, MVP, small increments) and getting feedback",
          concepts: [["prototype", "mvp", "iterate", "iteration", "iteratively", "small increments", "first version"]],
        },
      ],
    ),
    modelAnswer:
      "At my previous company I was asked to 'build a reporting dashboard' for the sales team, with no spec and a product manager who was on leave. My goal was to deliver something useful within a month, so first I interviewed three account managers to clarify the underlying problem, which turned out to be spotting customers at risk of churning. I wrote a one-pager listing my assumptions and success criteria and shared it with the stakeholders to confirm it. Then I built a rough prototype in a week and iterated in small increments based on their weekly feedback. In the end they used one focused churn view rather than the twenty charts first imagined, and it led to the team contacting at-risk accounts earlier, cutting churn by 8 percent that quarter. I learned that when requirements are vague, writing down assumptions and showing something early beats waiting for clarity.",
  },
  {
    id: "bh-prioritising-competing-work",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Prioritisation",
    skills: ["prioritization", "time management", "communication", "stakeholder management"],
    question: "Tell me about a time you had several urgent tasks competing for your time. How did you prioritise?",
    keyPoints: star(
      "Describes the concrete prioritisation steps I took",
      ["i listed", "i ranked", "i estimated", "i asked", "i talked", "i agreed", "i negotiated", "i blocked"],
      [
        {
          point: "Used an explicit criterion: impact, urgency, deadlines, risk or effort",
          concepts: [["impact", "urgency", "urgent", "effort", "risk", "business value", "deadline", "revenue"]],
        },
        {
          point: "Communicated trade-offs to stakeholders and reset expectations",
          concepts: [["stakeholders", "my manager", "account lead", "product owner"], ["trade-off", "tradeoff", "expectations", "explained the"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job, in the same week, I had a production bug affecting invoices, a feature promised to a client demo and a security patch, and as the only backend engineer on the project I had to decide what came first. I listed the three and ranked them by impact and risk: the invoice bug was costing revenue every day, the patch had a fixed deadline, and the demo feature could be cut to a smaller version. I talked to my manager and the account lead, explained the trade-off and agreed to demo a reduced version, which reset expectations early rather than at the last minute. As a result the bug was fixed in two days, the patch shipped on time, and the client was happy with the demo. I learned that prioritising is mostly about making trade-offs visible, and since then I keep a ranked list that my manager can see.",
  },
  {
    id: "bh-receiving-critical-feedback",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Feedback",
    skills: ["communication", "growth mindset", "self-awareness", "teamwork"],
    question: "Tell me about a time you received critical feedback. What did you do with it?",
    keyPoints: star(
      "Describes the specific changes I made in response to the feedback",
      ["i asked", "i started", "i changed", "i practised", "i practiced", "i split", "i wrote", "i followed up"],
      [
        {
          point: "Received it openly, without defensiveness, and asked clarifying questions or for examples",
          concepts: [["defensive", "not take it personally", "openly", "thanked", "grateful"], ["examples", "example", "clarify", "clarifying", "asked for specifics"]],
        },
        {
          point: "Followed up later to check the improvement",
          concepts: [["followed up", "follow up", "checked in", "check in", "asked again", "a month later"]],
        },
      ],
    ),
    modelAnswer:
      "In my previous role my tech lead told me my pull requests were too large and hard to review, and at the time my first instinct was to be defensive. Instead I thanked him and asked for examples, and he showed me a 2,000-line PR that had sat unreviewed for a week; my goal became making my work easier to review. I started splitting work into small PRs behind feature flags and wrote a short description with testing notes for each one. As a result my average review time dropped from three days to under one day, and I followed up with him a month later to check it was noticeable. I learned that feedback is easiest to act on when you ask for concrete examples, and since then I ask for feedback regularly instead of waiting for reviews.",
  },
  {
    id: "bh-mentoring-a-colleague",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Mentoring",
    skills: ["mentoring", "leadership", "communication", "coaching"],
    question: "Tell me about a time you mentored or helped a colleague grow.",
    keyPoints: star(
      "Describes how I personally supported their growth",
      ["i paired", "i set up", "i scheduled", "i reviewed", "i gave", "i suggested", "i asked", "i let"],
      [
        {
          point: "Tailored the support to the person and encouraged independence rather than doing the work for them",
          concepts: [["pair programming", "paired", "pairing", "weekly sessions", "one-on-ones"], ["independent", "independently", "on their own", "on her own", "on his own", "rather than giving answers", "guiding questions"]],
        },
        {
          point: "Shows the mentee's concrete progress",
          concepts: [["promoted", "promotion", "owned", "shipped", "presented", "on-call", "on call"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job our team hired a junior developer who came from a bootcamp and was struggling with our large codebase; I was asked to mentor her through her first six months. I scheduled weekly one-on-ones and did pair programming twice a week, but I let her drive and asked guiding questions rather than giving answers, so she could work independently. I also gave her a small, well-scoped feature to own end to end and reviewed her designs before she wrote code. As a result, after four months she shipped that feature, presented it at our demo day and joined the on-call rotation, and her PR cycle time was reduced by half. I learned that good mentoring means getting comfortable letting people struggle a little, and I now adapt the amount of guidance to each person.",
  },
  {
    id: "bh-disagreeing-with-manager",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Disagreement",
    skills: ["communication", "influence", "ownership", "stakeholder management"],
    question: "Tell me about a time you disagreed with your manager's decision. What did you do?",
    keyPoints: star(
      "Describes how I raised the disagreement myself, respectfully and with evidence",
      ["i raised", "i asked", "i prepared", "i wrote", "i shared", "i proposed", "i presented", "i explained"],
      [
        {
          point: "Backed the argument with data or risks, privately and respectfully",
          concepts: [["data", "evidence", "numbers", "risk", "risks", "metrics"], ["privately", "one-on-one", "1:1", "respectfully", "in private"]],
        },
        {
          point: "Disagree and commit: accepted the final decision and supported it",
          concepts: [["disagree and commit", "committed", "supported the decision", "went with", "accepted", "fully behind"]],
        },
      ],
    ),
    modelAnswer:
      "In my previous role my manager decided to skip load testing to hit a launch date for a ticket-sales feature, and my responsibility was the checkout service that would take the traffic. I disagreed, so I raised it with her privately in our one-on-one rather than in the team meeting, and I prepared data from the last big sale showing traffic peaks ten times our normal load. I proposed a compromise: a two-day load test on just the checkout path. She agreed to that, but kept the date for everything else, and I committed to that decision fully. The test found a connection-pool limit that would have failed at about 30 percent of the expected peak, and as a result launch day ran with zero downtime. I learned that disagreement lands better with data and a concrete alternative, and that once a decision is made I support it.",
  },
  {
    id: "bh-tight-deadline",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "easy",
    topic: "Deadlines",
    skills: ["time management", "prioritization", "communication", "delivery"],
    question: "Tell me about a time you had to deliver under a very tight deadline.",
    keyPoints: star(
      "Describes how I personally organised the work to meet the deadline",
      ["i broke", "i cut", "i listed", "i proposed", "i agreed", "i focused", "i asked", "i updated"],
      [
        {
          point: "Reduced scope to the essentials instead of cutting quality",
          concepts: [["scope", "must-have", "must have", "nice-to-have", "mvp", "cut features", "essentials"]],
        },
        {
          point: "Kept stakeholders updated about progress and risks",
          concepts: [["daily update", "updated", "kept informed", "status update", "communicated", "flagged"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job a regulator changed a rule and we had two weeks to add consent tracking to our sign-up flow, and I was responsible for delivering it. I broke the work into must-have and nice-to-have items with the product owner, and we agreed to cut features like an admin UI and ship only the consent capture and audit log, keeping tests in. I focused on the riskiest part first, the database changes, and sent a short daily update to the stakeholders with progress and any risks. As a result we went live two days before the deadline with no defects reported, and the admin UI followed three weeks later. I learned that negotiating scope early is far better than working nights, and I now flag deadline risk on day one.",
  },
  {
    id: "bh-project-proud-of",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "easy",
    topic: "Achievement",
    skills: ["ownership", "impact", "problem solving", "communication"],
    question: "Tell me about a project you are most proud of.",
    keyPoints: star(
      "Explains my own contribution, distinct from the team's",
      ["i designed", "i built", "i led", "i wrote", "i proposed", "i implemented", "i owned", "i drove"],
      [
        {
          point: "Explains why it mattered to users or the business",
          concepts: [["users", "customers", "business", "revenue", "support tickets", "conversion"]],
        },
        {
          point: "Mentions a real challenge or trade-off overcome",
          concepts: [["challenge", "hardest part", "difficult", "trade-off", "tradeoff", "obstacle"]],
        },
      ],
    ),
    modelAnswer:
      "At my previous company customers had to wait up to a day for their bank exports to appear, which generated a lot of support tickets; I was responsible for making the import pipeline near real-time. I designed an event-driven replacement for the nightly batch job and built the ingestion service myself, while two colleagues handled the UI. The hardest part was a trade-off between ordering and throughput, which I solved by partitioning events per account. As a result import latency went from hours to under two minutes and related support tickets were reduced by 60 percent. I'm proud of it because it changed the product for users, and it taught me to validate an architecture with a small spike before committing the team.",
  },
  {
    id: "bh-learning-new-technology",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Learning",
    skills: ["learning", "adaptability", "problem solving", "ownership"],
    question: "Tell me about a time you had to learn a new technology quickly to get something done.",
    keyPoints: star(
      "Describes my own learning approach in concrete steps",
      ["i read", "i built", "i followed", "i paired", "i asked", "i started", "i took", "i practised"],
      [
        {
          point: "Learned efficiently: official docs, a small practice project, asking experts",
          concepts: [["documentation", "docs", "official tutorial", "tutorial", "course"], ["small project", "toy project", "spike", "prototype", "proof of concept"]],
        },
        {
          point: "Shared the knowledge with the team afterwards",
          concepts: [["knowledge sharing", "wrote a guide", "documented", "brown bag", "lunch and learn", "presented it", "shared what i learned"]],
        },
      ],
    ),
    modelAnswer:
      "Last year our team inherited a service written in Go, which none of us knew, and I was responsible for fixing a memory leak in it within two weeks. I read the official tutorial and the Effective Go documentation in the first two days, then built a small toy project to get comfortable with goroutines and channels. I paired with an engineer from another team who knew Go for an hour and used pprof, which he showed me, to find goroutines that were never closed. As a result I fixed the leak in eight days and memory use was reduced by 75 percent. Afterwards I documented what I learned in a short guide and a lunch and learn, and it taught me that a small hands-on spike teaches me faster than reading alone.",
  },
  {
    id: "bh-handling-production-incident",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Incident response",
    skills: ["ownership", "communication", "incident management", "problem solving"],
    question: "Describe a serious production incident you were involved in. What was your role and what happened afterwards?",
    keyPoints: star(
      "Describes the specific actions I took during the incident",
      ["i declared", "i paged", "i rolled back", "i coordinated", "i communicated", "i posted", "i checked", "i mitigated"],
      [
        {
          point: "Prioritised mitigation and clear communication before root cause",
          concepts: [["mitigate", "mitigation", "rollback", "rolled back", "stop the bleeding", "restore service"], ["status page", "stakeholders", "updates", "communicated", "incident channel"]],
        },
        {
          point: "Ran a blameless post-mortem with follow-up actions",
          concepts: [["post-mortem", "postmortem", "blameless", "retrospective", "root cause", "action items"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job I was on call when checkout error rates jumped to 40 percent on a Friday evening, and as incident lead my task was to restore service and keep everyone informed. I declared an incident, opened an incident channel and paged the payments engineer, then posted updates every 15 minutes to stakeholders and the status page. Our dashboards showed the errors started with a config deploy, so I rolled back first rather than debugging live, which was enough to mitigate it within 25 minutes. The root cause was an expired certificate in the new config, and I ran a blameless post-mortem that produced three action items, including automated certificate expiry alerts. As a result we had no repeat, and I learned to prioritise restoring service over understanding the cause during an incident.",
  },
  {
    id: "bh-giving-difficult-feedback",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Feedback",
    skills: ["leadership", "communication", "mentoring", "teamwork"],
    question: "Tell me about a time you had to give difficult feedback to a colleague.",
    keyPoints: star(
      "Describes how I prepared for and delivered the feedback myself",
      ["i prepared", "i asked", "i described", "i explained", "i shared", "i offered", "i scheduled", "i gave"],
      [
        {
          point: "Gave specific, behaviour-focused feedback in private and promptly",
          concepts: [["specific", "concrete example", "examples", "behaviour", "behavior", "impact"], ["privately", "in private", "one-on-one", "1:1", "promptly"]],
        },
        {
          point: "Agreed a plan together and offered support",
          concepts: [["agreed a plan", "action plan", "plan together", "next steps", "agreed on", "we agreed"]],
        },
      ],
    ),
    modelAnswer:
      "In my previous role a talented colleague was regularly missing stand-ups and code review requests, which was blocking two others on our team; as the tech lead it was my responsibility to address it. I prepared concrete examples and spoke to him privately in a one-on-one the same week, describing the behaviour and its impact rather than judging him, and then I asked what was going on. It turned out he was overwhelmed by support work, so we agreed a plan together: I moved support to a rotation and he committed to a daily review slot. As a result review wait times were reduced from two days to a few hours within a month and he thanked me later. I learned that difficult feedback is kinder when it is prompt and specific, and that asking questions often uncovers the real cause.",
  },
  {
    id: "bh-tackling-technical-debt",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["senior"],
    difficulty: "hard",
    topic: "Technical debt",
    skills: ["ownership", "stakeholder management", "communication", "architecture"],
    question: "Tell me about a time you convinced the business to invest in paying down technical debt.",
    keyPoints: star(
      "Describes how I personally built and presented the case",
      ["i measured", "i tracked", "i calculated", "i presented", "i proposed", "i wrote", "i gathered", "i framed"],
      [
        {
          point: "Translated the debt into business terms: lost time, incidents, slower delivery, cost",
          concepts: [["business terms", "cost", "lead time", "velocity", "incidents", "customer impact", "delivery speed", "engineer hours"]],
        },
        {
          point: "Proposed an incremental plan instead of a big rewrite",
          concepts: [["incremental", "incrementally", "20%", "strangler", "step by step", "not a rewrite", "alongside features", "each sprint"]],
        },
      ],
    ),
    modelAnswer:
      "At my previous company our billing code was so tangled that every pricing change took weeks, and as the senior engineer on the team my goal was to get time to fix it without stopping feature work. I tracked our tickets for a quarter and calculated that we spent around 30 percent of engineer hours on workarounds and incidents in that area, then presented it in business terms: slower delivery of pricing experiments and real customer impact. Instead of a rewrite I proposed an incremental strangler approach, replacing one module at a time with 20% of each sprint. As a result, within six months the lead time for pricing changes went from three weeks to four days and billing incidents were halved. I learned that the business doesn't buy 'clean code', it buys speed and risk reduction, so I now frame technical debt in those terms.",
  },
  {
    id: "bh-cross-team-collaboration",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Collaboration",
    skills: ["collaboration", "communication", "teamwork", "stakeholder management"],
    question: "Tell me about a time you needed help from another team whose priorities were different from yours.",
    keyPoints: star(
      "Describes how I personally worked with the other team",
      ["i reached out", "i met", "i offered", "i wrote", "i proposed", "i asked", "i joined", "i set up"],
      [
        {
          point: "Understood the other team's priorities and found a mutual benefit",
          concepts: [["their priorities", "their goals", "their roadmap", "their constraints", "their backlog"], ["mutual", "win-win", "both teams", "helped them", "in return"]],
        },
        {
          point: "Reduced the cost for them: wrote the code, clear request, agreed interface",
          concepts: [["contributed", "pull request", "wrote the change", "did the work", "clear request", "agreed interface", "design doc"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job my feature needed a new field from the identity team's API, but their roadmap was full for the quarter, and I needed to unblock our launch in six weeks. I reached out to their lead and first asked about their priorities and constraints, which turned out to be a migration they were struggling to staff. I proposed a deal: I wrote the change myself as a pull request following their conventions, with a short design doc, and in return I helped test their migration for two days, a win-win for both teams. As a result the field shipped in ten days instead of waiting a quarter, and our launch stayed on schedule. I learned that asking what another team needs before asking for help makes collaboration much easier.",
  },
  {
    id: "bh-missed-estimate",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Estimation",
    skills: ["estimation", "communication", "ownership", "planning"],
    question: "Tell me about a time you badly underestimated how long something would take.",
    keyPoints: star(
      "Describes what I did once I realised the estimate was wrong",
      ["i told", "i flagged", "i re-estimated", "i replanned", "i broke", "i proposed", "i raised", "i informed"],
      [
        {
          point: "Raised the slip early and transparently rather than hiding it",
          concepts: [["early", "as soon as", "immediately", "right away", "transparent", "transparently"]],
        },
        {
          point: "Improved how I estimate afterwards (breaking work down, buffers, spikes, ranges)",
          concepts: [["break down", "broke down", "smaller tasks", "buffer", "spike", "ranges", "unknowns"]],
        },
      ],
    ),
    modelAnswer:
      "In my previous role I estimated a third-party payment provider integration at one week, and my task was to have it ready for a partner launch. By day three I realised their sandbox behaved differently from the docs and the webhooks needed a new retry system, so I flagged it right away to my manager with a re-estimate of three weeks and options. I proposed shipping card payments first and adding the other methods later, and I broke the rest down into smaller tasks with daily progress notes. As a result the launch went ahead with cards on time and the rest followed 12 days later. I learned to run a short spike on unknowns before estimating and to give estimates as ranges, and since then my estimates have been far closer.",
  },
  {
    id: "bh-going-beyond-for-users",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Customer focus",
    skills: ["customer focus", "ownership", "empathy", "communication"],
    question: "Tell me about a time you went beyond your assigned work to improve things for users.",
    keyPoints: star(
      "Describes what I personally did beyond the assigned work",
      ["i noticed", "i looked into", "i dug", "i built", "i fixed", "i talked", "i joined", "i proposed"],
      [
        {
          point: "Started from real user evidence (support tickets, analytics, user feedback)",
          concepts: [["support tickets", "tickets", "analytics", "user feedback", "complaints", "session recordings", "user interviews"]],
        },
        {
          point: "Balanced the extra work with existing commitments and got agreement",
          concepts: [["approval", "agreed to spend", "without delaying", "on top of my", "checked with my manager", "my manager agreed"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job I was responsible for an unrelated API feature, but while helping support for a day I noticed that many support tickets were about the password reset email arriving late. I dug into the logs and found our email job was queued behind bulk newsletters. I talked to my manager, agreed to spend two days on it without delaying my feature, and moved transactional emails to a separate high-priority queue. As a result reset emails arrived in seconds instead of up to 40 minutes, and those tickets were reduced by 90 percent. I learned how much you see by sitting with support, and since then I read the ticket summaries every week.",
  },
  {
    id: "bh-sudden-priority-change",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["junior", "mid-level", "senior"],
    difficulty: "easy",
    topic: "Adaptability",
    skills: ["adaptability", "communication", "teamwork", "prioritization"],
    question: "Tell me about a time priorities changed suddenly in the middle of your work. How did you adapt?",
    keyPoints: star(
      "Describes the concrete steps I took to switch over",
      ["i paused", "i documented", "i wrote", "i handed over", "i asked", "i switched", "i clarified", "i moved"],
      [
        {
          point: "Understood the reason for the change and accepted it constructively",
          concepts: [["the reasoning", "the reason", "why it changed", "understood the", "made sense", "business reason"]],
        },
        {
          point: "Left the interrupted work in a recoverable state (notes, branch, handover)",
          concepts: [["notes", "handover", "hand over", "documented", "branch", "feature flag", "where i left off"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job I was halfway through a search redesign when a large customer threatened to leave unless we added single sign-on within a month, and I was asked to switch to it immediately. I first asked my manager to explain the reasoning, and once I understood the revenue at stake it made sense. I paused the search work cleanly: I merged what was done behind a feature flag and documented where I left off in notes on the ticket so anyone could continue. Then I switched to SSO and clarified the exact requirements with the customer's IT team in the first two days. As a result SSO went live in three weeks, the customer renewed, and I resumed the search work with almost no ramp-up time. I learned that leaving work in a recoverable state makes changing priorities much less painful.",
  },
  {
    id: "bh-improving-team-process",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Process improvement",
    skills: ["ownership", "continuous improvement", "teamwork", "ci/cd"],
    question: "Tell me about a time you improved a process or way of working in your team.",
    keyPoints: star(
      "Describes the change I personally proposed or implemented",
      ["i measured", "i proposed", "i automated", "i set up", "i introduced", "i wrote", "i ran", "i suggested"],
      [
        {
          point: "Identified the pain point from evidence before changing anything",
          concepts: [["measured", "noticed", "tracked", "retro", "retrospective", "pain point", "bottleneck"]],
        },
        {
          point: "Trialled the change with the team and got their buy-in",
          concepts: [["trial", "experiment", "pilot", "tried it for", "buy-in", "the team agreed", "trial run"]],
        },
      ],
    ),
    modelAnswer:
      "In my previous role our releases were a manual, half-day process once a fortnight, and in a retrospective several people named it our biggest bottleneck; my goal was to make releases fast and boring. I measured the steps for two releases and found most time went into manual smoke tests and copying config. I proposed a two-sprint experiment: I automated the smoke tests in CI and set up a one-command deploy, and the team agreed to try releasing daily during the pilot and give feedback. As a result release time was reduced from about four hours to 15 minutes and we moved to daily releases permanently. I learned that running a change as a small experiment gets much easier buy-in than proposing a big process change.",
  },
  {
    id: "bh-pushing-back-on-scope",
    kind: "behavioural",
    roles: ALL_ROLES,
    levels: ["senior"],
    difficulty: "hard",
    topic: "Stakeholder management",
    skills: ["stakeholder management", "communication", "negotiation", "leadership"],
    question: "Tell me about a time you had to say no, or push back, on a request from a senior stakeholder.",
    keyPoints: star(
      "Describes how I personally handled the conversation",
      ["i explained", "i asked", "i proposed", "i offered", "i showed", "i met", "i wrote", "i estimated"],
      [
        {
          point: "Understood the stakeholder's underlying need before pushing back",
          concepts: [["underlying need", "the real goal", "what they needed", "why they wanted", "the problem behind", "actual need"]],
        },
        {
          point: "Offered an alternative and made the trade-off explicit",
          concepts: [["alternative", "instead", "compromise", "option", "options"], ["trade-off", "tradeoff", "cost", "delay", "what we would drop"]],
        },
      ],
    ),
    modelAnswer:
      "At my last job the sales director asked our team to build a custom reporting module for one prospect within the current quarter, and as the engineering lead I was responsible for our roadmap. I met with him and first asked why they wanted it, and the actual need was exporting data into the prospect's own BI tool. I explained the trade-off clearly: the custom module would take eight weeks and delay the mobile release that 40 percent of our customers were waiting for. Instead, I proposed an alternative, a CSV and API export that we could ship in one week. He agreed, and as a result the prospect signed and the mobile release stayed on schedule. I learned that saying no works best as 'not that, but this', grounded in the person's real goal.",
  },
];
