import { z } from "zod";
import { COACH_MESSAGE_MAX } from "./limits";

export { COACH_MESSAGE_MAX };

export const coachMessageSchema = z.object({
  message: z.string().trim().min(1, "Write a message to the coach.").max(COACH_MESSAGE_MAX, `Messages can be at most ${COACH_MESSAGE_MAX} characters.`),
});
