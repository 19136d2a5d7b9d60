import type { NextConfig } from "next";
import "./src/config/env"; // fail the build on an invalid configuration

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), geolocation=(), microphone=(self)" },
];

const nextConfig: NextConfig = {
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pino",
    "rate-limiter-flexible",
    "pg-boss",
    // Starts its threads from its own dist/worker.js (by __dirname): it must stay a package in node_modules.
    "piscina",
    "pg",
    "audio-decode",
    "unpdf",
    "mammoth",
    "yauzl",
    "@pdf-lib/fontkit",
    "regenerator-runtime",
  ],
  poweredByHeader: false,
  // Types are checked by `npm test` (tests/unit/typecheck.test.ts) and `npm run typecheck`, not by
  // every `next build`: the build is on the path of `npm start`, where 30 s of checking buys nothing.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // src/proxy.ts sees every request, so Next buffers bodies for it and silently passes on only
    // this much. Kept above every upload limit (audio 25 MB, resumes 10 MB): the handlers count
    // bytes themselves and refuse anything over their limit with 413, never a truncated file.
    proxyClientMaxBodySize: "32mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
