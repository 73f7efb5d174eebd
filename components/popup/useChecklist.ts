import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  judgeBrowser,
  judgeCamera,
  judgeCameraPresent,
  judgeHeadset,
  type AutoResults,
} from '@/lib/checks/checklist/auto';
import { CAMERA_VERDICTS_KEY, parseCameraVerdicts } from '@/lib/checks/checklist/camera-verdicts';
import { browserBrands, listDevices } from '@/lib/checks/checklist/devices';
import { buildChecklist, type ChecklistModel } from '@/lib/checks/checklist/model';
import { loadState, saveState, closeChecklist, STATE_KEY } from '@/lib/checks/checklist/store';
import { checklistStateSchema, withAutoSnapshot, type ChecklistState } from '@/lib/checks/checklist/state';
import { t } from '@/lib/i18n';
import { meetingEnded } from '@/lib/reminders/meeting';
import type { ResolvedSettings } from '@/lib/settings/effective';

/** What the computer can see now: browser, devices, and the camera test's latest verdicts. */
async function judgeNow(resolved: ResolvedSettings): Promise<AutoResults> {
  const [devices, stored] = await Promise.all([
    listDevices(navigator),
    browser.storage.local.get(CAMERA_VERDICTS_KEY),
  ]);
  const config = resolved.settings.checks.checklist;
  return {
    browser: judgeBrowser(browserBrands(navigator), t),
    cameraPresent: judgeCameraPresent(devices, t),
    headset: judgeHeadset(devices, t),
    ...judgeCamera(
      parseCameraVerdicts(stored[CAMERA_VERDICTS_KEY]),
      Date.now(),
      config.cameraMaxAgeMinutes,
      t,
    ),
  };
}

export interface ChecklistControls {
  model: ChecklistModel;
  state: ChecklistState | undefined;
  auto: AutoResults | undefined;
  setTick(id: string, ticked: boolean): void;
  setRemote(remote: boolean): void;
  newChecklist(): Promise<void>;
  /** The meeting is over; `missed`: the patient did not come. */
  endMeeting(missed?: boolean): Promise<{ reminded: boolean }>;
}

export function useChecklist(resolved: ResolvedSettings): ChecklistControls {
  const config = resolved.settings.checks.checklist;
  const routineLinks = resolved.settings.checks.children.links;
  const model = useMemo(() => buildChecklist(config, t, routineLinks), [config, routineLinks]);
  const [state, setState] = useState<ChecklistState>();
  const [auto, setAuto] = useState<AutoResults>();

  useEffect(() => {
    // A list the background wrote while this one was being read is the newer: the read must not put back the old
    // one (the popup saves what it shows, so old ticks would return to a list a call's end had closed).
    let newer = false;
    void loadState(resolved.settings, t, Date.now()).then((loaded) => newer || setState(loaded));
    // The background closes the list when a call ends, also while the list is open.
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(STATE_KEY in changes)) return;
      const parsed = checklistStateSchema.safeParse(changes[STATE_KEY]?.newValue);
      if (!parsed.success) return;
      newer = true;
      setState(parsed.data);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [resolved]);

  useEffect(() => {
    const refresh = () => void judgeNow(resolved).then(setAuto);
    refresh();
    // A camera test finished in another tab while the list is open.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CAMERA_VERDICTS_KEY in changes) refresh();
    };
    browser.storage.onChanged.addListener(listener);
    navigator.mediaDevices?.addEventListener('devicechange', refresh);
    return () => {
      browser.storage.onChanged.removeListener(listener);
      navigator.mediaDevices?.removeEventListener('devicechange', refresh);
    };
  }, [resolved]);

  // The background closes the list when a call ends; keep the computer's view with it for that moment.
  useEffect(() => {
    if (!state || !auto) return;
    const next = withAutoSnapshot(model, state, auto);
    // Compared entry by entry: storage hands objects back with their keys in another order.
    const changed =
      Object.keys(next.auto).length !== Object.keys(state.auto).length ||
      Object.entries(next.auto).some(([id, status]) => state.auto[id] !== status);
    if (changed) {
      setState(next);
      void saveState(next);
    }
  }, [state, auto, model]);

  const update = (change: (current: ChecklistState) => ChecklistState) => {
    if (!state) return;
    const next = change(state);
    setState(next);
    void saveState(next);
  };

  return {
    model,
    state,
    auto,
    setTick: (id, ticked) => update((current) => ({ ...current, ticks: { ...current.ticks, [id]: ticked } })),
    setRemote: (remote) => update((current) => ({ ...current, remote })),
    async newChecklist() {
      setState(await closeChecklist(resolved.settings, t, Date.now()));
    },
    async endMeeting(missed = false) {
      const result = await meetingEnded(t, Date.now(), undefined, missed);
      setState(await loadState(resolved.settings, t, Date.now()));
      return result;
    },
  };
}
