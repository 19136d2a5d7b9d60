"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" role="alert" className="mx-auto grid min-h-[60dvh] max-w-md content-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-muted-foreground">
        This page hit a problem on our side. Nothing you saved is lost. Try again, and if it keeps happening, quote the reference below.
      </p>
      {error.digest ? <p className="text-sm text-muted-foreground">Reference: {error.digest}</p> : null}
      <div>
        <Button onClick={reset}>Try again</Button>
      </div>
    </main>
  );
}
