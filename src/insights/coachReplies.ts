import type { PhaseId } from "@/progress/journey";
import type { SkillCategory } from "@/resume/taxonomy";
import type { StarElement } from "./signals";

/**
 * The offline coach's wording: every reply is a question, written here so the
 * rules in coach.ts stay readable. Several variants of each question let the
 * coach ask again in other words instead of repeating itself. `{…}` slots are
 * filled with the user's own topic (a skill, a subject, a bank topic) or a
 * concept from the question bank, never with a model answer.
 */

/** STAR questions, the general one and two that name the story; each variant names its element ("situation", "responsible", "yourself", "result", "differently"/"teach"). */
export function starQuestions(element: StarElement, about: string | null): string[] {
  const [general, aboutTopic, other] = starVariants(element, about ? `your story about ${about}` : "that story");
  // The variants naming the story's topic lead when there is one.
  return about ? [aboutTopic!, other!, general!] : [general!, aboutTopic!, other!];
}

function starVariants(element: StarElement, story: string): string[] {
  switch (element) {
    case "situation":
      return [
        "Set the scene for me: where were you working, and what was going on that made this matter?",
        `Before the details of ${story}: what was the situation — where were you, and what was at stake?`,
        `Who else was involved in ${story}, and what was the situation when it started?`,
      ];
    case "task":
      return [
        "What exactly were you responsible for in that situation?",
        `What were you responsible for in ${story}, and who was counting on you?`,
        `Which part of ${story} was yours to own: what were you responsible for, as opposed to the team?`,
      ];
    case "action":
      return [
        "Using “I”, not “we”: what did you do yourself, step by step?",
        `What did you do yourself in ${story}, and what was the first thing you did?`,
        `Which decision in ${story} was yours, and what did you do yourself to carry it out?`,
      ];
    case "result":
      return [
        "What was the result? Can you put a number on it: time saved, errors reduced, users affected?",
        `How did ${story} end: what was the result, and how did you know it had worked?`,
        `What was the result of what you did in ${story}, in a number if you can: hours, percent, people?`,
      ];
    case "reflection":
      return [
        "Looking back, what would you do differently, and what did it teach you?",
        `What did ${story} teach you that you still use today?`,
        `If ${story} happened again tomorrow, what would you do differently, and why?`,
      ];
  }
}

export const ELABORATE = [
  "Tell me more, in your own words: what happened, and what was your part in it?",
  "Can you give me one concrete example of that, with what you did yourself?",
  "What happened next, and what was your part in it?",
];

/** Probes for something the user wants to design or build: invariants, retries, reads and writes, correctness, scope. */
export function designQuestions(subject: string): string[] {
  return [
    `Before any tables or services: what must never happen to ${subject}, whatever fails or gets retried?`,
    `What happens to ${subject} if the same request arrives twice, and how would you make that safe?`,
    `Who writes to ${subject} and who reads from it, and which of those has to be fastest?`,
    `A month after launch, how would you prove ${subject} is still correct: what would you reconcile or measure?`,
    `Which part of ${subject} would you build first, and what would you deliberately leave out of version one?`,
  ];
}

/** Probes for something the user wants to describe or explain. */
export function subjectQuestions(subject: string): string[] {
  return [
    `Walk me through ${subject} step by step: what do you check first, and what must never be missed?`,
    `What is the hardest part of ${subject} to explain to an interviewer, and how would you put it in two sentences?`,
    `When did ${subject} go wrong, or nearly go wrong, for you, and what did you do about it?`,
  ];
}

/** A concept from the bank for a technical topic: the user is asked to place it, never told the answer. */
export function technicalHints(topic: string, hint: string): string[] {
  return [
    `Let's take ${topic} one piece at a time. Where would “${hint}” come into your answer, and what would go wrong without it?`,
    `What part does “${hint}” play in ${topic}? How would you explain it to the interviewer in two sentences?`,
    `Suppose the interviewer follows up on ${topic} with “and what about ${hint}?” What would you say, and why does it matter?`,
    `Have you met “${hint}” in something you built? What happened, and would you handle ${topic} the same way?`,
  ];
}

/** A concept from a behavioural question: what interviewers listen for, asked about in the user's own story. */
export function storyHints(topic: string, hint: string): string[] {
  return [
    `Interviewers asking about ${topic} listen for “${hint}”. Where does that show up in your story?`,
    `In your story about ${topic}, what did “${hint}” look like in practice: what did you actually say or do?`,
    `How could your ${topic} story show “${hint}” without you having to say the word itself?`,
  ];
}

/** The first follow-up once a story has every STAR part: what an interviewer would dig into. */
export function completeStoryHint(topic: string, hint: string): string {
  return `That story has every part. If the interviewer dug into “${hint}” in your ${topic} story, what would you add?`;
}

export function skillQuestions(skill: string, category: SkillCategory | null): string[] {
  switch (category) {
    case "soft":
      return [
        `Let's build a story. Think of a time you used ${skill} on something that mattered. What was the situation?`,
        `What did ${skill} look like for you in a hard moment: a disagreement, a deadline or a mistake? Which would you pick to tell?`,
        `How would a colleague describe your ${skill}, and which story would prove them right?`,
      ];
    case "practice":
      return [
        `Walk me through how you approach ${skill}, step by step: what do you check first, and what must never be missed?`,
        `What does doing ${skill} well look like, compared with doing it just well enough? Which example would you give?`,
        `When did ${skill} go wrong, or nearly go wrong, for you, and what did you change afterwards?`,
      ];
    case "certification":
      return [
        `What did preparing for ${skill} teach you that you use at work? Which example would show it?`,
        `How would you show that ${skill} is more than a line on your resume: which real case would you describe?`,
      ];
    default:
      return [
        `What problem does ${skill} solve in a project like yours, and when would you choose something else?`,
        `When did ${skill} last surprise you or break on you, and what did you check first?`,
        `If a new teammate asked you to explain ${skill}, what would your two sentences be?`,
      ];
  }
}

export function worryQuestions(about: string | null, role: string): string[] {
  const topic = about ? ` about ${about}` : "";
  return [
    `Nerves usually mean it matters to you. What exactly are you most worried they'll ask${topic}, and what would your first sentence be?`,
    `Let's make the worry concrete: which question${topic} would you least like to hear for ${role}, and what is one true thing you could say about it?`,
    "When you've felt nervous before something that then went fine, what had you done to prepare? Which of those could you do before this interview?",
    "What would a good-enough interview look like to you: which one or two things do you want them to remember about you?",
  ];
}

/** The journey phase's opening question (about a skill of the job when there is one). */
export function phaseOpening(phase: PhaseId, skill: string | null, role: string): string {
  switch (phase) {
    case "role":
      return `Before we practise: which two or three things do you think matter most to the people hiring for ${role}, and what in the job description makes you think so?`;
    case "stories":
      return skill
        ? `Let's build a story. Think of a time you used ${skill} on something that mattered. What was the situation?`
        : "Let's build a story. Think of a piece of work you're proud of. What was the situation?";
    case "practise":
      return skill
        ? `Imagine the interviewer asks about ${skill}. How would you explain what problem it solves, in two sentences?`
        : "Which technical topic from the job description would you least like to be asked about, and why?";
    case "mock":
      return "You're ready for a mock interview. Which question are you most worried about, and what would your first sentence be?";
    case "review":
      return "Look back at your last interview. Which answer would you change first, and what would you say instead?";
  }
}

/** What to practise next, by journey phase, for one of the job's skills. */
export function practiseQuestions(phase: PhaseId, skill: string, role: string): string[] {
  const byPhase: Record<PhaseId, string> = {
    role: `First, understand the role: why do you think ${role} needs ${skill}, and where in the job description does it show?`,
    stories: `Start with a story: which piece of your work shows ${skill} best, and what was your part in it?`,
    practise: `Practise ${skill} next: if the interviewer asked what problem it solves, what would your two sentences be?`,
    mock: `You're ready for a mock interview: which question about ${skill} would you least like to get, and what would your first sentence be?`,
    review: `Review comes next: in your last interview, which answer touching ${skill} would you change first, and how?`,
  };
  return [
    byPhase[phase],
    `${skill} is the job skill with the least evidence so far. Would you rather start with a story where you used it, or with explaining how it works, and why?`,
  ];
}
