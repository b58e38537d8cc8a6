// Destructive actions ask first, with or without JavaScript: the first submit comes back from the
// server asking to confirm (nothing changes), the second carries confirmed=yes.

import { useTranslation } from "react-i18next";
import { Form } from "~/ui/form";

type ConfirmActionProps = {
  intent: string;
  label: string;
  question: string;
  /** The action answered "please confirm" for this intent. */
  asking: boolean;
  fields?: Record<string, string>;
  danger?: boolean;
  action?: string;
};

export function ConfirmAction({ intent, label, question, asking, fields = {}, danger = true, action }: ConfirmActionProps) {
  const { t } = useTranslation();
  const hidden = Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  if (asking) {
    return (
      <div className="confirm-box" role="alertdialog" aria-labelledby={`confirm-${intent}`}>
        <p id={`confirm-${intent}`}>{question}</p>
        <div className="button-row">
          <Form method="post" action={action}>
            {hidden}
            <input type="hidden" name="intent" value={intent} />
            <input type="hidden" name="confirmed" value="yes" />
            <button type="submit" className={`button${danger ? " button--danger" : ""}`} autoFocus>
              {t("common.confirm")}: {label}
            </button>
          </Form>
          <Form method="get">
            <button type="submit" className="button button--quiet">
              {t("common.cancel")}
            </button>
          </Form>
        </div>
      </div>
    );
  }
  return (
    <Form method="post" action={action}>
      {hidden}
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={`button button--small${danger ? " button--danger" : " button--quiet"}`}>
        {label}
      </button>
    </Form>
  );
}
