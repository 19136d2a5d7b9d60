"use client";

import * as React from "react";
import { Slot } from "radix-ui";

import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * A confirmation dialog with the API of shadcn's Radix alert dialog, built on
 * the browser's modal <dialog> (showModal): the page behind it is inert, Tab
 * goes round its controls, Escape cancels, a click outside does nothing. It
 * opens on the Cancel button and gives focus back to its trigger when it
 * closes. Radix's
 * version brings its own focus trap, portal and scroll lock (about 15 kB gzip)
 * into every page with a delete button.
 */

type DialogContext = {
  open: boolean;
  setOpen: (open: boolean) => void;
  triggerId: string;
  cancelId: string;
  titleId: string;
  descriptionId: string;
};

const Context = React.createContext<DialogContext | null>(null);

function useDialog(): DialogContext {
  const dialog = React.use(Context);
  if (!dialog) throw new Error("AlertDialog parts must be inside <AlertDialog>.");
  return dialog;
}

function AlertDialog({
  children,
  open: controlled,
  defaultOpen = false,
  onOpenChange,
}: {
  children: React.ReactNode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const [uncontrolled, setUncontrolled] = React.useState(defaultOpen);
  const open = controlled ?? uncontrolled;
  const id = React.useId();
  const setOpen = React.useCallback(
    (next: boolean) => {
      setUncontrolled(next);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );

  // Closing gives focus back to the trigger.
  const wasOpen = React.useRef(open);
  React.useEffect(() => {
    if (wasOpen.current && !open) document.getElementById(`${id}-trigger`)?.focus();
    wasOpen.current = open;
  }, [open, id]);

  const value = React.useMemo(
    () => ({ open, setOpen, triggerId: `${id}-trigger`, cancelId: `${id}-cancel`, titleId: `${id}-title`, descriptionId: `${id}-description` }),
    [open, setOpen, id],
  );
  return <Context value={value}>{children}</Context>;
}

function AlertDialogTrigger({ asChild = false, onClick, ...props }: React.ComponentProps<"button"> & { asChild?: boolean }) {
  const dialog = useDialog();
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      id={dialog.triggerId}
      type={asChild ? undefined : "button"}
      aria-haspopup="dialog"
      aria-expanded={dialog.open}
      data-state={dialog.open ? "open" : "closed"}
      data-slot="alert-dialog-trigger"
      onClick={(event: React.MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (!event.defaultPrevented) dialog.setOpen(true);
      }}
      {...props}
    />
  );
}

/** The centred dialog, shown modally over a dimmed page while open. */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function AlertDialogContent({ className, onCancel, onKeyDown, ...props }: React.ComponentProps<"dialog">) {
  const dialog = useDialog();
  const ref = React.useRef<HTMLDialogElement>(null);
  const { open, cancelId } = dialog;

  // Before paint, so that the dialog is never seen outside the top layer.
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!open || !element) return;
    if (!element.open) element.showModal();
    (document.getElementById(cancelId) ?? element).focus();
    return () => {
      if (element.open) element.close();
    };
  }, [open, cancelId]);

  if (!dialog.open) return null;
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={dialog.titleId}
      aria-describedby={dialog.descriptionId}
      data-state="open"
      data-slot="alert-dialog-content"
      className={cn(
        "m-auto w-[calc(100%-2rem)] max-w-lg gap-4 open:grid",
        "rounded-lg border bg-card p-6 text-card-foreground shadow-lg data-[state=open]:animate-pop-in",
        "backdrop:bg-black/50 backdrop:animate-fade-in",
        className,
      )}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        // Tab and Shift+Tab go round the dialog's controls rather than out to the browser.
        if (event.key !== "Tab" || event.defaultPrevented) return;
        const tabbable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(TABBABLE)).filter(
          (el) => !el.closest("[inert]") && el.offsetParent !== null,
        );
        const first = tabbable[0];
        const last = tabbable[tabbable.length - 1];
        if (!first || !last) return;
        if (event.shiftKey && (document.activeElement === first || document.activeElement === event.currentTarget)) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }}
      onCancel={(event) => {
        onCancel?.(event);
        // Escape: closed through React, which removes the dialog.
        event.preventDefault();
        dialog.setOpen(false);
      }}
      {...props}
    />
  );
}

function AlertDialogHeader({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="alert-dialog-header" className={cn("flex flex-col gap-2 text-center sm:text-left", className)} {...props} />;
}

function AlertDialogFooter({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="alert-dialog-footer" className={cn("flex flex-col-reverse gap-2 sm:flex-row sm:justify-end", className)} {...props} />;
}

function AlertDialogTitle({ className, ...props }: React.ComponentProps<"h2">) {
  const dialog = useDialog();
  return <h2 id={dialog.titleId} data-slot="alert-dialog-title" className={cn("text-lg font-semibold", className)} {...props} />;
}

function AlertDialogDescription({ className, ...props }: React.ComponentProps<"p">) {
  const dialog = useDialog();
  return <p id={dialog.descriptionId} data-slot="alert-dialog-description" className={cn("text-sm text-muted-foreground", className)} {...props} />;
}

/** Confirm button: closes the dialog. Pass `variant="destructive"` for irreversible actions. */
function AlertDialogAction({
  className,
  variant = "default",
  onClick,
  ...props
}: React.ComponentProps<"button"> & {
  variant?: "default" | "destructive";
}) {
  const dialog = useDialog();
  return (
    <button
      type="button"
      data-slot="alert-dialog-action"
      className={cn(buttonVariants({ variant }), className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) dialog.setOpen(false);
      }}
      {...props}
    />
  );
}

/** Closes the dialog; focused when it opens. */
function AlertDialogCancel({ className, onClick, ...props }: React.ComponentProps<"button">) {
  const dialog = useDialog();
  return (
    <button
      id={dialog.cancelId}
      type="button"
      data-slot="alert-dialog-cancel"
      className={cn(buttonVariants({ variant: "outline" }), className)}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) dialog.setOpen(false);
      }}
      {...props}
    />
  );
}

export {
  AlertDialog,
  AlertDialogTrigger,
  AlertDialogContent,
  AlertDialogHeader,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogDescription,
  AlertDialogAction,
  AlertDialogCancel,
};
