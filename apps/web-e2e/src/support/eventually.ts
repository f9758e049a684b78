/**
 * Retries `task` until it succeeds: for what a service learns from another's events a moment
 * later (replicas of memberships, text extraction, search indexing). Throws the last failure.
 */
export async function eventually<T>(task: () => Promise<T>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await task();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
