import Link from "next/link";
import { Logo } from "@/components/shell/Logo";
import { LocalModeBadge } from "@/components/shell/LocalModeBadge";
import { UserMenu } from "@/components/shell/UserMenu";
import { getAuthMode } from "@/services/auth";
import { requireUser } from "@/features/users/currentUser";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const authMode = getAuthMode();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border bg-card/60 backdrop-blur">
        <nav aria-label="Main" className="mx-auto flex h-16 max-w-5xl items-center gap-3 px-4">
          <Logo href="/app" />
          {authMode === "local" ? <LocalModeBadge /> : null}
          <ul className="ml-auto hidden items-center gap-1 text-sm sm:flex">
            <li>
              <Link href="/app" className="rounded-md px-3 py-2 hover:bg-accent">
                Jobs
              </Link>
            </li>
            <li>
              <Link href="/app/settings" className="rounded-md px-3 py-2 hover:bg-accent">
                Settings
              </Link>
            </li>
          </ul>
          <div className="ml-auto sm:ml-0">
            <UserMenu name={user.name} email={user.email} authMode={authMode} />
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
