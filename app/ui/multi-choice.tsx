// A multiple select for long lists (such as the 193 Member States), labelled and wired for screen readers
// like form.tsx's fields. Short lists use form.tsx's CheckboxGroup.
import { FieldFrame } from "./form";

type Choice = { value: string; label: string };

export function MultiSelectField({
  name,
  label,
  options,
  selected,
  error,
  hint,
  size = 8,
}: {
  name: string;
  label: string;
  options: readonly Choice[];
  selected: readonly string[];
  error?: string | null;
  hint?: string | null;
  size?: number;
}) {
  const id = `field-${name}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select id={id} name={name} multiple size={size} defaultValue={[...selected]} {...aria}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
