// Arrows that say "back", "previous" or "next": drawn pointing the way of the text, so the stylesheet mirrors
// them in right-to-left pages (.direction-icon), where "back" points right. Hidden from screen readers: the
// link's words say where it goes.
const LEFT = "\u2190";
const RIGHT = "\u2192";

/** "Back" or "previous": points to where the reading came from (left in English, right in Arabic). */
export function BackArrow() {
  return (
    <span className="direction-icon" aria-hidden="true">
      {LEFT}
    </span>
  );
}

/** "Next" or "later": points the way the reading goes. */
export function ForwardArrow() {
  return (
    <span className="direction-icon" aria-hidden="true">
      {RIGHT}
    </span>
  );
}
