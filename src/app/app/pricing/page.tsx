import Link from "next/link";
import { ClerkPricingTable } from "@/services/auth/clerkWidgets";
import { Badge } from "@/components/ui/badge";
import { planSummaries } from "@/features/users/plans";
import { requireUser } from "@/features/users/currentUser";
import { getAuthMode } from "@/services/auth";

export const metadata = { title: "Plans" };

/** Plans: Clerk Billing's pricing table with Clerk; in local mode the plan is a setting. */
export default async function PricingPage() {
  const user = await requireUser();
  const clerk = getAuthMode() === "clerk";
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Plans</h1>
      <p className="flex flex-wrap items-center gap-2">
        Your plan: <Badge variant={user.plan === "pro" ? "success" : "outline"}>{user.plan === "pro" ? "Pro" : "Free"}</Badge>
      </p>
      <ul className="grid gap-2 text-sm text-muted-foreground">
        <li>{planSummaries.free}</li>
        <li>{planSummaries.pro}</li>
      </ul>
      {clerk ? (
        <ClerkPricingTable />
      ) : (
        <p className="text-sm">
          In local mode you choose your plan yourself in{" "}
          <Link href="/app/settings" className="font-medium text-primary underline-offset-4 hover:underline">
            Settings
          </Link>
          ; with Clerk configured, Clerk Billing decides.
        </p>
      )}
    </div>
  );
}
