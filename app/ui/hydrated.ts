// Whether the page runs with JavaScript: false on the server and in the first (hydrating) render, true
// after it, so that a control offered for pages without JavaScript can step aside once scripts run.
import { useEffect, useState } from "react";

let hydratedOnce = false;

export function useHydrated() {
  const [hydrated, setHydrated] = useState(hydratedOnce);
  useEffect(() => {
    hydratedOnce = true;
    setHydrated(true);
  }, []);
  return hydrated;
}
