import type { BankQuestion } from "./types";

/** iOS, Android and cross-platform mobile questions. */
export const mobileQuestions: BankQuestion[] = [
  {
    id: "mo-ios-app-lifecycle",
    kind: "technical",
    roles: ["mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "iOS",
    skills: ["ios", "swift", "swiftui", "uikit"],
    question: "Describe the states of an iOS app's lifecycle and what you should do when the app moves to the background.",
    keyPoints: [
      {
        point: "States: not running, inactive, active, background, suspended",
        concepts: [
          ["active", "inactive", "foreground"],
          ["background", "backgrounded", "backgrounding"],
          ["suspended", "suspend", "not running", "terminated"],
        ],
      },
      {
        point: "Save data and UI state, because a suspended app can be terminated without warning",
        concepts: [
          ["save", "persist", "saving", "write to disk"],
          ["killed", "terminated", "without warning", "without notice", "jetsam"],
        ],
      },
      {
        point: "Pause timers, animations and release resources",
        concepts: [["pause", "stop timers", "release resources", "release memory", "free resources", "stop animations"]],
      },
      {
        point: "Only limited background time: beginBackgroundTask or background URLSession",
        concepts: [["beginbackgroundtask", "begin background task", "background task", "background modes", "background urlsession", "limited time"]],
      },
      {
        point: "React to transitions via scenePhase or scene/app delegate callbacks",
        concepts: [["scenephase", "scene phase", "scenedidenterbackground", "applicationdidenterbackground", "didenterbackground", "scene delegate"]],
      },
    ],
    modelAnswer:
      "An iOS app is not running, inactive (in the foreground but not receiving events, for example during an incoming call), active, in the background, or suspended, where it stays in memory but runs no code. I react to transitions through scenePhase in SwiftUI or sceneDidEnterBackground in the scene delegate. When the app goes to the background I save user data and UI state, because a suspended app can be terminated by the system without warning to free memory. I also pause timers, animations and the camera, and release large caches. If a task such as an upload must finish, I wrap it in beginBackgroundTask, which grants a limited time, or use a background URLSession for long transfers.",
  },
  {
    id: "mo-android-activity-lifecycle",
    kind: "technical",
    roles: ["mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Android",
    skills: ["android", "kotlin", "jetpack"],
    question: "Walk through the Android Activity lifecycle. What happens on screen rotation and how do you keep state?",
    keyPoints: [
      {
        point: "Callbacks onCreate, onStart, onResume and onPause, onStop, onDestroy",
        concepts: [
          ["oncreate", "onstart", "onresume"],
          ["onpause", "onstop", "ondestroy"],
        ],
      },
      {
        point: "Rotation is a configuration change: the activity is destroyed and recreated",
        concepts: [
          ["rotation", "rotate", "rotating", "configuration change", "config change"],
          ["recreated", "destroyed", "recreate", "new instance", "tears down", "torn down"],
        ],
      },
      {
        point: "A ViewModel survives configuration changes",
        concepts: [["viewmodel", "view model", "androidx viewmodel"]],
      },
      {
        point: "SavedStateHandle / onSaveInstanceState covers process death",
        concepts: [
          ["savedstatehandle", "onsaveinstancestate", "saved instance state", "bundle", "remembersaveable"],
          ["process death", "process is killed", "killed in the background", "system kills"],
        ],
      },
      {
        point: "Use lifecycle-aware APIs to avoid leaks and updates to stopped screens",
        concepts: [["lifecycle-aware", "lifecycleowner", "repeatonlifecycle", "leak", "leaks", "collectasstatewithlifecycle"]],
      },
    ],
    modelAnswer:
      "An activity goes through onCreate, where you set up the UI, then onStart when it becomes visible and onResume when it is in the foreground and interactive; leaving it runs onPause, onStop and finally onDestroy. A screen rotation is a configuration change, so by default the activity is destroyed and recreated with the new configuration. UI state that should survive that lives in a ViewModel, which outlives configuration changes. The ViewModel does not survive process death, when the system kills the app in the background, so small pieces like a search query or selected tab go into SavedStateHandle or onSaveInstanceState. I collect flows with repeatOnLifecycle or other lifecycle-aware APIs so nothing updates a stopped screen or leaks the activity.",
  },
  {
    id: "mo-main-thread",
    kind: "technical",
    roles: ["mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Concurrency",
    skills: ["ios", "android", "swift", "kotlin", "concurrency"],
    question: "Why must you avoid blocking the main (UI) thread in a mobile app, and how do you move work off it?",
    keyPoints: [
      {
        point: "The main thread renders UI and handles input; blocking it causes jank and freezes",
        concepts: [
          ["main thread", "ui thread", "main looper", "ui queue"],
          ["jank", "freeze", "frozen", "dropped frames", "stutter", "unresponsive"],
        ],
      },
      {
        point: "Each frame has about 16 ms at 60 fps",
        concepts: [["16 ms", "16ms", "60 fps", "60fps", "frame budget", "8 ms", "120 hz"]],
      },
      {
        point: "Long blocks trigger an ANR on Android or the watchdog on iOS",
        concepts: [["anr", "application not responding", "watchdog", "killed by the system"]],
      },
      {
        point: "Move work to background threads: coroutines, async/await, GCD",
        concepts: [["coroutine", "coroutines", "dispatchers.io", "async/await", "gcd", "dispatchqueue", "background thread"]],
      },
      {
        point: "Return to the main thread for UI updates",
        concepts: [["back to the main thread", "switch back", "mainactor", "@mainactor", "dispatchers.main", "main queue"]],
      },
    ],
    modelAnswer:
      "The main thread draws the UI and handles touches, so anything slow on it, like network calls, disk reads, JSON parsing of big payloads or image decoding, causes jank and a frozen screen. At 60 fps each frame has about 16 ms, and less on 120 Hz screens, so even a 50 ms operation drops frames. If the main thread is blocked for about five seconds Android shows an ANR dialog, and on iOS the watchdog can kill an app that hangs at launch. I move the work to background threads with Kotlin coroutines on Dispatchers.IO or Default, or Swift async/await and GCD queues on iOS. Results are then delivered back to the main thread, via Dispatchers.Main or @MainActor, because UI objects must only be touched there.",
  },
  {
    id: "mo-push-notifications",
    kind: "technical",
    roles: ["mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Push notifications",
    skills: ["push notifications", "firebase", "ios", "android"],
    question: "How do push notifications get from your backend to a user's phone, on iOS and Android?",
    keyPoints: [
      {
        point: "They go through the platform services: APNs and FCM",
        concepts: [
          ["apns", "apple push notification service", "apple push"],
          ["fcm", "firebase cloud messaging", "firebase messaging"],
        ],
      },
      {
        point: "The app must ask for notification permission",
        concepts: [["permission", "opt in", "opt-in", "authorization", "post_notifications", "allow notifications"]],
      },
      {
        point: "The app registers a device token and sends it to the backend",
        concepts: [["device token", "registration token", "push token", "fcm token", "apns token"]],
      },
      {
        point: "The backend sends the token and a payload to APNs/FCM",
        concepts: [["payload", "notification payload", "data message", "json"]],
      },
      {
        point: "Tokens change: handle refresh and remove invalid ones",
        concepts: [["token refresh", "refreshed", "invalid tokens", "unregistered", "expired tokens", "stale tokens", "onnewtoken"]],
      },
      {
        point: "Delivery is best effort, not guaranteed",
        concepts: [["not guaranteed", "best effort", "best-effort", "may be dropped", "no delivery guarantee", "collapse"]],
      },
    ],
    modelAnswer:
      "Pushes always go through the platform services: Apple Push Notification service (APNs) for iOS and Firebase Cloud Messaging (FCM) for Android. The app first asks the user for notification permission, which iOS always requires and Android needs since version 13. After registering, the app receives a device token and sends it to our backend, which stores it against the user and device. To notify someone, the backend sends the token and a JSON payload (title, body, deep link or data) to APNs or FCM, and the OS displays it even if the app isn't running; tokens change after reinstalls, so the app sends refreshed tokens and the backend deletes ones reported as unregistered. Delivery is best effort, so anything important must also be available inside the app.",
  },
  {
    id: "mo-mobile-accessibility",
    kind: "technical",
    roles: ["mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Accessibility",
    skills: ["accessibility", "a11y", "ios", "android"],
    question: "What do you check to make a mobile screen accessible?",
    keyPoints: [
      {
        point: "Screen reader support: meaningful labels for VoiceOver and TalkBack",
        concepts: [
          ["voiceover", "talkback", "screen reader"],
          ["label", "labels", "accessibilitylabel", "contentdescription", "accessibility label"],
        ],
      },
      {
        point: "Text scales with Dynamic Type / font scaling",
        concepts: [["dynamic type", "font scaling", "font size", "text size", "scalable text", "sp units"]],
      },
      {
        point: "Touch targets of at least 44pt / 48dp",
        concepts: [["44pt", "44 points", "48dp", "48 dp", "touch target", "tap target", "hit area"]],
      },
      {
        point: "Sufficient colour contrast; never rely on colour alone",
        concepts: [["contrast", "4.5:1", "colour alone", "color alone", "color blind", "colour blind"]],
      },
      {
        point: "Test with accessibility tools and real assistive technology",
        concepts: [["accessibility inspector", "accessibility scanner", "espresso accessibility checks", "turn on voiceover", "manual pass"]],
      },
    ],
    modelAnswer:
      "First I run through the screen with VoiceOver and TalkBack turned on: every interactive element needs a meaningful label (accessibilityLabel on iOS, contentDescription on Android), icon-only buttons especially, and the focus order must follow the visual order. Text must support Dynamic Type on iOS and font scaling with sp units on Android without truncating or overlapping at the largest sizes. Touch targets should be at least 44 by 44 points on iOS and 48dp on Android. Text needs a contrast ratio of at least 4.5:1, and state such as errors must not be shown by colour alone. I back this up with Accessibility Inspector in Xcode and Google's Accessibility Scanner, plus Espresso accessibility checks in CI.",
  },
  {
    id: "mo-swift-optionals",
    kind: "technical",
    roles: ["mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Swift",
    skills: ["swift", "ios"],
    question: "What are optionals in Swift, and what are the safe ways to unwrap them?",
    keyPoints: [
      {
        point: "An optional holds a value or nil, and the compiler forces you to handle nil",
        concepts: [
          ["nil", "no value", "absence of a value", "might be missing"],
          ["compiler", "compile time", "compile-time", "type system", "enum"],
        ],
      },
      {
        point: "Optional binding with if let / guard let",
        concepts: [["if let", "guard let", "optional binding"]],
      },
      {
        point: "Optional chaining and the nil-coalescing operator",
        concepts: [["optional chaining", "nil coalescing", "nil-coalescing", "default value", "fallback value"]],
      },
      {
        point: "Force unwrapping crashes when the value is nil",
        concepts: [
          ["force unwrap", "force-unwrap", "force unwrapping", "implicitly unwrapped"],
          ["crash", "crashes", "runtime error", "fatal error"],
        ],
      },
    ],
    modelAnswer:
      "An optional is Swift's way of saying a value might be missing: String? holds either a String or nil, and the compiler forces you to deal with the nil case before using it, which removes a whole class of null pointer bugs. The usual safe way is optional binding with if let, or guard let when you want an early exit and keep the unwrapped value for the rest of the function. Optional chaining, like user?.address?.city, returns nil if any link is missing, and the nil coalescing operator ?? supplies a default value. Force unwrapping with ! crashes at runtime when the value is nil, so I only use it when nil would be a programmer error, such as a resource bundled with the app.",
  },
  {
    id: "mo-secure-token-storage",
    kind: "technical",
    roles: ["mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "easy",
    topic: "Mobile security",
    skills: ["security", "ios", "android", "authentication"],
    question: "Where should a mobile app store an authentication token, and where should it not?",
    keyPoints: [
      {
        point: "On iOS use the Keychain",
        concepts: [["keychain", "ios keychain", "keychain services"]],
      },
      {
        point: "On Android encrypt with a key in the Android Keystore",
        concepts: [["keystore", "android keystore", "encryptedsharedpreferences", "encrypted shared preferences", "encrypted datastore"]],
      },
      {
        point: "Never in UserDefaults, plain SharedPreferences, plain files or logs",
        concepts: [["userdefaults", "user defaults", "sharedpreferences", "shared preferences", "plain text", "plaintext"]],
      },
      {
        point: "Short-lived access tokens with revocable refresh tokens",
        concepts: [["refresh token", "short-lived", "short lived", "expire", "expiry", "revoke"]],
      },
      {
        point: "No secrets hardcoded in the app binary",
        concepts: [["hardcode", "hard-code", "hardcoded", "in the binary", "decompile", "reverse engineer"]],
      },
    ],
    modelAnswer:
      "On iOS the token goes in the Keychain, which encrypts it and lets me choose an accessibility level such as after first unlock, this device only. On Android I store it encrypted with a key held in the Android Keystore, for example through EncryptedSharedPreferences or an encrypted DataStore. It should never go into UserDefaults, plain SharedPreferences, a plain text file or the logs, because those can be read from backups or on rooted devices. I keep access tokens short-lived, about 15 minutes, and use a refresh token that the server can revoke if the device is lost. And no API secrets are hardcoded in the app, since anyone can decompile the binary.",
  },
  {
    id: "mo-list-performance",
    kind: "technical",
    roles: ["mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Performance",
    skills: ["android", "ios", "react native", "performance"],
    question: "A feed with thousands of items with images scrolls badly. How do you make it smooth?",
    keyPoints: [
      {
        point: "Virtualize the list and recycle rows",
        concepts: [["recycle", "recycling", "recyclerview", "reuse", "reused", "virtualized", "lazycolumn", "flatlist"]],
      },
      {
        point: "Downsample images to display size, load asynchronously and cache them",
        concepts: [
          ["downsample", "resize", "resized", "thumbnail", "display size", "decode"],
          ["cache", "caching", "glide", "coil", "kingfisher", "sdwebimage"],
        ],
      },
      {
        point: "Keep the bind/render step cheap by precomputing",
        concepts: [["onbindviewholder", "cellforrowat", "in the bind", "during binding", "precompute", "ahead of time"]],
      },
      {
        point: "Use diffing with stable ids for updates",
        concepts: [["diffutil", "stable ids", "stable keys", "keyextractor", "diffable data source", "diffing"]],
      },
      {
        point: "Profile to find where frames are lost",
        concepts: [["profile", "profiler", "instruments", "systrace", "perfetto", "frame rendering"]],
      },
    ],
    modelAnswer:
      "First I profile with Instruments, Android Studio's profiler or Perfetto to see whether frames are lost to layout, image decoding or main-thread work. The list must be virtualized and recycle its rows: RecyclerView or LazyColumn on Android, UICollectionView with reused cells on iOS, and FlatList or FlashList in React Native, so only visible rows exist. Images are the usual culprit, so I downsample them to the display size instead of decoding a 4000-pixel photo for an 80-pixel thumbnail, load them asynchronously and cache them in memory and on disk with Coil, Glide or Kingfisher. I keep onBindViewHolder or cellForRowAt cheap by precomputing formatted text and sizes. Updates use DiffUtil or diffable data sources with stable ids, so one new item doesn't redraw the whole list.",
  },
  {
    id: "mo-swift-retain-cycles",
    kind: "technical",
    roles: ["mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Memory management",
    skills: ["swift", "ios", "memory management"],
    question: "How does memory management work in Swift, and how do you find and fix a retain cycle?",
    keyPoints: [
      {
        point: "ARC counts strong references and frees objects at zero",
        concepts: [["arc", "automatic reference counting", "reference count", "retain count", "reference counting"]],
      },
      {
        point: "A retain cycle is objects holding each other strongly, often via closures capturing self or strong delegates",
        concepts: [
          ["retain cycle", "reference cycle", "strong reference cycle", "cycle"],
          ["closure", "closures", "delegate", "delegates", "captures self", "capturing self"],
        ],
      },
      {
        point: "Break it with weak or unowned references ([weak self])",
        concepts: [["weak", "unowned", "[weak self]", "capture list"]],
      },
      {
        point: "Find it with deinit checks, the Memory Graph Debugger or Leaks instrument",
        concepts: [["memory graph", "memory graph debugger", "instruments", "leaks instrument", "deinit"]],
      },
    ],
    modelAnswer:
      "Swift uses ARC, automatic reference counting: each strong reference increases an object's count and the object is freed when the count drops to zero. A retain cycle happens when objects keep each other alive with strong references, most often a closure stored on a view controller that captures self, or a delegate property declared strong. Neither count reaches zero, so both leak. I fix it by breaking one side with weak or unowned: delegates are declared weak, and escaping closures use a capture list like [weak self] with guard let self. To find cycles I check that deinit is called when a screen is dismissed, then use Xcode's Memory Graph Debugger or the Leaks instrument to see who holds the reference.",
  },
  {
    id: "mo-kotlin-coroutines",
    kind: "technical",
    roles: ["mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Android concurrency",
    skills: ["kotlin", "android", "coroutines"],
    question: "Explain structured concurrency with Kotlin coroutines on Android. How do you avoid leaks and handle cancellation?",
    keyPoints: [
      {
        point: "Launch in lifecycle-bound scopes (viewModelScope, lifecycleScope), never GlobalScope",
        concepts: [
          ["viewmodelscope", "lifecyclescope", "coroutinescope", "scope"],
          ["globalscope", "lifecycle", "cleared", "oncleared", "lifetime"],
        ],
      },
      {
        point: "Parent/child hierarchy: parents wait for children; cancellation and failures propagate",
        concepts: [
          ["parent", "children", "child", "hierarchy", "job tree"],
          ["propagate", "propagates", "propagation", "cancel", "cancelled", "canceled"],
        ],
      },
      {
        point: "Pick threads with withContext and the right Dispatcher",
        concepts: [["dispatchers.io", "dispatchers.main", "dispatchers.default", "withcontext"]],
      },
      {
        point: "Cancellation is cooperative; don't swallow CancellationException",
        concepts: [["cooperative", "isactive", "ensureactive", "cancellationexception", "suspension point", "suspend point"]],
      },
      {
        point: "Use supervisorScope / SupervisorJob so one failure doesn't cancel siblings",
        concepts: [["supervisorscope", "supervisorjob", "coroutineexceptionhandler", "supervisor"]],
      },
    ],
    modelAnswer:
      "Structured concurrency means every coroutine is launched in a scope, and the scope defines its lifetime: in a ViewModel I use viewModelScope, which is cancelled in onCleared, and in UI code lifecycleScope with repeatOnLifecycle, never GlobalScope. Coroutines form a parent and children hierarchy: a parent waits for its children, cancelling the parent cancels them all, and a failing child propagates its exception upward. I choose threads with withContext(Dispatchers.IO) for blocking I/O and Dispatchers.Default for CPU work, then return to Dispatchers.Main. Cancellation is cooperative: suspending calls check it automatically, but long CPU loops should call ensureActive, and catch blocks must rethrow CancellationException. When one failed child shouldn't cancel its siblings, I use supervisorScope and handle errors with try/catch.",
  },
  {
    id: "mo-flutter-state",
    kind: "technical",
    roles: ["mobile"],
    levels: ["junior", "mid-level"],
    difficulty: "medium",
    topic: "Flutter",
    skills: ["flutter", "dart"],
    question:
      "In Flutter, what is the difference between StatelessWidget and StatefulWidget, and how do you manage state as an app grows?",
    keyPoints: [
      {
        point: "A StatelessWidget is immutable and built only from its constructor inputs",
        concepts: [
          ["statelesswidget", "stateless", "stateless widget"],
          ["immutable", "final fields", "constructor", "only depends on its inputs"],
        ],
      },
      {
        point: "A StatefulWidget has a persistent State object; setState triggers a rebuild",
        concepts: [
          ["statefulwidget", "stateful", "state object"],
          ["setstate", "rebuild", "rebuilds", "build method"],
        ],
      },
      {
        point: "Shared state is lifted into a solution such as Provider, Riverpod or Bloc",
        concepts: [["provider", "riverpod", "bloc", "cubit", "inheritedwidget", "redux"]],
      },
      {
        point: "Keep rebuilds cheap and local: const widgets, Consumer/select",
        concepts: [["const", "const constructors", "rebuild only", "localized rebuilds", "selector", "consumer"]],
      },
      {
        point: "Keep business logic out of widgets so it is testable",
        concepts: [["business logic", "separation of concerns", "testable", "unit test", "repository"]],
      },
    ],
    modelAnswer:
      "A StatelessWidget is immutable: it describes UI purely from its constructor parameters, so it only changes when its parent rebuilds it with new configuration. A StatefulWidget pairs with a State object that persists across rebuilds, and calling setState marks it dirty so the build method runs again with the new values. setState is fine for local UI state like a toggle, but shared state gets lifted up into something like Riverpod, Provider or Bloc, which build on InheritedWidget-style dependency tracking. That keeps business logic out of widgets, so it is testable with plain unit tests. For performance I use const constructors and keep rebuilds local with Consumer or select so only the widgets that depend on a value rebuild.",
  },
  {
    id: "mo-app-store-release",
    kind: "technical",
    roles: ["mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Release management",
    skills: ["app store", "google play", "fastlane", "ci/cd", "ios", "android"],
    question: "Describe how you ship a new version of a mobile app to the App Store and Google Play safely.",
    keyPoints: [
      {
        point: "Automated, signed builds from CI (e.g. fastlane)",
        concepts: [
          ["fastlane", "ci pipeline", "bitrise", "xcode cloud", "codemagic", "automated build"],
          ["sign", "signing", "signed", "certificates", "provisioning profile", "upload key"],
        ],
      },
      {
        point: "Beta testing via TestFlight and Play testing tracks",
        concepts: [["testflight", "internal testing", "closed testing", "beta", "internal track"]],
      },
      {
        point: "Store review takes time and can reject a build",
        concepts: [["app review", "submit for review", "store review", "review guidelines", "rejection", "rejected"]],
      },
      {
        point: "Phased / staged rollout while watching crash rates",
        concepts: [
          ["phased release", "staged rollout", "percentage rollout", "gradual rollout", "gradual"],
          ["crash-free", "crash rate", "crashlytics", "halt", "pause the rollout", "pausing the rollout"],
        ],
      },
      {
        point: "No instant rollback on mobile, so use feature flags / remote config",
        concepts: [["feature flag", "feature flags", "remote config", "kill switch"]],
      },
    ],
    modelAnswer:
      "I bump the version and build number, and a CI pipeline with fastlane builds, tests and signs the release with the distribution certificate on iOS and the upload key on Android, so nothing depends on one laptop. The build first goes to TestFlight and the Play internal testing track for QA and a group of beta users. Then it is submitted for App Review with updated release notes and screenshots, leaving a day or two in case of rejection. I release with a phased release on iOS and a staged rollout on Play, starting around 1-5%, watching the crash-free sessions rate in Crashlytics and pausing the rollout if it drops. Since there is no instant rollback on mobile, risky features ship behind feature flags or remote config so they can be switched off without a new build.",
  },
  {
    id: "mo-deep-links",
    kind: "technical",
    roles: ["mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Navigation",
    skills: ["ios", "android", "deep linking"],
    question:
      "How do you implement links like https://shop.example.com/product/42 that open the app directly on iOS and Android?",
    keyPoints: [
      {
        point: "Universal Links on iOS and App Links on Android (verified HTTPS links)",
        concepts: [
          ["universal links", "universal link", "apple universal links"],
          ["app links", "android app links", "app link"],
        ],
      },
      {
        point: "Domain verification files: apple-app-site-association and assetlinks.json",
        concepts: [
          ["apple-app-site-association", "aasa", "site association"],
          ["assetlinks.json", "assetlinks", "digital asset links"],
        ],
      },
      {
        point: "App configuration: associated domains entitlement and intent filters with autoVerify",
        concepts: [["associated domains", "entitlement", "intent filter", "intent-filter", "autoverify"]],
      },
      {
        point: "A central router parses the URL and navigates, handling login and unknown ids",
        concepts: [["router", "routing", "parse", "parses", "navigation graph", "navigates"]],
      },
      {
        point: "Fallback to the website when the app isn't installed; deferred deep links",
        concepts: [["fallback", "not installed", "website", "deferred deep link", "deferred"]],
      },
    ],
    modelAnswer:
      "On iOS I use Universal Links and on Android App Links, both of which are ordinary HTTPS URLs that the OS opens in the app once the domain is verified. Verification relies on files hosted on the domain: apple-app-site-association listing the app ID and paths, and assetlinks.json with the Android package name and signing certificate fingerprint. In the app I add the associated domains entitlement on iOS and an intent filter with autoVerify on Android. Incoming URLs go through a single router that parses the path, such as product/42, and navigates to the right screen, asking the user to log in first if needed and showing a friendly error for unknown ids. If the app isn't installed, the same URL just opens the website, and a deferred deep link service can carry the destination through the install.",
  },
  {
    id: "mo-crash-investigation",
    kind: "technical",
    roles: ["mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "medium",
    topic: "Debugging",
    skills: ["crashlytics", "ios", "android", "debugging"],
    question: "Crash reports show a crash that only happens in production on some devices. How do you investigate?",
    keyPoints: [
      {
        point: "Use a crash reporter with symbolicated stack traces (dSYMs, R8 mapping files)",
        concepts: [
          ["crashlytics", "sentry", "crash reporter", "crash reporting"],
          ["dsym", "symbolicate", "symbolicated", "symbolication", "mapping file", "deobfuscate"],
        ],
      },
      {
        point: "Look for patterns: OS version, device model, app version, memory",
        concepts: [["os version", "device model", "app version", "manufacturer", "pattern", "common factor"]],
      },
      {
        point: "Use breadcrumbs and custom keys to see what the user did",
        concepts: [["breadcrumbs", "breadcrumb", "custom logs", "custom keys", "user actions"]],
      },
      {
        point: "Reproduce under the same conditions with a release build",
        concepts: [
          ["reproduce", "repro", "reproduction"],
          ["release build", "same device", "same os", "emulator", "low memory", "slow network"],
        ],
      },
      {
        point: "Add a regression test and monitor the crash-free rate after the fix",
        concepts: [["regression test", "crash-free", "verify the fix", "monitor the fix"]],
      },
    ],
    modelAnswer:
      "I open the crash in Crashlytics or Sentry, making sure the stack trace is symbolicated: that requires uploading the dSYM files for iOS and the R8 mapping file for Android, otherwise the frames are unreadable. Then I look for a pattern in the affected sessions, such as a specific OS version, device model or manufacturer, app version, or low free memory. Breadcrumbs and custom keys I log, like the last screens visited and the feature flags on, show what the user was doing. With that I try to reproduce it on the same OS in a release build, since optimizations and obfuscation can change behaviour, or on an emulator with low memory or a slow network. After the fix I add a regression test and monitor the crash-free rate for the new version.",
  },
  {
    id: "mo-offline-sync",
    kind: "technical",
    roles: ["mobile"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Offline sync",
    skills: ["offline-first", "sqlite", "ios", "android", "sync"],
    question:
      "Design offline support for a note-taking app: users edit notes without a connection and on multiple devices. How do you sync and resolve conflicts?",
    keyPoints: [
      {
        point: "A local database is the UI's source of truth (offline-first)",
        concepts: [
          ["local database", "sqlite", "room", "core data", "realm", "grdb"],
          ["source of truth", "offline-first", "offline first", "reads locally", "reads from the local"],
        ],
      },
      {
        point: "Queue pending changes in an outbox and retry with backoff when online",
        concepts: [
          ["outbox", "queue", "pending changes", "pending operations", "pending-operations"],
          ["retry", "retries", "backoff", "back online", "connectivity returns", "when online"],
        ],
      },
      {
        point: "Client-generated ids and idempotent operations",
        concepts: [["uuid", "client-generated id", "client generated id", "idempotent", "idempotency"]],
      },
      {
        point: "Detect conflicts with versions/revisions",
        concepts: [
          ["version", "versions", "revision", "etag", "updated_at", "vector clock"],
          ["conflict", "conflicts", "concurrent edits"],
        ],
      },
      {
        point: "Resolve conflicts: last-write-wins, field-level merge, CRDTs, or keep both",
        concepts: [["last write wins", "last-write-wins", "lww", "crdt", "crdts", "merge", "keep both"]],
      },
      {
        point: "Pull incremental changes since a cursor",
        concepts: [["delta", "since the last sync", "cursor", "sync token", "changes since", "incremental"]],
      },
    ],
    modelAnswer:
      "The app is offline-first: every edit goes into a local database such as SQLite via Room or Core Data, and the UI only reads from that local source of truth, so it works the same with or without a connection. Each change is also written to an outbox queue of pending operations, which a background sync worker sends when back online, with retry and exponential backoff. Notes get client-generated UUIDs and operations are idempotent, so a resent request doesn't create duplicates. Every note carries a server revision number; the client sends the revision it edited, and the server detects a conflict when another device has updated it in between, which I resolve with a field-level merge or a CRDT for the note body, falling back to last-write-wins for simple fields and never silently losing text. Pulling uses delta sync: the client asks for changes since its last cursor instead of downloading everything.",
  },
  {
    id: "mo-react-native-performance",
    kind: "technical",
    roles: ["mobile", "frontend"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "React Native",
    skills: ["react native", "javascript", "typescript", "performance"],
    question:
      "A React Native app feels sluggish: animations stutter and screens are slow to open. How do you diagnose and fix it?",
    keyPoints: [
      {
        point: "Distinguish the JS thread from the native UI thread",
        concepts: [
          ["js thread", "javascript thread", "js side", "javascript side"],
          ["ui thread", "main thread", "native thread"],
        ],
      },
      {
        point: "Profile before changing anything",
        concepts: [["profiler", "profile", "perf monitor", "performance monitor", "flipper", "react devtools"]],
      },
      {
        point: "Eliminate unnecessary re-renders with memoization",
        concepts: [
          ["re-render", "re-renders", "rerender", "rerenders", "re-rendering"],
          ["react.memo", "memo", "usememo", "usecallback", "memoize"],
        ],
      },
      {
        point: "Run animations on the UI thread (Reanimated, native driver)",
        concepts: [["usenativedriver", "native driver", "reanimated", "worklet", "worklets"]],
      },
      {
        point: "Use Hermes and the new architecture (JSI, Fabric) instead of the old bridge",
        concepts: [["hermes", "new architecture", "jsi", "fabric", "turbomodules", "turbo modules"]],
      },
      {
        point: "Use virtualized lists tuned for performance",
        concepts: [["flashlist", "flatlist", "getitemlayout", "windowsize", "virtualized list"]],
      },
    ],
    modelAnswer:
      "React Native runs app logic on the JS thread and draws on the native UI thread, so anything that keeps the JS thread busy, like heavy renders or big JSON parsing, delays touches and JS-driven animations. I measure first with the perf monitor to see which thread drops frames, and the React DevTools profiler to find components that render too often or too slowly. Unnecessary re-renders are the most common cause, fixed with React.memo, useMemo and useCallback for stable props, and by keeping state close to where it's used. Animations should run on the UI thread with Reanimated worklets or useNativeDriver so they stay smooth even when JS is busy. I make sure Hermes and the new architecture (JSI, Fabric, TurboModules) are enabled, which removes the old asynchronous bridge, and long lists use FlashList or a tuned FlatList, while heavy work on a new screen is deferred until the transition finishes.",
  },
  {
    id: "mo-app-startup-time",
    kind: "technical",
    roles: ["mobile"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Performance",
    skills: ["performance", "android", "kotlin", "ios"],
    question: "Your app takes 4 seconds to show its first screen on mid-range Android phones. How do you bring cold start down?",
    keyPoints: [
      {
        point: "Measure cold start on real devices and trace where time goes",
        concepts: [
          ["cold start", "time to initial display", "ttid", "time to first frame", "macrobenchmark", "app startup"],
          ["trace", "perfetto", "profile", "systrace", "startup trace"],
        ],
      },
      {
        point: "Defer or lazily initialize SDKs not needed for the first frame",
        concepts: [
          ["lazy", "lazily", "defer", "deferred", "on demand"],
          ["sdk", "sdks", "application.oncreate", "initialization", "initializers", "app startup library"],
        ],
      },
      {
        point: "Keep I/O and network off the main thread; show cached content",
        concepts: [["cached content", "show cached", "skeleton", "placeholder", "cached data"]],
      },
      {
        point: "Use baseline profiles for ahead-of-time compilation",
        concepts: [["baseline profile", "baseline profiles", "aot", "ahead-of-time", "ahead of time", "dex layout"]],
      },
      {
        point: "Guard against regressions with CI benchmarks and vitals",
        concepts: [["regression", "regressions", "android vitals", "vitals", "benchmark in ci", "startup benchmark"]],
      },
    ],
    modelAnswer:
      "First I measure cold start on a real mid-range device with Macrobenchmark, which reports time to initial display, and capture a Perfetto trace to see where the 4 seconds go. Usually Application.onCreate initializes many SDKs like analytics, crash reporting, ads and DI graphs synchronously, so I defer or lazily initialize anything not needed for the first frame, using the App Startup library or a background thread. Disk and network work comes off the main thread, and the first screen shows cached content or a skeleton instead of waiting for an API call. Baseline profiles let ART compile the hot startup code ahead of time, which often saves 20-30%. Finally a startup benchmark runs in CI and Android Vitals is watched so regressions are caught before users notice.",
  },
  {
    id: "mo-api-versioning-force-update",
    kind: "technical",
    roles: ["mobile", "backend"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Release management",
    skills: ["api", "mobile", "versioning", "feature flags"],
    question:
      "Old versions of your app stay installed for months. How do you evolve the backend API and, when necessary, force users to update?",
    keyPoints: [
      {
        point: "Only make backward-compatible, additive API changes",
        concepts: [["backward compatible", "backwards compatible", "backward-compatible", "additive", "don't remove fields", "optional fields"]],
      },
      {
        point: "Version endpoints for breaking changes and deprecate old ones over a window",
        concepts: [
          ["versioned", "versioning", "/v2", "api version"],
          ["deprecate", "deprecation", "sunset", "support window", "for months"],
        ],
      },
      {
        point: "Send the app version with each request to track adoption",
        concepts: [["app version header", "user-agent", "client version", "version header", "adoption"]],
      },
      {
        point: "A remotely configured minimum supported version drives soft and hard update prompts",
        concepts: [
          ["minimum version", "minimum supported version", "min version", "force update", "forced update", "hard update"],
          ["remote config", "config endpoint", "update prompt", "soft update", "in-app update"],
        ],
      },
      {
        point: "Server-driven feature flags change behaviour without a release",
        concepts: [["feature flag", "feature flags", "server-driven", "kill switch"]],
      },
    ],
    modelAnswer:
      "I treat the API as a contract with clients I can't update: changes are additive, new fields are optional and nothing old is removed or renamed, so older app versions keep working. When a breaking change is unavoidable I add a versioned endpoint such as /v2 and keep /v1 running through a deprecation window of several months. Every request carries an app version header, so I can see the adoption of each version and know when it is safe to sunset old endpoints. The app fetches a remote config with a minimum supported version on launch: below a soft threshold it shows an update prompt, below the hard one it blocks usage with a force update screen, which I reserve for security issues or broken versions. Feature flags let us switch behaviour on the server without waiting for users to upgrade.",
  },
  {
    id: "mo-background-work",
    kind: "technical",
    roles: ["mobile"],
    levels: ["mid-level", "senior"],
    difficulty: "hard",
    topic: "Background work",
    skills: ["android", "ios", "kotlin", "swift", "workmanager"],
    question:
      "Your app must upload photos and sync data periodically without draining the battery. How do you schedule background work on Android and iOS?",
    keyPoints: [
      {
        point: "Android: WorkManager with constraints (unmetered network, charging, battery not low)",
        concepts: [
          ["workmanager", "work manager", "periodicworkrequest", "onetimeworkrequest"],
          ["constraints", "unmetered", "wi-fi", "wifi", "charging", "battery not low"],
        ],
      },
      {
        point: "The OS (Doze, App Standby, iOS scheduling) decides when work runs",
        concepts: [["doze", "app standby", "standby buckets", "battery optimization", "os decides", "system decides", "opportunistic"]],
      },
      {
        point: "iOS: BGTaskScheduler for periodic work and background URLSession for uploads",
        concepts: [
          ["bgtaskscheduler", "bgapprefreshtask", "bgprocessingtask", "background fetch"],
          ["background urlsession", "background session", "urlsession background", "background transfer"],
        ],
      },
      {
        point: "User-initiated long tasks need a foreground service with a notification",
        concepts: [["foreground service", "ongoing notification", "user-initiated", "user initiated data transfer"]],
      },
      {
        point: "Batch work, back off on failure and make uploads resumable",
        concepts: [["batch", "batching", "backoff", "resumable", "chunked upload", "resume"]],
      },
    ],
    modelAnswer:
      "On Android I use WorkManager: a periodic sync worker and one-off upload workers with constraints such as an unmetered network and battery not low, or charging for big backlogs. The OS defers work under Doze and App Standby buckets, so I design for the system deciding when jobs run rather than exact timing. On iOS, periodic sync uses BGTaskScheduler with a BGAppRefreshTask, and photo uploads go through a background URLSession, which keeps transferring even after the app is suspended. If the user explicitly starts a large upload and expects to watch it, Android needs a foreground service with an ongoing notification, or a user-initiated data transfer job on newer versions. To save battery I batch uploads, use exponential backoff on failure, and make uploads resumable in chunks so a dropped connection doesn't restart a 50 MB video.",
  },
  {
    id: "mo-mobile-security-threats",
    kind: "technical",
    roles: ["mobile"],
    levels: ["senior"],
    difficulty: "hard",
    topic: "Mobile security",
    skills: ["security", "ios", "android", "owasp"],
    question: "What are the main security risks specific to mobile apps, and how do you mitigate them?",
    keyPoints: [
      {
        point: "The binary can be reverse engineered, so it must contain no secrets",
        concepts: [
          ["reverse engineer", "reverse-engineer", "reverse engineering", "decompile", "decompiled", "jadx"],
          ["no secrets", "api keys", "secrets in the app", "hardcoded", "obfuscation", "obfuscate"],
        ],
      },
      {
        point: "Never trust the client: the server enforces authorization and validation",
        concepts: [["server-side", "server side", "backend enforces", "never trust the client", "don't trust the client", "do not trust the client"]],
      },
      {
        point: "TLS everywhere and certificate pinning against man-in-the-middle attacks",
        concepts: [
          ["certificate pinning", "cert pinning", "public key pinning", "pinning"],
          ["man-in-the-middle", "mitm", "intercept", "interception", "proxy"],
        ],
      },
      {
        point: "Attestation and integrity checks for tampered, rooted or jailbroken devices",
        concepts: [
          ["app attest", "play integrity", "attestation", "integrity api", "devicecheck"],
          ["tampered", "tampering", "rooted", "jailbroken", "modified app"],
        ],
      },
      {
        point: "Prevent local data leakage: logs, screenshots, backups, clipboard",
        concepts: [["logcat", "screenshots", "clipboard", "backups", "keyboard cache", "app switcher"]],
      },
    ],
    modelAnswer:
      "The app binary is in attackers' hands, so anything inside can be reverse engineered with tools like jadx or Hopper: I keep no secrets or privileged API keys in the app and use obfuscation only as a speed bump. Because the client can be modified, the server-side API must enforce authorization, validation, rate limits and business rules; never trust the client. For network traffic, TLS everywhere plus certificate pinning for sensitive apps makes man-in-the-middle interception with a proxy much harder, with a backup pin and a plan for rotation. Play Integrity and App Attest give the backend attestation that requests come from a genuine, untampered app, and high-risk features can refuse rooted or jailbroken devices. Finally I prevent data leakage: tokens in the Keychain or Keystore, no personal data in logs, sensitive screens hidden from screenshots and the app switcher, and nothing sensitive in backups or the clipboard.",
  },
];
