import type { BankQuestion, Role } from "./types";

/**
 * Short openers most interviews start with. Graded like technical answers on
 * structure (a clear thread: now → before → next, and why this role) rather
 * than STAR, plus question-specific points.
 */
const ALL_ROLES: Role[] = ["frontend", "backend", "fullstack", "data", "devops", "mobile"];
const LEVELS: BankQuestion["levels"] = ["junior", "mid-level", "senior"];

const CURRENT = ["currently", "right now", "at the moment", "today i", "in my current role", "i work as", "i am a", "i'm a"];
const PAST = ["before that", "previously", "started my career", "started as", "began", "studied", "graduated", "years ago", "my background"];
const FUTURE = ["looking for", "next step", "want to", "hoping to", "excited to", "that's why", "which is why", "this role"];
const ROLE_LINK = ["this role", "this position", "your team", "your company", "the job", "you're building", "your product", "your mission"];
const EVIDENCE = ["for example", "for instance", "recently", "last year", "i built", "i led", "i shipped", "i delivered", "i improved", "%", "percent"];

export const openerQuestions: BankQuestion[] = [
  {
    id: "op-tell-me-about-yourself",
    kind: "opener",
    roles: ALL_ROLES,
    levels: LEVELS,
    difficulty: "easy",
    topic: "Opener",
    skills: ["communication"],
    question: "Tell me about yourself.",
    keyPoints: [
      { point: "Says what I do now and at what level", concepts: [CURRENT] },
      { point: "Gives the relevant background that led here", concepts: [PAST] },
      { point: "Backs it with one concrete achievement", concepts: [EVIDENCE] },
      { point: "Ends on why this role is the next step", concepts: [FUTURE, ROLE_LINK] },
    ],
    modelAnswer:
      "I'm a backend engineer with four years of experience, currently building payment APIs at a fintech where I own our reconciliation service. I started as a support engineer, which taught me to read production logs before code, and moved into development two years in. Recently I led the move of our batch jobs to an event-driven design, which cut settlement delays from a day to under an hour. I'm looking for a role with more ownership of system design, and your team's work on real-time ledgers is exactly the next step I want.",
  },
  {
    id: "op-why-this-role",
    kind: "opener",
    roles: ALL_ROLES,
    levels: LEVELS,
    difficulty: "easy",
    topic: "Opener",
    skills: ["communication"],
    question: "Why do you want this role?",
    keyPoints: [
      { point: "Names something specific about the role, team or product", concepts: [ROLE_LINK] },
      { point: "Connects it to my own experience or strengths", concepts: [["my experience", "i have", "i've worked", "i built", "i led", "my background", "i enjoy", "strength"]] },
      { point: "Says what I want to learn or achieve here", concepts: [["learn", "grow", "achieve", "contribute", "impact", "ownership", "next step"]] },
    ],
    modelAnswer:
      "Your team is rebuilding the mobile checkout around offline-first sync, and that is the problem I have spent the last two years on: I built the sync layer for a field-service app used by 3,000 technicians. I enjoy the mix of product thinking and hard data problems it takes. Here I want to contribute that experience quickly and grow into owning the architecture of a product with far more users.",
  },
  {
    id: "op-why-leaving",
    kind: "opener",
    roles: ALL_ROLES,
    levels: LEVELS,
    difficulty: "easy",
    topic: "Opener",
    skills: ["communication"],
    question: "Why are you looking to leave your current position?",
    keyPoints: [
      { point: "Stays positive about the current employer", concepts: [["learned a lot", "grateful", "enjoyed", "great team", "valuable", "proud of"]] },
      { point: "Gives a forward-looking reason (growth, scope, domain)", concepts: [["growth", "grow", "scope", "challenge", "ownership", "domain", "next step", "looking for"]] },
      { point: "Links the reason to this role", concepts: [ROLE_LINK] },
    ],
    modelAnswer:
      "I've enjoyed my current job and learned a lot there, especially about running services in production. The product has matured, though, and most of the work now is maintenance; I'm looking for more scope to design new systems. This role's focus on building the new data platform from the start is exactly the challenge I want next.",
  },
  {
    id: "op-greatest-strength",
    kind: "opener",
    roles: ALL_ROLES,
    levels: LEVELS,
    difficulty: "easy",
    topic: "Opener",
    skills: ["communication"],
    question: "What is your greatest strength, and how would it help in this job?",
    keyPoints: [
      { point: "Names one clear strength", concepts: [["my strength", "my greatest strength", "i'm good at", "i am good at", "i excel", "strongest"]] },
      { point: "Proves it with a concrete example and result", concepts: [EVIDENCE] },
      { point: "Relates it to this job", concepts: [ROLE_LINK] },
    ],
    modelAnswer:
      "My greatest strength is turning vague problems into small, shippable steps. For example, when our search was slow and nobody owned it, I broke the problem into measurements, two quick index fixes and one redesign, and we cut p95 latency by 60% in three weeks. In this role, with a new product and changing requirements, that habit would help the team ship early and learn from users.",
  },
  {
    id: "op-where-in-five-years",
    kind: "opener",
    roles: ALL_ROLES,
    levels: LEVELS,
    difficulty: "easy",
    topic: "Opener",
    skills: ["communication"],
    question: "Where do you see yourself in a few years?",
    keyPoints: [
      { point: "A realistic direction for growth", concepts: [["grow", "lead", "senior", "expert", "deeper", "mentor", "ownership", "architect"]] },
      { point: "Grounded in what I enjoy or do well now", concepts: [["i enjoy", "i love", "i like", "good at", "currently", "right now", "already"]] },
      { point: "Compatible with this role and company", concepts: [ROLE_LINK] },
    ],
    modelAnswer:
      "In a few years I'd like to be the engineer people go to for the reliability of our core services, and to mentor newer engineers. I already enjoy incident reviews and on-call improvements, so I'd grow deeper there rather than jump to management straight away. This role's mix of platform work and a growing team is a good place to build towards that.",
  },
];
