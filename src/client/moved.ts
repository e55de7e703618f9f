import { movedAddress } from "../lib/routes";

/** On the 404 page: an address the site moved (routes.ts movedAddress) goes on to where it lives now. */
export function followMovedAddress(): void {
  const target = movedAddress(window.location.pathname, import.meta.env.BASE_URL);
  if (target) window.location.replace(`${target}${window.location.hash}`);
}
