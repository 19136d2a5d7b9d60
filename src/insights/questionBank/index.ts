import { backendQuestions } from "./backend";
import { behaviouralQuestions } from "./behavioural";
import { dataQuestions } from "./data";
import { devopsQuestions } from "./devops";
import { crossRoleQuestions } from "./crossRole";
import { frontendQuestions } from "./frontend";
import { fullstackQuestions } from "./fullstack";
import { mobileQuestions } from "./mobile";
import { openerQuestions } from "./openers";
import type { BankQuestion } from "./types";

export type { BankQuestion, Difficulty, KeyPoint, Level, QuestionKind, Role } from "./types";

export const questionBank: readonly BankQuestion[] = [
  ...crossRoleQuestions,
  ...frontendQuestions,
  ...backendQuestions,
  ...fullstackQuestions,
  ...dataQuestions,
  ...devopsQuestions,
  ...mobileQuestions,
  ...behaviouralQuestions,
  ...openerQuestions,
];

const byId = new Map(questionBank.map((q) => [q.id, q]));

export function getBankQuestion(id: string): BankQuestion | undefined {
  return byId.get(id);
}
