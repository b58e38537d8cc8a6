// Controls for fields with several values, labelled and wired for screen readers like form.tsx's fields:
// a group of checkboxes (short lists) and a multiple select (long lists such as the 193 Member States).

import { describedBy, FieldErrorText, FieldHint } from "./form";

type Choice = { value: string; label: string };

export function CheckboxGroup({ name, legend, options, selected, error, hint }: { name: string; legend: string; options: readonly Choice[]; selected: readonly string[]; error?: string | null; hint?: string | null }) {
  const id = `field-${name}`;
  return (
    <fieldset className={`field checkbox-group${error ? " field--invalid" : ""}`} aria-describedby={describedBy(id, hint, error)} id={id}>
      <legend>{legend}</legend>
      <FieldHint id={id} hint={hint} />
      <div className="checkbox-group__options">
        {options.map((o) => (
          <div className="field--checkbox" key={o.value}>
            <input type="checkbox" id={`${id}-${o.value}`} name={name} value={o.value} defaultChecked={selected.includes(o.value)} />
            <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
      <FieldErrorText id={id} error={error} />
    </fieldset>
  );
}

export function MultiSelectField({ name, label, options, selected, error, hint, size = 8 }: { name: string; label: string; options: readonly Choice[]; selected: readonly string[]; error?: string | null; hint?: string | null; size?: number }) {
  const id = `field-${name}`;
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <select id={id} name={name} multiple size={size} defaultValue={[...selected]} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrorText id={id} error={error} />
    </div>
  );
}
