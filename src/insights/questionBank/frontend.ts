import type { BankQuestion } from "./types";

/** Frontend questions: React, TypeScript, the browser, accessibility, performance, CSS, testing, security. */
export const frontendQuestions: BankQuestion[] = [
  {
    id: "fe-react-list-keys",
    kind: "technical",
    roles: ["frontend", "fullstack", "mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "React",
    skills: ["react", "javascript"],
    question: "Why does React ask for a key prop when you render a list, and what goes wrong if you use the array index as the key?",
    keyPoints: [
      {
        point: "Keys let React's reconciliation match each item with its previous render",
        concepts: [
          ["reconciliation", "reconcile", "diffing", "diff", "match elements", "identify which item", "identity"],
          ["previous render", "between renders", "last render", "old tree", "re-render", "rerender"],
        ],
      },
      {
        point: "Keys must be stable and unique among siblings, ideally an id from the data",
        concepts: [
          ["stable", "unique", "does not change", "persistent"],
          ["id", "database id", "item id", "identifier", "uuid"],
        ],
      },
      {
        point: "Index keys break when items are inserted, removed or reordered",
        concepts: [
          ["index", "array index", "position"],
          ["reorder", "insert", "remove", "delete", "sort", "filter", "prepend"],
        ],
      },
      {
        point: "Wrong keys attach state (inputs, focus, component state) to the wrong item or force remounts",
        concepts: [
          ["state", "input value", "focus", "uncontrolled input", "checkbox"],
          ["wrong item", "wrong row", "mixed up", "remount", "unmount", "stale"],
        ],
      },
    ],
    modelAnswer:
      "React uses keys during reconciliation to work out which child in the new list corresponds to which child from the previous render, so it can move, keep or remove DOM nodes correctly. A key should be stable and unique among its siblings, so the best choice is an id from the data. The array index is only safe for static lists; once you insert, remove or reorder items, the index of each item changes. Then React keeps component state, input values and focus at the old position, so they end up attached to the wrong item, and you may also cause needless remounts.",
  },
  {
    id: "fe-useeffect-deps-cleanup",
    kind: "technical",
    roles: ["frontend", "fullstack", "mobile"],
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "React hooks",
    skills: ["react", "hooks", "javascript"],
    question:
      "A component fetches user details in useEffect whenever the userId prop changes. Sometimes it shows the wrong user after switching quickly. Why, and how do you fix it?",
    keyPoints: [
      {
        point: "Responses can arrive out of order, so an older request overwrites the newer one (race condition)",
        concepts: [
          ["race condition", "race", "out of order", "older request", "earlier request", "stale response", "slower request"],
        ],
      },
      {
        point: "The effect must list userId in its dependency array",
        concepts: [["dependency array", "dependencies", "deps array", "deps"], ["userid", "user id", "the id prop", "prop changes"]],
      },
      {
        point: "Return a cleanup function that ignores or cancels the stale request",
        concepts: [
          ["cleanup", "clean up", "return a function", "teardown"],
          ["abortcontroller", "abort", "cancel", "ignore flag", "ignore the result", "cancelled flag", "isactive"],
        ],
      },
      {
        point: "Or use a data-fetching library that keys the request by userId",
        concepts: [["react query", "tanstack query", "swr", "query key", "data fetching library", "rtk query"]],
      },
    ],
    modelAnswer:
      "This is a race condition: when the user switches quickly, an older request can resolve after the newer one and overwrite the state with the previous user. The effect should list userId in its dependency array so it re-runs for each id. Inside it I create an AbortController and return a cleanup function that calls abort(), or sets an ignore flag, so a stale response never calls setState. In a real app I would usually use TanStack Query or SWR, where the query key includes userId and these races are handled for me.",
  },
  {
    id: "fe-react-memoization",
    kind: "technical",
    roles: ["frontend", "fullstack", "mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "React performance",
    skills: ["react", "performance", "hooks"],
    question: "When would you use React.memo, useMemo and useCallback, and when are they a waste?",
    keyPoints: [
      {
        point: "React.memo skips re-rendering a component when its props are shallowly equal",
        concepts: [["react.memo", "memo(", "memoized component", "wrap the component"], ["shallow", "props are equal", "same props", "referential equality", "skip re-render", "skips re-rendering"]],
      },
      {
        point: "useMemo caches an expensive computed value; useCallback keeps a function reference stable",
        concepts: [
          ["usememo", "use memo", "memoized value", "cache a computed value"],
          ["usecallback", "use callback", "memoized callback", "stable callback"],
          ["stable reference", "same reference", "referentially stable", "function identity", "new function every render", "new object every render"],
        ],
      },
      {
        point: "They only help when something depends on the stable reference or the work is measurably expensive",
        concepts: [["expensive", "costly", "heavy computation", "large list", "measurable", "profiler", "profile"]],
      },
      {
        point: "Memoizing everything adds overhead and complexity; measure first",
        concepts: [["overhead", "cost of comparing", "waste", "premature", "complexity", "extra memory"], ["measure", "profiler", "profile", "react devtools"]],
      },
    ],
    modelAnswer:
      "React.memo wraps a component so it skips re-rendering when its props are shallowly equal to last time. useMemo caches a computed value between renders, and useCallback keeps a function's reference stable, which matters because a new function every render breaks React.memo on the child and retriggers effects that depend on it. I reach for them when the work is genuinely expensive, such as filtering a large list, or when a memoized child or effect depends on a stable reference. Wrapping everything is a waste: the comparisons add overhead and complexity, so I measure with the React DevTools profiler first.",
  },
  {
    id: "fe-ts-unknown-vs-any",
    kind: "technical",
    roles: ["frontend", "fullstack", "backend", "mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "TypeScript",
    skills: ["typescript", "javascript"],
    question: "What is the difference between any and unknown in TypeScript, and which would you use for the result of JSON.parse?",
    keyPoints: [
      {
        point: "any switches off type checking; anything can be done with it and errors leak through",
        concepts: [["any", "any type", ": any", "type any"], ["turns off", "switches off", "disables", "opts out", "no type checking", "bypasses", "escape hatch"]],
      },
      {
        point: "unknown accepts any value but must be narrowed before use",
        concepts: [["unknown", "unknown type", ": unknown", "type unknown"], ["narrow", "type guard", "typeof", "instanceof", "check before", "refine"]],
      },
      {
        point: "Parsed JSON should be unknown and validated at runtime (e.g. with a schema library)",
        concepts: [
          ["json.parse", "parsed json", "external data", "api response"],
          ["validate", "validation", "zod", "schema", "runtime check", "valibot", "io-ts"],
        ],
      },
    ],
    modelAnswer:
      "any switches off type checking for that value: you can call any method on it and the compiler won't complain, so mistakes leak silently into the rest of the code. unknown also accepts any value, but you cannot use it until you narrow it with typeof, instanceof or a custom type guard. For the result of JSON.parse I treat it as unknown, because external data can be anything. I then validate it at runtime with a schema library such as Zod, which gives me a correctly typed value or a clear error.",
  },
  {
    id: "fe-ts-discriminated-unions",
    kind: "technical",
    roles: ["frontend", "fullstack", "backend", "mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "TypeScript",
    skills: ["typescript", "react"],
    question:
      "How would you type the state of a data request (loading, success with data, error with a message) in TypeScript so impossible states cannot be represented?",
    keyPoints: [
      {
        point: "Use a discriminated (tagged) union with a literal status field",
        concepts: [
          ["discriminated union", "tagged union", "union type", "sum type"],
          ["status", "kind", "tag", "discriminant", "literal"],
        ],
      },
      {
        point: "Each variant carries only its own fields, so data and error cannot coexist",
        concepts: [["impossible states", "invalid states", "cannot coexist", "only exists", "only has", "both data and error"]],
      },
      {
        point: "Narrowing with switch/if on the tag gives typed access to each variant",
        concepts: [["narrow", "narrowing", "switch", "if statement", "type guard"]],
      },
      {
        point: "Exhaustiveness check with never catches unhandled variants",
        concepts: [["exhaustive", "exhaustiveness", "never", "assertnever", "unhandled case"]],
      },
    ],
    modelAnswer:
      "I model it as a discriminated union: { status: 'loading' } | { status: 'success'; data: User } | { status: 'error'; message: string }. Because each variant only has its own fields, impossible states such as having both data and error, or loading with stale data, cannot be written. When I switch on status, TypeScript narrows the type, so data is only accessible in the success branch. A default branch that assigns the value to never gives an exhaustiveness check, so adding a new status later produces a compile error wherever it is not handled.",
  },
  {
    id: "fe-ts-generic-constraints",
    kind: "technical",
    roles: ["frontend", "fullstack", "backend"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "TypeScript",
    skills: ["typescript", "generics"],
    question:
      "Write the signature of a typed pluck(items, key) helper that returns the values of one property from an array of objects, and explain how the generics work.",
    keyPoints: [
      {
        point: "Two type parameters: the item type T and a key K constrained to keyof T",
        concepts: [["k extends keyof t", "keyof", "extends keyof"], ["type parameter", "generic", "<t", "t and k"]],
      },
      {
        point: "The return type uses an indexed access type T[K][]",
        concepts: [["t[k]", "indexed access", "lookup type"]],
      },
      {
        point: "The compiler infers T and K from the arguments and rejects invalid keys",
        concepts: [["infer", "inference", "inferred"], ["compile error", "rejects", "type error", "invalid key", "not assignable"]],
      },
      {
        point: "Literal key types are preserved so the result type is precise",
        concepts: [["literal type", "string literal", "union of keys", "precise", "narrow type", "not just string"]],
      },
    ],
    modelAnswer:
      "The signature is function pluck<T, K extends keyof T>(items: T[], key: K): T[K][]. T is the element type, and the constraint K extends keyof T means the key must be one of T's property names. The return type uses the indexed access type T[K], so plucking 'age' from User[] gives number[] rather than a vague any[]. The compiler will infer T and K from the arguments, keeping the key as a string literal type rather than just string, so pluck(users, 'agee') is rejected with a compile error.",
  },
  {
    id: "fe-critical-rendering-path",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Browser rendering",
    skills: ["html", "css", "javascript", "performance", "browser"],
    question: "Describe what the browser does between receiving an HTML document and showing pixels on screen, and what can block it.",
    keyPoints: [
      {
        point: "HTML is parsed into the DOM and CSS into the CSSOM",
        concepts: [["dom", "document object model", "dom tree", "node tree"], ["cssom", "css object model", "style rules", "computed styles"]],
      },
      {
        point: "They combine into a render tree, then layout computes geometry",
        concepts: [["render tree", "rendering tree", "layout tree", "visible nodes"], ["layout", "reflow", "geometry", "positions and sizes"]],
      },
      {
        point: "Paint and compositing produce the pixels, often on the GPU with layers",
        concepts: [["paint", "painting", "rasterize", "raster"], ["composite", "compositing", "layers", "gpu"]],
      },
      {
        point: "CSS is render-blocking and synchronous scripts are parser-blocking; defer/async help",
        concepts: [
          ["render-blocking", "render blocking", "parser-blocking", "parser blocking", "blocks parsing", "blocks rendering"],
          ["defer", "async", "preload", "critical css", "inline critical"],
        ],
      },
    ],
    modelAnswer:
      "The browser parses HTML into the DOM and CSS into the CSSOM, then combines them into a render tree of visible nodes with computed styles. Layout works out the geometry, the position and size of every box, then paint records drawing commands that are rasterized, and compositing assembles the layers, often on the GPU. Stylesheets are render-blocking because the browser will not paint without the CSSOM, and a plain script tag is parser-blocking because it may modify the document. I therefore inline critical CSS, use defer or async on scripts and preload key resources so the first paint is not held up.",
  },
  {
    id: "fe-layout-thrashing",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Browser rendering",
    skills: ["javascript", "performance", "browser", "css"],
    question:
      "An animation that resizes a list of cards is janky. Profiling shows many forced reflows. What is happening and how do you fix it?",
    keyPoints: [
      {
        point: "Interleaving DOM writes with layout reads forces synchronous layout (layout thrashing)",
        concepts: [
          ["layout thrashing", "forced reflow", "forced synchronous layout", "synchronous layout"],
          ["offsetheight", "getboundingclientrect", "offsetwidth", "read layout", "reading layout", "reads"],
        ],
      },
      {
        point: "Batch all reads before all writes, or schedule writes in requestAnimationFrame",
        concepts: [["batch", "group reads", "reads first", "separate reads and writes", "fastdom"], ["requestanimationframe", "raf", "animation frame", "next frame"]],
      },
      {
        point: "Animate transform and opacity, which run on the compositor, instead of width/height/top",
        concepts: [["transform", "opacity", "translate", "scale"], ["compositor", "gpu", "no layout", "skip layout", "composite only"]],
      },
      {
        point: "Use will-change/containment sparingly and verify in the performance panel",
        concepts: [
          ["will-change", "contain", "content-visibility", "layer promotion"],
          ["performance panel", "performance tab", "devtools", "flame chart", "profile"],
        ],
      },
    ],
    modelAnswer:
      "The code is probably doing layout thrashing: it writes a style and then reads offsetHeight or getBoundingClientRect in a loop, which forces a synchronous layout on every iteration. I would batch the work so all reads happen first and all writes happen afterwards, scheduling the writes in requestAnimationFrame. For the animation itself I would animate transform and opacity instead of width or top, because those properties run on the compositor and skip layout and paint entirely. Where it helps I add will-change or CSS contain to isolate the cards, and I confirm the fix in the DevTools performance panel by checking that the purple layout blocks are gone.",
  },
  {
    id: "fe-accessible-modal",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Accessibility",
    skills: ["accessibility", "a11y", "wcag", "aria", "html"],
    question: "How do you build an accessible modal dialog? What do keyboard and screen-reader users need?",
    keyPoints: [
      {
        point: "Use the native dialog element or role=dialog with aria-modal and an accessible name",
        concepts: [
          ["<dialog>", "dialog element", "role=dialog", "role=\"dialog\"", "showmodal"],
          ["aria-labelledby", "aria-label", "accessible name", "labelled by the heading"],
        ],
      },
      {
        point: "Move focus into the dialog on open and trap it inside",
        concepts: [["focus", "focused", "focuses", "keyboard focus"], ["trap", "contain", "stays inside", "cycle", "inert"]],
      },
      {
        point: "Escape closes it and focus returns to the element that opened it",
        concepts: [["escape", "esc key", "esc"], ["return focus", "restore focus", "back to the trigger", "returns to the button", "focus returns"]],
      },
      {
        point: "Background content is hidden from assistive tech and test with a screen reader",
        concepts: [
          ["inert", "aria-hidden", "aria-modal", "background content"],
          ["screen reader", "voiceover", "nvda", "jaws", "axe"],
        ],
      },
    ],
    modelAnswer:
      "I prefer the native <dialog> element opened with showModal(), or otherwise role=dialog with aria-modal=true, and I give it an accessible name with aria-labelledby pointing at its heading. On open, focus moves to the first meaningful control, and focus is trapped inside so Tab cycles within the dialog. The Escape key closes it, and focus returns to the button that opened it so keyboard users don't lose their place. The background content is made inert or aria-hidden so it is not reachable, and I test the whole flow with the keyboard, axe and a screen reader such as NVDA or VoiceOver.",
  },
  {
    id: "fe-semantic-html",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Accessibility",
    skills: ["html", "accessibility", "a11y"],
    question: "Why is a <button> better than a <div> with an onClick handler?",
    keyPoints: [
      {
        point: "A button is focusable and keyboard-operable (Enter/Space) by default",
        concepts: [["focusable", "tab order", "tabindex", "keyboard"], ["enter", "space", "keydown", "key press"]],
      },
      {
        point: "It exposes the button role and state to assistive technology",
        concepts: [["role", "accessibility tree", "semantics", "semantic"], ["screen reader", "assistive technology", "assistive tech", "at users"]],
      },
      {
        point: "Native behaviour for free: form submission, disabled state, no need to re-implement",
        concepts: [["disabled", "submit", "submitting a form", "for free", "built in", "built-in", "re-implement", "reimplement"]],
      },
    ],
    modelAnswer:
      "A <button> is focusable and sits in the tab order automatically, and it activates with Enter and Space, while a div with onClick only works with a mouse unless I add tabindex and keydown handling myself. It also exposes the button role in the accessibility tree, so screen reader users hear that it is a button and can find it in a list of controls. Finally it comes with built-in behaviour such as the disabled state and submitting a form, which I would otherwise have to re-implement and would probably get subtly wrong. Semantic HTML is the cheapest accessibility win there is.",
  },
  {
    id: "fe-improve-lcp",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Web performance",
    skills: ["performance", "core web vitals", "lighthouse", "html", "cdn"],
    question: "A product page has a Largest Contentful Paint of 4.5 seconds on mobile. How do you investigate and bring it under 2.5 seconds?",
    keyPoints: [
      {
        point: "Identify the LCP element and break the time into TTFB, load delay, load time and render delay",
        concepts: [
          ["lcp element", "largest element", "hero image", "hero"],
          ["ttfb", "time to first byte", "load delay", "render delay", "breakdown", "sub-parts"],
        ],
      },
      {
        point: "Use field data (CrUX/RUM) as well as lab tools like Lighthouse",
        concepts: [["field data", "crux", "rum", "real user", "web-vitals library"], ["lighthouse", "lab data", "webpagetest", "performance panel"]],
      },
      {
        point: "Make the LCP resource discoverable and prioritized: preload, fetchpriority=high, no lazy-loading it",
        concepts: [["preload", "fetchpriority", "priority hint", "high priority"], ["lazy", "loading=lazy", "discoverable", "in the html"]],
      },
      {
        point: "Shrink the resource and server time: modern image formats, responsive sizes, CDN, caching",
        concepts: [
          ["avif", "webp", "compress", "responsive images", "srcset", "image size"],
          ["cdn", "cache", "server response", "edge"],
        ],
      },
      {
        point: "Remove render-blocking CSS/JS and client-side rendering of the main content",
        concepts: [["render-blocking", "render blocking", "client-side rendering", "javascript bundle", "hydration", "server-render", "ssr"]],
      },
    ],
    modelAnswer:
      "First I find the LCP element, usually the hero image, and split the time into TTFB, resource load delay, load time and render delay to see where the 4.5 seconds go. I check field data from CrUX or our RUM alongside Lighthouse and the performance panel, since lab runs on a fast machine can mislead. If the image is discovered late, I put it in the HTML, remove loading=lazy from it, and add a preload or fetchpriority=high. I shrink it with AVIF or WebP and srcset for mobile sizes, serve it from a CDN with long cache headers, and speed up the server response. Finally I remove render-blocking CSS and JavaScript and server-render the main content instead of waiting for client-side rendering.",
  },
  {
    id: "fe-cumulative-layout-shift",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Web performance",
    skills: ["performance", "core web vitals", "css", "html"],
    question: "What causes Cumulative Layout Shift and how do you fix it?",
    keyPoints: [
      {
        point: "CLS measures unexpected movement of visible content",
        concepts: [["unexpected", "unexpectedly", "without user input", "jump", "move", "shift"], ["visible content", "viewport", "content on screen", "elements"]],
      },
      {
        point: "Images/embeds without dimensions: set width/height or aspect-ratio",
        concepts: [["images", "image", "iframe", "embed", "video"], ["width and height", "dimensions", "aspect-ratio", "aspect ratio"]],
      },
      {
        point: "Content injected above existing content (ads, banners): reserve space",
        concepts: [["ads", "ad slot", "banner", "injected", "dynamic content", "cookie banner"], ["reserve space", "min-height", "placeholder", "skeleton"]],
      },
      {
        point: "Web fonts swapping: font-display, size-adjust / metric overrides, preload",
        concepts: [["font", "web font", "fonts", "foit", "fout"], ["font-display", "size-adjust", "fallback font", "preload", "metric override"]],
      },
    ],
    modelAnswer:
      "CLS adds up how much visible content moves unexpectedly, without the user having triggered it. The classic cause is images, iframes or video embeds without dimensions, which I fix by setting width and height attributes or a CSS aspect-ratio so the browser reserves the box. Another cause is content injected above what the user is reading, such as ads or a cookie banner, so I reserve space with a min-height placeholder or render it as an overlay instead. Web fonts can also shift text when they swap in, which I reduce with font-display, preloading the font and a size-adjust fallback font with matching metrics.",
  },
  {
    id: "fe-improve-inp",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Web performance",
    skills: ["performance", "core web vitals", "javascript", "react"],
    question: "Your site fails Interaction to Next Paint: clicking a filter takes 600 ms to show feedback. How do you diagnose and improve it?",
    keyPoints: [
      {
        point: "INP is input delay + processing time + presentation delay; find which part dominates",
        concepts: [["input delay", "processing time", "presentation delay", "event handler", "handler time"]],
      },
      {
        point: "Find long tasks on the main thread with the performance panel / attribution data",
        concepts: [["long task", "long tasks", "main thread"], ["performance panel", "profiler", "attribution", "long animation frame", "loaf"]],
      },
      {
        point: "Yield to the browser and break up work so feedback paints first",
        concepts: [
          ["yield", "scheduler.yield", "settimeout", "break up", "split", "chunk"],
          ["paint first", "immediate feedback", "update the ui first", "visual feedback", "next paint"],
        ],
      },
      {
        point: "Reduce the work: fewer re-renders, useTransition/deferred updates, virtualization, web workers",
        concepts: [["usetransition", "starttransition", "usedeferredvalue", "virtualize", "virtualization", "web worker", "memoize", "re-renders"]],
      },
    ],
    modelAnswer:
      "INP is the time from the click to the next paint, made up of input delay, processing time in the event handler, and presentation delay, so first I find which part dominates. I record the interaction in the performance panel, or use attribution data from the web-vitals library and long animation frame entries, to find the long tasks blocking the main thread. Then I make sure the visual feedback paints first, for example by updating the pressed state and then yielding with scheduler.yield or setTimeout before the expensive filtering, and I break up the remaining work into chunks. I also cut the work itself: wrap the results update in startTransition, avoid unnecessary re-renders, virtualize the long result list, or move heavy computation to a web worker.",
  },
  {
    id: "fe-flexbox-vs-grid",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "CSS layout",
    skills: ["css", "flexbox", "css grid", "responsive design"],
    question: "When do you choose Flexbox and when CSS Grid for a layout?",
    keyPoints: [
      {
        point: "Flexbox is one-dimensional: a row or a column, content-driven sizing",
        concepts: [["flexbox", "flex", "display: flex", "flex container"], ["one-dimensional", "one dimensional", "single axis", "one axis", "a row or a column"]],
      },
      {
        point: "Grid is two-dimensional: rows and columns together, layout-driven",
        concepts: [["grid", "css grid", "display: grid", "grid-template"], ["two-dimensional", "two dimensional", "rows and columns", "both axes"]],
      },
      {
        point: "Concrete examples: flex for navbars/button groups, grid for page layouts/card galleries",
        concepts: [
          ["navbar", "nav bar", "toolbar", "button group", "centering"],
          ["page layout", "card gallery", "dashboard", "grid-template-areas", "auto-fit", "minmax"],
        ],
      },
      {
        point: "They combine well: grid for the outer layout, flex inside components",
        concepts: [["combine", "combined", "nest", "nested", "grid for the outer", "flex inside", "mix both"]],
      },
    ],
    modelAnswer:
      "Flexbox is one-dimensional: it lays items out along a single axis, a row or a column, and lets their content decide how space is shared, so I use it for navbars, toolbars, button groups and centering. Grid is two-dimensional: I define rows and columns together and place items into them, which suits page layouts, dashboards and card galleries, especially with repeat(auto-fit, minmax(...)) for responsive columns. grid-template-areas also makes a page layout very readable. In practice I combine them, using grid for the outer structure and flex inside the individual components.",
  },
  {
    id: "fe-css-specificity-cascade",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "CSS",
    skills: ["css", "html"],
    question: "Two CSS rules set different colours on the same element. How does the browser decide which one wins?",
    keyPoints: [
      {
        point: "The cascade considers origin/importance (!important) and cascade layers first",
        concepts: [["!important", "important", "origin", "@layer", "cascade layer", "cascade layers"]],
      },
      {
        point: "Then specificity: inline > id > class/attribute/pseudo-class > element",
        concepts: [["specificity", "specific", "more specific", "selector weight"], ["id", "class", "inline style", "element selector", "type selector"]],
      },
      {
        point: "If specificity ties, the rule that appears later in source order wins",
        concepts: [["source order", "later", "last", "comes after", "declared last"]],
      },
      {
        point: "Prefer low-specificity selectors rather than fighting with !important",
        concepts: [["low specificity", "flat", "single class", "bem", ":where", "avoid !important", "avoid important"]],
      },
    ],
    modelAnswer:
      "The cascade decides. First it looks at origin and importance, so an !important declaration beats a normal one, and with cascade layers a rule in a later @layer wins regardless of selector. Then it compares specificity: inline styles beat ids, ids beat classes, attributes and pseudo-classes, and those beat element selectors. If the specificity ties, the rule that comes later in source order wins. To keep this predictable I stick to flat, single class selectors such as BEM or :where() and avoid !important wars.",
  },
  {
    id: "fe-state-management-strategy",
    kind: "technical",
    roles: ["frontend", "fullstack", "mobile"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "State management",
    skills: ["react", "redux", "state management", "architecture"],
    question: "You are starting a large React app. How do you decide where each piece of state lives, and would you add Redux?",
    keyPoints: [
      {
        point: "Separate server state (cached API data) from client/UI state",
        concepts: [["server state", "remote data", "api data", "server cache"], ["client state", "ui state", "local state"]],
      },
      {
        point: "Server state goes in a caching library (React Query/SWR/RTK Query) rather than a global store",
        concepts: [["react query", "tanstack query", "swr", "rtk query", "apollo"]],
      },
      {
        point: "Keep state as local as possible and lift up only when shared; URL for shareable state",
        concepts: [["local", "colocate", "co-locate", "lift state up", "lifting state"], ["url", "query string", "search params", "router"]],
      },
      {
        point: "Context for rarely changing values; a store (Redux/Zustand) only for complex, frequently updated shared client state",
        concepts: [["context", "react context", "usecontext", "context provider"], ["redux", "zustand", "jotai", "mobx", "global store"]],
      },
      {
        point: "Weigh trade-offs: re-render cost, boilerplate, devtools, team familiarity",
        concepts: [["re-render", "rerender", "boilerplate", "devtools", "trade-off", "tradeoff", "team familiarity"]],
      },
    ],
    modelAnswer:
      "I first separate server state, which is really a cache of API data, from client UI state, because they need different tools. Server state goes into TanStack Query, SWR or RTK Query, which handle caching, refetching and invalidation far better than a hand-written global store. UI state stays as local as possible, I lift state up only when siblings share it, and anything that should survive a reload or be shareable, like filters, goes in the URL search params. Context is fine for rarely changing values like theme or the current user, and I add Redux or Zustand only if there is complex shared client state that updates often, such as an editor. The trade-off is boilerplate and learning cost versus devtools and predictable re-render behaviour, so I let the actual needs decide.",
  },
  {
    id: "fe-testing-library-approach",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Testing",
    skills: ["testing", "react", "jest", "vitest", "react testing library"],
    question: "How would you test a login form component in React?",
    keyPoints: [
      {
        point: "Render it and interact the way a user would with Testing Library and user-event",
        concepts: [["testing library", "react testing library", "rtl"], ["user-event", "userevent", "type into", "click", "like a user"]],
      },
      {
        point: "Query by accessible role/label rather than CSS classes or test ids",
        concepts: [["getbyrole", "getbylabeltext", "by role", "by label", "accessible role", "accessible name"]],
      },
      {
        point: "Assert on visible outcomes: validation messages, submitted values, not internal state",
        concepts: [
          ["error message", "validation", "validation message", "submitted", "called with", "visible"],
          ["implementation details", "internal state", "not the state", "behaviour", "behavior"],
        ],
      },
      {
        point: "Mock the network boundary (e.g. MSW or a mocked onSubmit) and cover success and failure",
        concepts: [["mock", "msw", "mock service worker", "jest.fn", "vi.fn", "stub"], ["failure", "error case", "wrong password", "401", "success"]],
      },
    ],
    modelAnswer:
      "I render the form with React Testing Library and drive it with user-event, typing into the fields and clicking submit like a real user would. I query elements with getByRole and getByLabelText, which also checks that the inputs are properly labelled, instead of relying on CSS classes. I assert on visible behaviour, such as a validation message when the email is empty or the onSubmit mock being called with the right values, rather than on implementation details like internal state. For the network I mock the API with MSW, covering the success case and a failure such as a 401 for a wrong password.",
  },
  {
    id: "fe-flaky-e2e-tests",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Testing",
    skills: ["testing", "playwright", "cypress", "ci", "javascript"],
    question: "Your end-to-end tests are flaky in CI. How do you find the causes and make them reliable?",
    keyPoints: [
      {
        point: "Reproduce and diagnose with retries data, traces, videos and screenshots",
        concepts: [["trace", "trace viewer", "video", "screenshot", "logs", "repeat-each", "run it many times"]],
      },
      {
        point: "Replace fixed sleeps with auto-waiting assertions on visible state",
        concepts: [["sleep", "waitfortimeout", "fixed timeout", "hard-coded wait", "arbitrary wait"], ["auto-wait", "auto-waiting", "web-first assertion", "wait for", "expect(locator)", "retrying assertion"]],
      },
      {
        point: "Isolate test data and state: each test seeds its own data, no order dependence",
        concepts: [["isolate", "isolated", "independent", "order dependence", "shared state", "own data"], ["seed", "fixture", "fresh user", "reset the database", "test data"]],
      },
      {
        point: "Control external dependencies: mock third-party calls, stable clock, resilient locators",
        concepts: [["third-party", "third party", "external service", "network mock", "route", "mock"], ["locator", "getbyrole", "role-based", "brittle selector", "freeze the clock", "fake timers"]],
      },
      {
        point: "Quarantine flaky tests and track them rather than blindly adding retries",
        concepts: [["quarantine", "track flaky", "flake rate", "don't just retry", "root cause", "blindly"]],
      },
    ],
    modelAnswer:
      "I first make the flake visible: run the suspect test many times with repeat-each and collect the trace, screenshots and video from the failing CI runs to see what the page looked like. Most flakes come from timing, so I replace fixed sleeps and waitForTimeout with auto-waiting assertions like expect(locator).toBeVisible(). Next I isolate test data so each test seeds its own fresh user through an API fixture and nothing depends on the order tests run in. I mock slow or unreliable third-party calls with route handlers, freeze the clock where dates matter and use role-based locators instead of brittle CSS selectors. Tests that still flake get quarantined and tracked until the root cause is fixed, rather than hidden behind blanket retries.",
  },
  {
    id: "fe-xss-prevention",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["junior", "mid-level", "senior"],
    difficulty: "medium",
    topic: "Web security",
    skills: ["security", "xss", "react", "javascript", "owasp"],
    question: "What is cross-site scripting, and how do you prevent it in a React app that displays user-generated content?",
    keyPoints: [
      {
        point: "XSS is attacker-controlled script running in a victim's page, stealing data or acting as them",
        concepts: [["xss", "cross-site scripting", "cross site scripting"], ["inject", "injected", "malicious script", "attacker", "steal"]],
      },
      {
        point: "React escapes text by default; the danger is dangerouslySetInnerHTML, innerHTML, and javascript: URLs",
        concepts: [["escape", "escapes", "escaping", "encode", "encoding"], ["dangerouslysetinnerhtml", "innerhtml", "javascript: url", "href"]],
      },
      {
        point: "Sanitize any HTML you must render with an allow-list sanitizer",
        concepts: [["sanitize", "sanitise", "dompurify", "sanitizer", "allow-list", "allowlist"]],
      },
      {
        point: "Defence in depth: Content Security Policy and HttpOnly cookies",
        concepts: [["content security policy", "csp", "content-security-policy", "script-src"], ["httponly", "http-only", "defence in depth", "defense in depth"]],
      },
    ],
    modelAnswer:
      "Cross-site scripting (XSS) is when an attacker gets malicious script to run in another user's page, where it can steal data or act as that user. React escapes values rendered as text, so the risky spots are dangerouslySetInnerHTML, direct innerHTML, and links where a user-controlled href could be a javascript: URL. If I must render user HTML, such as rich comments, I sanitize it with an allow-list sanitizer like DOMPurify and only allow http and https links. As defence in depth I add a strict Content Security Policy and keep session cookies HttpOnly so scripts cannot read them.",
  },
  {
    id: "fe-content-security-policy",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Web security",
    skills: ["security", "csp", "xss", "http"],
    question: "How would you roll out a strict Content Security Policy on an existing site that uses inline scripts and several third-party tags?",
    keyPoints: [
      {
        point: "Start with Content-Security-Policy-Report-Only and collect violation reports",
        concepts: [["report-only", "report only", "reporting mode", "monitor mode"], ["report-uri", "report-to", "violation report", "violations", "reports"]],
      },
      {
        point: "Use nonces or hashes for scripts instead of unsafe-inline, with strict-dynamic",
        concepts: [["nonce", "nonces", "hash", "hashes", "sha256"], ["strict-dynamic", "unsafe-inline", "no unsafe-inline"]],
      },
      {
        point: "Refactor inline handlers and eval usage out of the code",
        concepts: [["inline handler", "onclick attribute", "inline event handler", "eval", "new function", "unsafe-eval"]],
      },
      {
        point: "Lock down other directives: object-src 'none', base-uri, frame-ancestors",
        concepts: [["object-src", "base-uri", "frame-ancestors", "default-src", "form-action"]],
      },
      {
        point: "Switch to enforcing gradually and keep monitoring",
        concepts: [["enforce", "enforcing", "enforcement"], ["gradual", "gradually", "monitor", "monitoring", "page by page", "rollout"]],
      },
    ],
    modelAnswer:
      "I would start by sending the policy as Content-Security-Policy-Report-Only with a report-to endpoint, so I collect violation reports without breaking anything. The target is a nonce-based policy: the server generates a fresh nonce per response, approved scripts carry it, and strict-dynamic lets those scripts load the third-party tags they need, so I never need unsafe-inline. Meanwhile I refactor inline event handlers and any eval usage out of the code. I also lock down object-src 'none', base-uri 'self' and frame-ancestors. Once the reports are quiet I switch to enforcing mode gradually, page by page, and keep monitoring violations after the rollout.",
  },
  {
    id: "fe-code-splitting-bundles",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Bundling",
    skills: ["webpack", "vite", "performance", "javascript", "react"],
    question: "Your JavaScript bundle is 2 MB. How do you find out what is in it and make it smaller?",
    keyPoints: [
      {
        point: "Analyse the bundle with a visualizer to find the largest modules",
        concepts: [["bundle analyzer", "webpack-bundle-analyzer", "visualizer", "source-map-explorer", "rollup-plugin-visualizer", "analyse", "analyze"]],
      },
      {
        point: "Code-split by route and lazily load heavy components with dynamic import()",
        concepts: [["code splitting", "code-split", "split"], ["dynamic import", "import()", "react.lazy", "lazy", "route-based"]],
      },
      {
        point: "Enable tree shaking with ES modules and side-effect-free packages",
        concepts: [["tree shaking", "tree-shaking", "dead code", "sideeffects", "es modules", "esm"]],
      },
      {
        point: "Replace or trim heavy dependencies and set a performance budget in CI",
        concepts: [
          ["moment", "lodash", "heavy dependency", "heavy dependencies", "lighter alternative", "polyfills"],
          ["budget", "size-limit", "bundlesize", "ci check"],
        ],
      },
    ],
    modelAnswer:
      "I run a bundle analyzer such as webpack-bundle-analyzer or rollup-plugin-visualizer to see which modules take the most space. Then I apply code splitting: each route becomes its own chunk, and heavy components like charts or editors load on demand with dynamic import() and React.lazy. I check that tree shaking works, which means ES modules and packages marked sideEffects: false, and fix imports that pull in a whole library. I replace heavy dependencies such as moment or full lodash with lighter alternatives and drop polyfills that modern browsers don't need. Finally I add a size budget with size-limit in CI so the bundle cannot silently grow again.",
  },
  {
    id: "fe-controlled-uncontrolled-forms",
    kind: "technical",
    roles: ["frontend", "fullstack", "mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Forms",
    skills: ["react", "forms", "javascript"],
    question: "What is the difference between controlled and uncontrolled inputs in React, and when would you use each?",
    keyPoints: [
      {
        point: "Controlled: value lives in React state and changes through onChange",
        concepts: [["controlled", "controlled input", "controlled component", "single source of truth"], ["value prop", "usestate", "react state", "onchange", "state"]],
      },
      {
        point: "Uncontrolled: the DOM keeps the value; read it with a ref or FormData",
        concepts: [["uncontrolled", "uncontrolled input", "uncontrolled component", "the dom keeps"], ["ref", "useref", "formdata", "defaultvalue", "the dom keeps"]],
      },
      {
        point: "Controlled suits instant validation/derived UI; uncontrolled suits simple or large forms and performance",
        concepts: [
          ["instant validation", "live validation", "validate as you type", "format as you type", "derived"],
          ["large form", "performance", "fewer re-renders", "re-render", "simple form", "react hook form"],
        ],
      },
    ],
    modelAnswer:
      "In a controlled input the value prop comes from React state, usually useState, and every keystroke goes through onChange, so React is the single source of truth. In an uncontrolled input the DOM keeps the value; I set a defaultValue and read it when needed with a ref or from FormData on submit. I use controlled inputs when the UI reacts to each keystroke, such as live validation, formatting as you type or enabling a button. For simple or large forms, uncontrolled inputs avoid a re-render on every key press, which is why React Hook Form is built on them.",
  },
  {
    id: "fe-ssr-hydration-mismatch",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "SSR and hydration",
    skills: ["react", "next.js", "ssr", "hydration"],
    question: "After enabling server-side rendering you see \"hydration mismatch\" warnings. What is hydration, what causes mismatches, and how do you fix them?",
    keyPoints: [
      {
        point: "Hydration attaches React to server-rendered HTML; the first client render must produce the same markup",
        concepts: [["hydration", "hydrate", "hydrateroot"], ["same markup", "same html", "match", "identical", "server-rendered html"]],
      },
      {
        point: "Causes: values differing between server and client (dates, Math.random, locale, window/localStorage checks)",
        concepts: [
          ["date", "new date", "math.random", "random", "timezone", "locale", "time zone"],
          ["window", "localstorage", "typeof window", "browser-only", "browser only"],
        ],
      },
      {
        point: "Invalid HTML nesting or browser extensions also alter the DOM",
        concepts: [["invalid html", "nesting", "div inside p", "<p>", "browser extension", "extensions"]],
      },
      {
        point: "Fix: render client-only values after mount (useEffect), pass values from the server, or disable SSR for that component",
        concepts: [
          ["useeffect", "after mount", "mounted", "client-only", "client only", "ssr: false", "dynamic import"],
          ["pass from the server", "serialize", "same value", "suppresshydrationwarning"],
        ],
      },
    ],
    modelAnswer:
      "Hydration is React attaching event handlers and state to the HTML the server already rendered, which only works if the first client render produces identical markup. Mismatches usually come from values that differ between the two environments: new Date() or Math.random(), a different timezone or locale when formatting, or code that checks typeof window or localStorage during render. Invalid HTML nesting such as a div inside a <p>, and browser extensions that modify the page, cause them too. To fix it, I compute the value once on the server and serialize it down so both sides use the same value, or render browser-only values after mount in useEffect. For a widget that truly only works in the browser, I load it as a client-only dynamic import with ssr: false, and I reserve suppressHydrationWarning for unavoidable cases like a timestamp.",
  },
  {
    id: "fe-event-delegation",
    kind: "technical",
    roles: ["frontend", "fullstack"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "DOM events",
    skills: ["javascript", "dom", "html"],
    question: "Explain event bubbling and how event delegation uses it.",
    keyPoints: [
      {
        point: "Events fire on the target then bubble up through its ancestors (after a capture phase)",
        concepts: [["bubble", "bubbling", "propagate", "propagation"], ["ancestor", "parent", "up the tree", "document"]],
      },
      {
        point: "Delegation: one listener on a common parent handles events for many children",
        concepts: [["delegation", "delegate", "single listener", "one listener", "one handler"], ["parent", "container", "list element", "ul"]],
      },
      {
        point: "Identify the child with event.target / closest()",
        concepts: [["event.target", "e.target", "target", "closest"]],
      },
      {
        point: "Benefits: fewer listeners, works for dynamically added elements; stopPropagation can break it",
        concepts: [
          ["dynamically added", "added later", "new elements", "fewer listeners", "memory"],
          ["stoppropagation", "non-bubbling", "focus event", "capture phase"],
        ],
      },
    ],
    modelAnswer:
      "When you click an element, the event goes through a capture phase down the tree, then fires on the target, and then bubbles up through each ancestor to the document. Event delegation uses bubbling by attaching one listener to a parent container, such as a ul, instead of one per child. In the handler I use event.target.closest('li') to find which item was clicked. This means fewer listeners and less memory, and it works automatically for items added later. Watch out for events that don't bubble, like focus (use focusin), and for child code calling stopPropagation.",
  },
];
