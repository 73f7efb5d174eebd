#!/usr/bin/env bash
# Installs what the project needs from the operating system, when it is missing: a Chromium for the end-to-end
# tests and the demo (Debian's package: Playwright never downloads a browser) and ffmpeg, which turns the test
# photographs into videos for Chromium's fake camera. Debian's Chromium speaks only US English without
# chromium-l10n; the extension's UI language follows the browser's, so the Swedish UI needs it. Without xvfb and
# xdotool the shortcut tests are skipped (they say so). Runs before `npm test` and `npm start`; as root on Debian it
# installs with apt-get, elsewhere it says what to install (or set CHROME_PATH to a Chrome/Chromium binary).
# libfaketime runs the calendar-sensitive tests at other moments than now (scripts/test-clock.ts).
set -euo pipefail
need=()
if [ -z "${CHROME_PATH:-}" ] && [ ! -x /usr/bin/chromium ] && ! command -v chromium >/dev/null; then need+=(chromium); fi
if [ -z "${CHROME_PATH:-}" ] && [ -d /usr/lib/chromium ] || [[ " ${need[*]} " == *" chromium "* ]]; then
  [ -f /usr/lib/chromium/locales/sv.pak ] || need+=(chromium-l10n)
fi
if ! command -v ffmpeg >/dev/null; then need+=(ffmpeg); fi
# The keyboard-shortcut and context-menu tests need real X key events: a virtual display and xdotool.
if ! command -v Xvfb >/dev/null; then need+=(xvfb); fi
if ! command -v xdotool >/dev/null; then need+=(xdotool); fi
# The tests at other moments (scripts/test-clock.ts) shift the clock of the tests and the browser with libfaketime.
if ! compgen -G '/usr/lib/*/faketime/libfaketime.so.1' >/dev/null; then need+=(libfaketime); fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "Installing from Debian: ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
echo "Missing: ${need[*]}. Install them with your package manager, or set CHROME_PATH to a Chrome/Chromium binary." >&2
case " ${need[*]} " in *" chromium "*) exit 1 ;; esac
