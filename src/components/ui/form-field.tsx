import * as React from "react";

import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

type DescribedByOptions = { error?: string | null | undefined; hint?: string | null | undefined };

/**
 * The `aria-describedby` value for a control inside <FormField id={id}>:
 * its hint and/or error ids, or undefined when there is neither.
 */
function describedBy(id: string, { error, hint }: DescribedByOptions = {}): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

type FormFieldProps = {
  /** id of the control rendered as children; also the prefix for hint/error ids. */
  id: string;
  label: React.ReactNode;
  error?: string | null | undefined;
  hint?: string | null | undefined;
  className?: string;
  children: React.ReactNode;
};

/**
 * Label + control + hint + error. The control itself should set
 * `id={id}`, `aria-invalid={!!error}` and `aria-describedby={describedBy(id, { error, hint })}`.
 */
function FormField({ id, label, error, hint, className, children }: FormFieldProps) {
  return (
    <div data-slot="form-field" className={cn("grid gap-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} data-slot="form-field-hint" className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} data-slot="form-field-error" className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export { FormField, describedBy, type FormFieldProps };
