"use client";

import * as React from "react";
import { Slot } from "radix-ui";

import { cn } from "@/lib/utils";

/**
 * A menu button (WAI-ARIA "menu button" pattern) with the API of shadcn's
 * Radix dropdown menu, for the few things the account menu needs: a trigger,
 * a menu under it, items (links or actions), labels and separators. Written
 * out because Radix's menu brings positioning, focus trapping and scroll
 * locking (about 25 kB gzip) into every signed-in page for one small menu.
 *
 * Keyboard: Enter, Space or ArrowDown on the trigger opens the menu on its
 * first item, ArrowUp on its last; ArrowUp/ArrowDown/Home/End move between
 * items, typing a letter moves to the next item starting with it, Enter or
 * Space chooses, Escape or Tab closes and returns to the trigger. A press
 * outside closes.
 */

type Focus = "first" | "last" | "content";

type MenuContext = {
  open: boolean;
  /** Opening: what to focus (an item, or the menu itself). Closing: whether focus goes back to the trigger. */
  setOpen: (open: boolean, focus?: Focus | "trigger") => void;
  /** What to focus once the menu is open. */
  initialFocus: Focus;
  triggerId: string;
  contentId: string;
};

const Context = React.createContext<MenuContext | null>(null);

function useMenu(): MenuContext {
  const menu = React.use(Context);
  if (!menu) throw new Error("DropdownMenu parts must be inside <DropdownMenu>.");
  return menu;
}

const ITEM_SELECTOR = '[role="menuitem"]:not([data-disabled])';

function items(content: HTMLElement | null): HTMLElement[] {
  return content ? Array.from(content.querySelectorAll<HTMLElement>(ITEM_SELECTOR)) : [];
}

function DropdownMenu({ children }: { children: React.ReactNode }) {
  const [state, setState] = React.useState<{ open: boolean; initialFocus: Focus }>({ open: false, initialFocus: "content" });
  const id = React.useId();
  const triggerId = `${id}-trigger`;
  const contentId = `${id}-content`;
  const setOpen = React.useCallback(
    (open: boolean, focus?: Focus | "trigger") => {
      setState({ open, initialFocus: focus && focus !== "trigger" ? focus : "content" });
      if (!open && focus === "trigger") document.getElementById(triggerId)?.focus();
    },
    [triggerId],
  );

  // A press outside the trigger and the menu closes it.
  const { open } = state;
  React.useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!document.getElementById(contentId)?.contains(target) && !document.getElementById(triggerId)?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, setOpen, triggerId, contentId]);

  const value = React.useMemo(() => ({ ...state, setOpen, triggerId, contentId }), [state, setOpen, triggerId, contentId]);
  return (
    <Context value={value}>
      <div data-slot="dropdown-menu" className="relative flex">
        {children}
      </div>
    </Context>
  );
}

function DropdownMenuTrigger({ asChild = false, onClick, onKeyDown, ...props }: React.ComponentProps<"button"> & { asChild?: boolean }) {
  const menu = useMenu();
  const Comp = asChild ? Slot.Root : "button";
  return (
    <Comp
      id={menu.triggerId}
      type={asChild ? undefined : "button"}
      aria-haspopup="menu"
      aria-expanded={menu.open}
      aria-controls={menu.open ? menu.contentId : undefined}
      data-state={menu.open ? "open" : "closed"}
      data-slot="dropdown-menu-trigger"
      onClick={(event: React.MouseEvent<HTMLButtonElement>) => {
        onClick?.(event);
        if (event.defaultPrevented) return;
        // A click from the keyboard (Enter, Space) has no pointer position (detail 0): focus the first item.
        menu.setOpen(!menu.open, event.detail === 0 ? "first" : "content");
      }}
      onKeyDown={(event: React.KeyboardEvent<HTMLButtonElement>) => {
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          event.preventDefault();
          menu.setOpen(true, event.key === "ArrowDown" ? "first" : "last");
        }
      }}
      {...props}
    />
  );
}

function DropdownMenuContent({
  className,
  align = "start",
  sideOffset = 4,
  style,
  onKeyDown,
  ...props
}: React.ComponentProps<"div"> & { align?: "start" | "end"; sideOffset?: number }) {
  const menu = useMenu();
  const typeahead = React.useRef({ text: "", at: 0 });
  const { open, initialFocus, contentId } = menu;

  React.useEffect(() => {
    if (!open) return;
    const content = document.getElementById(contentId);
    const list = items(content);
    const target = initialFocus === "first" ? list[0] : initialFocus === "last" ? list[list.length - 1] : content;
    target?.focus();
  }, [open, initialFocus, contentId]);

  if (!open) return null;

  function move(event: React.KeyboardEvent<HTMLDivElement>) {
    const list = items(event.currentTarget);
    const current = list.indexOf(document.activeElement as HTMLElement);
    let next: HTMLElement | undefined;
    if (event.key === "ArrowDown") next = list[current < 0 ? 0 : Math.min(current + 1, list.length - 1)];
    else if (event.key === "ArrowUp") next = list[current < 0 ? list.length - 1 : Math.max(current - 1, 0)];
    else if (event.key === "Home") next = list[0];
    else if (event.key === "End") next = list[list.length - 1];
    else if (event.key.length === 1 && /\S/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const now = Date.now();
      typeahead.current = { text: (now - typeahead.current.at < 1000 ? typeahead.current.text : "") + event.key.toLowerCase(), at: now };
      const text = typeahead.current.text;
      const ordered = [...list.slice(current + 1), ...list.slice(0, current + 1)];
      next = ordered.find((item) => item.textContent?.trim().toLowerCase().startsWith(text));
    } else return;
    event.preventDefault();
    next?.focus();
  }

  return (
    <div
      id={menu.contentId}
      role="menu"
      aria-orientation="vertical"
      aria-labelledby={menu.triggerId}
      tabIndex={-1}
      data-state="open"
      data-slot="dropdown-menu-content"
      className={cn(
        "absolute top-full z-50 min-w-40 overflow-y-auto outline-none",
        align === "end" ? "right-0 origin-top-right" : "left-0 origin-top-left",
        "rounded-md border bg-card p-1 text-card-foreground shadow-md data-[state=open]:animate-pop-in",
        className,
      )}
      style={{ marginTop: sideOffset, ...style }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (event.defaultPrevented) return;
        if (event.key === "Escape") {
          event.preventDefault();
          menu.setOpen(false, "trigger");
        } else if (event.key === "Tab") {
          // Focus goes back to the trigger rather than into an item that is about to go.
          event.preventDefault();
          menu.setOpen(false, "trigger");
        } else {
          move(event);
        }
      }}
      {...props}
    />
  );
}

function DropdownMenuGroup(props: React.ComponentProps<"div">) {
  return <div role="group" data-slot="dropdown-menu-group" {...props} />;
}

/**
 * A menu item. `onSelect` runs when it is chosen (click, Enter or Space), then
 * the menu closes unless the handler called `event.preventDefault()`. With
 * `asChild`, the child (a link) is the item.
 */
function DropdownMenuItem({
  className,
  variant = "default",
  asChild = false,
  disabled = false,
  onSelect,
  onClick,
  onKeyDown,
  onPointerMove,
  ...props
}: Omit<React.ComponentProps<"div">, "onSelect"> & {
  variant?: "default" | "destructive";
  asChild?: boolean;
  disabled?: boolean;
  onSelect?: (event: Event) => void;
}) {
  const menu = useMenu();
  const Comp = asChild ? Slot.Root : "div";
  return (
    <Comp
      role="menuitem"
      tabIndex={-1}
      aria-disabled={disabled || undefined}
      data-disabled={disabled ? "" : undefined}
      data-slot="dropdown-menu-item"
      data-variant={variant}
      className={cn(
        "relative flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm outline-none select-none",
        "focus:bg-accent focus:text-accent-foreground data-disabled:pointer-events-none data-disabled:opacity-50",
        "data-[variant=destructive]:text-destructive data-[variant=destructive]:focus:bg-destructive/10",
        "[&_svg]:pointer-events-none [&_svg]:shrink-0 [&_svg:not([class*='size-'])]:size-4",
        className,
      )}
      onClick={(event: React.MouseEvent<HTMLDivElement>) => {
        if (disabled) return event.preventDefault();
        onClick?.(event);
        const select = new Event("menu.itemSelect", { cancelable: true });
        onSelect?.(select);
        if (!select.defaultPrevented) menu.setOpen(false, "trigger");
      }}
      onKeyDown={(event: React.KeyboardEvent<HTMLDivElement>) => {
        onKeyDown?.(event);
        if (event.defaultPrevented || disabled) return;
        // Enter and Space choose the item as a click does (a link then navigates).
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          event.currentTarget.click();
        }
      }}
      onPointerMove={(event: React.PointerEvent<HTMLDivElement>) => {
        onPointerMove?.(event);
        if (!disabled && event.pointerType === "mouse") event.currentTarget.focus();
      }}
      {...props}
    />
  );
}

function DropdownMenuLabel({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="dropdown-menu-label" className={cn("px-2 py-1.5 text-sm font-semibold", className)} {...props} />;
}

function DropdownMenuSeparator({ className, ...props }: React.ComponentProps<"div">) {
  return (
    <div role="separator" aria-orientation="horizontal" data-slot="dropdown-menu-separator" className={cn("-mx-1 my-1 h-px bg-border", className)} {...props} />
  );
}

export { DropdownMenu, DropdownMenuTrigger, DropdownMenuContent, DropdownMenuGroup, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator };
