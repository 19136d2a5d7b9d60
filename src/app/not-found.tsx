import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto grid min-h-[60dvh] max-w-md content-center gap-4 px-4 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-muted-foreground">We couldn&apos;t find that page. It may have been deleted, or the link is wrong.</p>
      <div>
        <Link href="/app" className={buttonVariants({ variant: "outline" })}>
          Back to your jobs
        </Link>
      </div>
    </main>
  );
}
