import type { UserDataCounts } from "../db";

export type PrivacyFacts = {
  database: "pglite" | "postgres";
  storage: "local" | "s3";
  /** Services configured on this server that receive some of the user's data, with what they receive. */
  vendors: { name: string; receives: string }[];
  cloudRecognition: boolean;
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What Darasa stores about this user and where, and which services receive what — from this server's configuration. */
export function PrivacySummary({ counts, facts }: { counts: UserDataCounts; facts: PrivacyFacts }) {
  return (
    <section aria-labelledby="privacy-heading" className="grid gap-3 border-t border-border pt-6 text-sm">
      <h2 id="privacy-heading" className="text-lg font-semibold">
        Privacy: what is stored where
      </h2>
      <dl className="grid gap-2">
        <div>
          <dt className="font-medium">{facts.database === "pglite" ? "Database on this computer (.data folder)" : "The server's Postgres database"}</dt>
          <dd className="text-muted-foreground">
            {plural(counts.jobs, "job")}, {plural(counts.questions, "technical question")}, {plural(counts.interviews, "recorded interview")},{" "}
            {plural(counts.liveInterviews, "live interview")}, {plural(counts.coachMessages, "coach message")},{" "}
            {plural(counts.resumes, "resume analysis", "resume analyses")} (with the resume&apos;s text), transcripts and feedback.
          </dd>
        </div>
        <div>
          <dt className="font-medium">
            {facts.storage === "local" ? "Files on this computer (.data/uploads)" : "The server's object storage (S3-compatible)"}
          </dt>
          <dd className="text-muted-foreground">
            {plural(counts.resumes, "resume file")}, {plural(counts.recordings, "recording")} of answers and {plural(counts.takes, "earlier take")}. Deleting
            any of them, or your account, deletes the files too.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Other services</dt>
          <dd className="text-muted-foreground">
            {facts.vendors.length === 0 && !facts.cloudRecognition ? (
              "None: this server uses no outside service for your data."
            ) : (
              <ul className="list-disc pl-5">
                {facts.vendors.map((v) => (
                  <li key={v.name}>
                    {v.name}: {v.receives}
                  </li>
                ))}
                {facts.cloudRecognition ? (
                  <li>Your browser&apos;s speech recognition service (you agreed): the audio of your answers while you record.</li>
                ) : null}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
