/** Who a user is, as the identity provider (Clerk, or local sign-up) describes them. */
export type UserProfile = { id: string; email: string; name: string; imageUrl?: string | null };
