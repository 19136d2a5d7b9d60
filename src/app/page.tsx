import Link from "next/link";
import { FileText, MessageSquareText, Mic, ScanSearch } from "lucide-react";
import { Logo } from "@/components/shell/Logo";
import { buttonVariants } from "@/components/ui/button";
import { getCurrentUserId } from "@/services/auth";

const features = [
  { icon: Mic, title: "Spoken mock interviews", text: "Answer out loud, one recorded answer at a time, and see your pace, pauses, pitch and filler words." },
  { icon: MessageSquareText, title: "Questions for your job", text: "Technical and behavioural questions matched to the job description, with feedback that quotes your answer." },
  { icon: FileText, title: "Resume against the job", text: "Which of the job's skills your resume shows, which it misses, and what to fix first." },
  { icon: ScanSearch, title: "Feedback that shows its working", text: "Every score explains how it was computed and quotes your own words; automated analysis never pretends to be an AI." },
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
            Describe the job you want. Darasa turns it into questions, spoken mock interviews and a resume check —
            and shows you, with the evidence, what to work on next.
          </p>
          <div>
            <Link href={signedIn ? "/app" : "/sign-in"} className={buttonVariants({ size: "lg" })}>
              {signedIn ? "Go to your jobs" : "Get started"}
            </Link>
          </div>
        </section>
        <section aria-label="What you can do" className="grid gap-4 sm:grid-cols-2">
          {features.map(({ icon: Icon, title, text }) => (
            <div key={title} className="rounded-xl border border-border bg-card p-5">
              <Icon aria-hidden className="mb-3 size-5 text-primary" />
              <h2 className="font-medium">{title}</h2>
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
