import type { Metadata, Viewport } from "next";
import { ClerkRoot } from "@/services/auth/clerkUi";
import { getAuthMode, getClerkOptions } from "@/services/auth/mode";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Darasa — interview practice", template: "%s · Darasa" },
  description: "Practise interviews for the job you want: questions, spoken mock interviews and resume checks.",
  // Files in public/, drawn by scripts/generate-icons.mjs from the logo.
  icons: {
    icon: [
      // "32x32", not "any": browsers that read SVG icons then prefer the SVG.
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const content = (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-card focus:px-4 focus:py-2"
      >
        Skip to content
      </a>
      {children}
    </>
  );
  return (
    <html lang="en">
      <body className="min-h-dvh bg-background text-foreground antialiased">
        {/* Clerk's provider (and its client code) in clerk mode only: services/auth/clerkUi.tsx. */}
        {getAuthMode() === "clerk" ? <ClerkRoot publishableKey={getClerkOptions().publishableKey}>{content}</ClerkRoot> : content}
      </body>
    </html>
  );
}
