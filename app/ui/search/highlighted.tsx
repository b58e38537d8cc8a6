// A text with the runs the search matched in <mark>. Each run is plain text that React escapes.
import type { Highlighted } from "~/domain/search/values";

export function HighlightedText({ runs }: { runs: Highlighted }) {
  return <>{runs.map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}</>;
}
