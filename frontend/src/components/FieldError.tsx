/**
 * A field's error message under its control, with the id the control's `aria-describedby`
 * points at; nothing when there is no error.
 */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) {
    return null;
  }
  return (
    <p id={id} className="field-error">
      {error}
    </p>
  );
}
