import { Badge } from "@/components/ui/badge";

/** Shown whenever local sign-in is active, so nobody mistakes it for a hosted account. */
export function LocalModeBadge() {
  return (
    <Badge variant="warning" title="Local sign-in: accounts live only on this machine. Configure Clerk for real accounts.">
      Local mode
    </Badge>
  );
}
