"use client";

import Link from "next/link";
import { Briefcase, LogOut, Settings, UserRound } from "lucide-react";
import { ClerkSignOut } from "@/services/auth/clerkWidgets";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { localSignOutAction } from "@/features/users/actions";

type Props = { name: string; email: string; authMode: "clerk" | "local" };

export function UserMenu({ name, email, authMode }: Props) {
  const initials = name
    .split(/\s+/)
    .map((part) => part[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="rounded-full" aria-label={`Account menu for ${name}`}>
          <span aria-hidden className="grid size-8 place-items-center rounded-full bg-secondary text-sm font-medium">
            {initials || <UserRound className="size-4" />}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuLabel className="font-normal">
          <div className="truncate font-medium">{name}</div>
          {email ? <div className="truncate text-sm text-muted-foreground">{email}</div> : null}
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/app">
            <Briefcase aria-hidden className="size-4" /> Your jobs
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/app/settings">
            <Settings aria-hidden className="size-4" /> Settings
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {authMode === "clerk" ? (
          <ClerkSignOut>
            <DropdownMenuItem>
              <LogOut aria-hidden className="size-4" /> Sign out
            </DropdownMenuItem>
          </ClerkSignOut>
        ) : (
          <DropdownMenuItem onSelect={() => void localSignOutAction()}>
            <LogOut aria-hidden className="size-4" /> Sign out
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
