import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { patternsAwaitingPermission } from '@/lib/background/extra-hosts';
import { t } from '@/lib/i18n';
import type { ResolvedSettings } from '@/lib/settings/effective';

/**
 * Hosts that IT's policy names for a portal but the manifest does not list need the clinician's one-time consent:
 * the browser only grants a new host from a click.
 */
export function ExtraHosts({ resolved }: { resolved: ResolvedSettings }) {
  const [missing, setMissing] = useState<string[]>([]);
  useEffect(() => {
    void patternsAwaitingPermission().then(setMissing);
  }, [resolved]);
  if (missing.length === 0) return null;
  const grant = async () => {
    await browser.permissions.request({ origins: missing });
    setMissing(await patternsAwaitingPermission());
  };
  return (
    <section aria-labelledby="hosts-heading" data-vmk-extra-hosts>
      <h2 id="hosts-heading">{t('extraHostsHeading')}</h2>
      <p>{t('extraHostsIntro')}</p>
      <ul>
        {missing.map((pattern) => (
          <li key={pattern}>
            <code>{pattern}</code>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => void grant()}>
        {t('extraHostsGrant')}
      </button>
    </section>
  );
}
