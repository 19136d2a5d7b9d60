import Link from "next/link";
import { FileText, MessageSquareText, Mic, ScanSearch } from "lucide-react";
import { Logo } from "@/components/shell/Logo";
import { buttonVariants } from "@/components/ui/button";
import { getCurrentUserId } from "@/services/auth";

const features = [
  { icon: Mic, title: "Spoken mock interviews", text: "Answer out loud, one recorded answer at a time, and see your pace, pauses, pitch and filler words." },
  {
    icon: MessageSquareText,
    title: "Questions for your job",
    text: "Technical and behavioural questions matched to the job description, with feedback that quotes your answer.",
  },
  { icon: FileText, title: "Resume against the job", text: "Which of the job's skills your resume shows, which it misses, and what to fix first." },
  {
    icon: ScanSearch,
    title: "Feedback that shows its working",
    text: "Every score explains how it was computed and quotes your own words; automated analysis never pretends to be an AI.",
  },
];

/** The three promises, each with a real screenshot from the browser tests (scripts/update-screenshots.mjs). */
const promises = [
  {
    title: "Say it out loud, hear back what you said and how",
    text: "Answer in your own voice. You get a transcript without typing, feedback on the content, and your pace, pauses and fillers against published norms.",
    image: "/screens/spoken-answer.jpg",
    alt: "A spoken answer's report: waveform, transcript with a filler marked, content rating with quotes, and delivery measures.",
  },
  {
    title: "Everything is about the job you want",
    text: "Paste the posting. Questions, interviews and the resume check follow its skills, and each job says what to practise next.",
    image: "/screens/job-hub.jpg",
    alt: "A job's hub: the next step of the preparation plan and the ways to practise for it.",
  },
  {
    title: "Feedback that shows its working",
    text: "Every score says how it was computed and quotes your words. Offline analysis says it is not an AI model; an AI model is named.",
    image: "/screens/question-feedback.jpg",
    alt: "Feedback on a typed answer: the rating, how it was computed, what was right and what was missing.",
  },
];

export default async function LandingPage() {
  const signedIn = Boolean(await getCurrentUserId());
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex h-16 w-full max-w-5xl items-center justify-between px-4">
        <Logo />
        <Link href={signedIn ? "/app" : "/sign-in"} className={buttonVariants({ variant: "outline" })}>
          {signedIn ? "Open Darasa" : "Sign in"}
        </Link>
      </header>
      <main id="main" className="mx-auto grid w-full max-w-5xl flex-1 content-center gap-12 px-4 py-16">
        <section className="grid max-w-2xl gap-5">
          <h1 className="text-4xl font-semibold tracking-tight sm:text-5xl">Practise the interview before it happens.</h1>
          <p className="text-lg text-muted-foreground">
            Describe the job you want. Darasa turns it into questions, spoken mock interviews and a resume check — and shows you, with the evidence, what to
            work on next.
          </p>
          <div>
            <Link href={signedIn ? "/app" : "/sign-in"} className={buttonVariants({ size: "lg" })}>
              {signedIn ? "Go to your jobs" : "Get started"}
            </Link>
          </div>
        </section>
        <section aria-label="Three promises" className="grid gap-10">
          {promises.map((p) => (
            <figure key={p.title} className="grid items-center gap-4 md:grid-cols-[2fr_3fr]">
              <figcaption className="grid gap-2">
                <h2 className="text-xl font-semibold">{p.title}</h2>
                <p className="text-muted-foreground">{p.text}</p>
              </figcaption>
              {/* eslint-disable-next-line @next/next/no-img-element -- static screenshots, already sized */}
              <img src={p.image} alt={p.alt} width={1280} height={800} loading="lazy" className="h-auto w-full rounded-xl border border-border shadow-sm" />
            </figure>
          ))}
        </section>
        <section aria-label="What you can do" className="grid gap-4 sm:grid-cols-2">
          {features.map(({ icon: Icon, title, text }) => (
            <div key={title} className="rounded-xl border border-border bg-card p-5">
              <Icon aria-hidden className="mb-3 size-5 text-primary" />
              <h3 className="font-medium">{title}</h3>
              <p className="text-sm text-muted-foreground">{text}</p>
            </div>
          ))}
        </section>
      </main>
      <footer className="mx-auto w-full max-w-5xl px-4 py-6 text-sm text-muted-foreground">
        Darasa is open about how it grades: feedback made without an AI model says so.
      </footer>
    </div>
  );
}
