import { z } from "zod";

export const COACH_MESSAGE_MAX = 2000;

export const coachMessageSchema = z.object({
  message: z.string().trim().min(1, "Write a message to the coach.").max(COACH_MESSAGE_MAX, `Messages can be at most ${COACH_MESSAGE_MAX} characters.`),
});
