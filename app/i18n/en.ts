import * as accountText from "./areas/account/account";
import * as notificationsText from "./areas/notifications/notifications";
import * as authText from "./areas/account/auth";
import * as twoFactorText from "./areas/account/two-factor";
import * as homeText from "./areas/account/home";
import * as adminText from "./areas/admin/admin";
import * as directoryText from "./areas/directory/directory";
import * as nominationsText from "./areas/directory/nominations";
import * as calendarText from "./areas/calendar/calendar";
import * as groupsText from "./areas/groups/groups";
import * as planText from "./areas/groups/plan";
import * as resourcesText from "./areas/resources/resources";
import * as activitiesText from "./areas/activities/activities";
import * as projectsText from "./areas/projects/projects";
import * as chartsText from "./areas/projects/charts";
import * as recommendationsText from "./areas/recommendations/recommendations";
import * as searchText from "./areas/search/search";
import type { Leaves } from "./leaves";

// English interface text. zh.ts must have exactly the same keys (the type checker enforces it).
const en = {
  app: {
    name: "Coordination Platform",
    tagline: "Global Counter-Terrorism Coordination Compact",
  },
  common: {
    couldNotSave: "Could not save: the platform cannot reach its database right now. What you typed is still here; try again in a moment.",
    save: "Save",
    saveChanges: "Save changes",
    cancel: "Cancel",
    confirm: "Confirm",
    back: "Back",
    search: "Search",
    filter: "Filter",
    applyFilters: "Apply filters",
    clearFilters: "Clear filters",
    all: "All",
    any: "Any",
    none: "None",
    yes: "Yes",
    no: "No",
    edit: "Edit",
    delete: "Delete",
    create: "Create",
    actions: "Actions",
    optional: "optional",
    required: "required",
    loading: "Loading…",
    saved: "Saved.",
    never: "Never",
    resultCount_one: "{{count}} result",
    resultCount_other: "{{count}} results",
    showingRange: "Showing {{from}}–{{to}} of {{total}}",
    previousPage: "Previous",
    nextPage: "Next",
    pagination: "Pagination",
    pageOf: "Page {{page}} of {{pages}}",
    sortBy: "Sort by",
    formHasErrors: "Please correct the highlighted fields.",
    staleEdit:
      "Someone else changed this record while you were editing. Their version is shown below; review it and apply your change again.",
    areYouSure: "Are you sure?",
  },
  nav: {
    main: "Main navigation",
    skipToContent: "Skip to content",
    menu: "Menu",
    yourAccount: "Your account",
    home: "Home",
    directory: "Directory",
    network: "Network",
    calendar: "Calendar",
    groups: "Working groups",
    resources: "Resources",
    activities: "Activities",
    projects: "Projects",
    recommendations: "Recommendations",
    admin: "Administration",
    account: "My account",
    signedInAs: "Signed in as {{name}}, {{organization}}",
    signOut: "Sign out",
    language: "Language",
    changeLanguage: "Change language",
    languageHint: "The page switches to the chosen language at once.",
  },
  // Each language named in itself, the same in every language (see languageNames in config.ts).
  languages: { ar: "العربية", zh: "中文", en: "English", fr: "Français", ru: "Русский", es: "Español" },
  auth: authText.en,
  twoFactor: twoFactorText.en,
  account: accountText.en,
  notifications: notificationsText.en,
  home: homeText.en,
  admin: adminText.en,
  directory: directoryText.en,
  nominations: nominationsText.en,
  calendar: calendarText.en,
  groups: groupsText.en,
  plan: planText.en,
  resources: resourcesText.en,
  projects: projectsText.en,
  charts: chartsText.en,
  activities: activitiesText.en,
  recommendations: recommendationsText.en,
  search: searchText.en,
  enums: {
    role: { ADMIN: "Administrator", SECRETARIAT: "Secretariat", FOCAL_POINT: "Focal point" },
    status: { INVITED: "Invited", ACTIVE: "Active", SUSPENDED: "Suspended" },
    orgKind: { MEMBER_STATE: "Member State", COMPACT_ENTITY: "Compact entity", COMPACT_OBSERVER: "Compact observer" },
    region: { AFRICA: "Africa", AMERICAS: "Americas", ASIA: "Asia", EUROPE: "Europe", OCEANIA: "Oceania" },
    groupRole: { CHAIR: "Chair", VICE_CHAIR: "Vice-chair", MEMBER: "Member" },
    leadRole: { CHAIR: "Chair", CO_CHAIR: "Co-chair", VICE_CHAIR: "Vice-chair" },
  },
  errors: {
    notFoundTitle: "Page not found",
    notFoundBody: "There is nothing here, or you do not have access to it.",
    forbiddenTitle: "Not allowed",
    forbiddenBody: "Your account does not give access to this page.",
    badRequestTitle: "Something in the request was not right",
    serverErrorTitle: "Something went wrong",
    serverErrorBody: "An unexpected error occurred. It has been logged; please try again.",
    goHome: "Go to the home page",
    inField: "{{field}}: {{message}}",
    invalidField: "this value is not valid.",
    requiredField: "this is required.",
    invalidEmail: "enter an email address such as name@example.org.",
    invalidUrl: "enter a web address that starts with https://.",
    invalidDate: "enter a date such as 2027-03-15.",
    invalidFormat: "this is not in the expected form.",
    chooseOption: "choose one of the options.",
    chooseAtLeast: "choose at least {{min}}.",
    chooseAtMost: "choose at most {{max}}.",
    tooLong: "at most {{max}} characters.",
    tooShort: "at least {{min}} characters.",
    numberMin: "enter a number of at least {{min}}.",
    numberMax: "enter a number of at most {{max}}.",
    notANumber: "enter a number.",
    wholeNumber: "enter a whole number.",
    lettersCode: "enter a code of {{length}} letters (A–Z).",
    problemHeading: "There is a problem",
    controlCharacters: "remove the invisible control characters (such as NUL) from this text.",
    dateOutOfRange: "enter a date between the years 1900 and 2200.",
    notAForm: "this request did not carry a form.",
    tooManyParts: "the form carried more fields or files than it has; please send it again from its page.",
    unreadableForm: "the form could not be read; please send it again.",
    unavailableTitle: "The platform cannot reach its database right now",
    unavailableBody: "Nothing was changed. Try again in a moment; if you were sending a form, go back to it: what you typed is kept.",
    tryAgain: "Try again",
  },
  mail: {
    greeting: "Hello {{name}},",
    secretariat: "The secretariat",
    signature: "The Coordination Platform secretariat",
    inviteSubject: "Invitation to the Coordination Platform",
    inviteBody:
      "{{inviter}} has invited you to join the Coordination Platform as a focal point of {{organization}}. Open this link to choose your password (valid until {{expires}}):",
    resetSubject: "Reset your Coordination Platform password",
    resetBody:
      "Someone (hopefully you) asked to reset the password of your account. Open this link within {{minutes}} minutes to choose a new one:",
    resetIgnore: "If you did not ask for this, you can ignore this message: your password stays as it is.",
    secondFactorAddedSubject: "Two-factor sign-in turned on",
    secondFactorAddedBody:
      "An authenticator app was set up as the second factor of your account. From now on you sign in with your password and a code from it.",
    secondFactorRemovedSubject: "Two-factor sign-in turned off",
    secondFactorRemovedBody: "The second factor of your account was turned off: you now sign in with your password only.",
    secondFactorResetSubject: "Your two-factor sign-in was reset",
    secondFactorResetBody:
      "An administrator reset the second factor of your account, and every session of yours was ended. At your next sign-in you will set up an authenticator app again.",
    secondFactorNotYou: "If this was not you, tell the secretariat at once.",
    passkeyAddedSubject: "A passkey was added to your account",
    passkeyAddedBody:
      "A passkey or security key was added as a second factor of your account: you can sign in with your password and that key.",
    passkeyRemovedSubject: "A passkey was removed from your account",
    passkeyRemovedBody: "A passkey or security key was removed from the second factors of your account.",
    passwordChangedSubject: "Your password was changed",
    passwordChangedBody: "The password of your account was changed on the account page, and every other session of yours was ended.",
    passwordResetBody: "The password of your account was reset through a link sent by mail, and every session of yours was ended.",
    passwordChangedNotYou: "If this was not you, reset your password at once with this link and tell the secretariat:",
    newDeviceSubject: "Sign-in from a new browser",
    newDeviceBody:
      "Your account was signed in to with the right password from a browser it had not been used from before, on {{when}} ({{browser}}, address {{address}}).",
    newDeviceNotYou: "If this was not you, change your password under My account at once and tell the secretariat.",
  },
};

export default en;

/** The shape every other language must fill in completely. */
export type Translation = Leaves<typeof en>;
