import type { ReactNode } from 'react';
import { FieldError } from './FieldError';

/** What a {@link FormField} hands its control: the id its label names, and the links to hint and error. */
export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * A labelled control with an optional hint and its field error below it, both linked to the
 * control for screen readers (as `<id>-error` and `<id>-hint`, the error read first).
 */
export function FormField({
  id,
  label,
  hint,
  error,
  hintWhenInvalid = true,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Whether the hint still describes the control while it shows an error. */
  hintWhenInvalid?: boolean;
  children: (props: ControlProps) => ReactNode;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [
    error ? errorId : null,
    hint !== undefined && (hintWhenInvalid || !error) ? hintId : null,
  ].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
      })}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}
