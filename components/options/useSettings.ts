import { useEffect, useState } from 'preact/hooks';
import type { ResolvedSettings } from '@/lib/settings/effective';
import { loadSettings, watchSettings } from '@/lib/settings/store';

/** The effective settings, kept current when IT's policy or the clinician's settings change. */
export function useSettings(): ResolvedSettings | undefined {
  const [resolved, setResolved] = useState<ResolvedSettings>();
  useEffect(() => {
    const lifetime = new AbortController();
    const refresh = () => void loadSettings().then(setResolved);
    watchSettings(refresh, lifetime.signal);
    refresh();
    return () => lifetime.abort();
  }, []);
  return resolved;
}
