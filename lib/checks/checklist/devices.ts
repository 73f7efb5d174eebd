import type { DeviceInfo } from './auto';

interface UserAgentData {
  brands: { brand: string; version: string }[];
}

/** The browser's brands from User-Agent Client Hints (Chrome and Edge name themselves there). */
export function browserBrands(nav: Navigator): { brand: string }[] | undefined {
  return (nav as Navigator & { userAgentData?: UserAgentData }).userAgentData?.brands;
}

/**
 * The media devices by kind and name. The names are empty until this extension has been allowed a camera or
 * microphone (the camera test asks for the camera): then the headset item is left to the clinician, with the reason.
 */
export async function listDevices(nav: Navigator): Promise<DeviceInfo[] | undefined> {
  try {
    const devices = await nav.mediaDevices?.enumerateDevices();
    return devices?.map((device) => ({ kind: device.kind, label: device.label }));
  } catch {
    return undefined;
  }
}
