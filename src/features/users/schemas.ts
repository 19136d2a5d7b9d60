import { z } from "zod";
import { isAllowedWebhookUrl } from "@/services/webhooks/outgoing";

export const localSignUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Use at most 80 characters."),
  email: z.email("Enter a valid email address.").trim().toLowerCase().max(200, "Use at most 200 characters."),
});

export const localSignInSchema = z.object({
  userId: z.string().regex(/^local_[0-9a-f-]{36}$/, "Pick a user from the list."),
});

/** With LOCAL_PASSPHRASE set the user list is hidden: sign in by e-mail plus the passphrase. */
export const localPassphraseSignInSchema = z.object({
  email: z.email("Enter a valid email address.").trim().toLowerCase().max(200, "Use at most 200 characters."),
  passphrase: z.string().max(200, "Use at most 200 characters."),
});

type ClerkEmail = { id: string; email_address: string };

export const clerkUserEventSchema = z.object({
  id: z.string().min(1),
  email_addresses: z.array(z.object({ id: z.string(), email_address: z.string() })).default([]),
  primary_email_address_id: z.string().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  username: z.string().nullish(),
  image_url: z.string().nullish(),
  updated_at: z.number().int(),
});

export type ClerkUserEvent = z.infer<typeof clerkUserEventSchema>;

export function profileFromClerk(data: ClerkUserEvent) {
  const emails: ClerkEmail[] = data.email_addresses;
  const primary = emails.find((e) => e.id === data.primary_email_address_id) ?? emails[0];
  const name = [data.first_name, data.last_name].filter(Boolean).join(" ") || data.username || primary?.email_address || "New user";
  return { id: data.id, email: primary?.email_address ?? "", name, imageUrl: data.image_url ?? null };
}

export const settingsSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Use at most 80 characters."),
  plan: z.enum(["free", "pro"]).optional(),
  aiProvider: z.enum(["default", "gemini", "openai-compatible", "insights"]).default("default"),
  webhookUrl: z
    .string()
    .trim()
    .max(500, "Use at most 500 characters.")
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isAllowedWebhookUrl(v), "Use an https:// URL to a public host (not a private, loopback or cloud-metadata address)."),
});

/** Language varieties offered for speech recognition (browser recogniser and server speech-to-text). */
export const speechLanguages = [
  { tag: "en-US", label: "English (United States)" },
  { tag: "en-GB", label: "English (United Kingdom)" },
  { tag: "en-IN", label: "English (India)" },
  { tag: "en-NG", label: "English (Nigeria)" },
  { tag: "en-KE", label: "English (Kenya)" },
  { tag: "en-ZA", label: "English (South Africa)" },
  { tag: "en-AU", label: "English (Australia)" },
  { tag: "en-CA", label: "English (Canada)" },
  { tag: "en-IE", label: "English (Ireland)" },
] as const;

/** The user's own fillers: comma-separated words or two-word phrases (letters, apostrophes, hyphens). */
const extraFillersField = z
  .string()
  .max(400, "Keep the list under 400 characters.")
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? "")
        .split(",")
        .map((p) => p.trim().toLowerCase().replace(/\s+/g, " "))
        .filter(Boolean),
    ),
  ])
  .refine((list) => list.length <= 20, "Up to 20 filler words.")
  .refine(
    (list) => list.every((p) => p.length <= 30 && /^[\p{L}'-]+( [\p{L}'-]+)?$/u.test(p)),
    "Use words or two-word phrases, separated by commas (e.g. basically, you know, na).",
  );

export const speakingProfileSchema = z.object({
  extraFillers: extraFillersField,
  speechLanguage: z.enum(speechLanguages.map((l) => l.tag) as [string, ...string[]], { error: "Choose a language variety." }),
  cloudRecognition: z
    .enum(["on", "off"])
    .optional()
    .transform((v) => v === "on"),
});
