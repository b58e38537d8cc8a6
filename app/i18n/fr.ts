// Textes de l’interface en français : les clés de en.ts, avec les formes du pluriel du français (le type Translated les impose).
import type en from "./en";
import type { Translated } from "./leaves";
import * as authText from "./areas/account/auth";
import * as twoFactorText from "./areas/account/two-factor";
import * as accountText from "./areas/account/account";
import * as notificationsText from "./areas/notifications/notifications";
import * as homeText from "./areas/account/home";
import * as adminText from "./areas/admin/admin";
import * as directoryText from "./areas/directory/directory";
import * as nominationsText from "./areas/directory/nominations";
import * as calendarText from "./areas/calendar/calendar";
import * as groupsText from "./areas/groups/groups";
import * as planText from "./areas/groups/plan";
import * as resourcesText from "./areas/resources/resources";
import * as projectsText from "./areas/projects/projects";
import * as chartsText from "./areas/projects/charts";
import * as activitiesText from "./areas/activities/activities";
import * as recommendationsText from "./areas/recommendations/recommendations";
import * as searchText from "./areas/search/search";

const fr: Translated<typeof en, "fr"> = {
  twoFactor: twoFactorText.fr,
  app: {
    name: "Plateforme de coordination",
    tagline: "Pacte mondial de coordination contre le terrorisme",
  },
  common: {
    couldNotSave:
      "Enregistrement impossible : la plateforme ne parvient pas à joindre sa base de données pour le moment. Ce que vous avez saisi est conservé ; réessayez dans un instant.",
    save: "Enregistrer",
    saveChanges: "Enregistrer les modifications",
    cancel: "Annuler",
    confirm: "Confirmer",
    back: "Retour",
    search: "Rechercher",
    filter: "Filtrer",
    applyFilters: "Appliquer les filtres",
    clearFilters: "Effacer les filtres",
    all: "Tous",
    any: "Indifférent",
    none: "Aucun",
    yes: "Oui",
    no: "Non",
    edit: "Modifier",
    delete: "Supprimer",
    create: "Créer",
    actions: "Actions",
    optional: "facultatif",
    required: "obligatoire",
    loading: "Chargement…",
    saved: "Enregistré.",
    never: "Jamais",
    resultCount_one: "{{count}} résultat",
    resultCount_many: "{{count}} de résultats",
    resultCount_other: "{{count}} résultats",
    showingRange: "Résultats {{from}} à {{to}} sur {{total}}",
    previousPage: "Précédent",
    nextPage: "Suivant",
    pagination: "Navigation entre les pages",
    pageOf: "Page {{page}} sur {{pages}}",
    sortBy: "Trier par",
    formHasErrors: "Veuillez corriger les champs signalés.",
    staleEdit:
      "Quelqu’un d’autre a modifié cet enregistrement pendant que vous le modifiiez. Sa version est affichée ci-dessous ; veuillez l’examiner, puis apporter de nouveau votre modification.",
    areYouSure: "Voulez-vous vraiment continuer ?",
  },
  nav: {
    main: "Navigation principale",
    skipToContent: "Aller au contenu",
    menu: "Menu",
    yourAccount: "Votre compte",
    home: "Accueil",
    directory: "Annuaire",
    network: "Réseau",
    calendar: "Calendrier",
    groups: "Groupes de travail",
    resources: "Ressources",
    activities: "Activités",
    projects: "Projets",
    recommendations: "Recommandations",
    admin: "Administration",
    account: "Mon compte",
    signedInAs: "Session ouverte : {{name}}, {{organization}}",
    signOut: "Se déconnecter",
    language: "Langue",
    changeLanguage: "Changer de langue",
    languageHint: "La page s’affiche aussitôt dans la langue choisie.",
  },
  languages: {
    ar: "العربية",
    zh: "中文",
    en: "English",
    fr: "Français",
    ru: "Русский",
    es: "Español",
  },
  auth: authText.fr,
  account: accountText.fr,
  notifications: notificationsText.fr,
  home: homeText.fr,
  admin: adminText.fr,
  directory: directoryText.fr,
  nominations: nominationsText.fr,
  calendar: calendarText.fr,
  groups: groupsText.fr,
  plan: planText.fr,
  resources: resourcesText.fr,
  projects: projectsText.fr,
  charts: chartsText.fr,
  activities: activitiesText.fr,
  recommendations: recommendationsText.fr,
  search: searchText.fr,
  enums: {
    role: {
      ADMIN: "Administrateur",
      SECRETARIAT: "Secrétariat",
      FOCAL_POINT: "Point focal",
    },
    status: {
      INVITED: "Invité",
      ACTIVE: "Actif",
      SUSPENDED: "Suspendu",
    },
    orgKind: {
      MEMBER_STATE: "État Membre",
      COMPACT_ENTITY: "Entité du Pacte",
      COMPACT_OBSERVER: "Observateur du Pacte",
    },
    region: {
      AFRICA: "Afrique",
      AMERICAS: "Amériques",
      ASIA: "Asie",
      EUROPE: "Europe",
      OCEANIA: "Océanie",
    },
    groupRole: {
      CHAIR: "Président",
      VICE_CHAIR: "Vice-Président",
      MEMBER: "Membre",
    },
    leadRole: {
      CHAIR: "Présidence",
      CO_CHAIR: "Coprésidence",
      VICE_CHAIR: "Vice-présidence",
    },
  },
  errors: {
    controlCharacters: "retirez de ce texte les caractères de contrôle invisibles (comme NUL).",
    dateOutOfRange: "saisissez une date entre les années 1900 et 2200.",
    notAForm: "cette requête ne contenait pas de formulaire.",
    tooManyParts: "le formulaire contenait plus de champs ou de fichiers qu’il n’en a ; renvoyez-le depuis sa page.",
    unreadableForm: "le formulaire n’a pas pu être lu ; renvoyez-le.",
    unavailableTitle: "La plateforme ne parvient pas à joindre sa base de données pour le moment",
    unavailableBody:
      "Rien n’a été modifié. Réessayez dans un instant ; si vous envoyiez un formulaire, revenez-y : ce que vous avez saisi est conservé.",
    tryAgain: "Réessayer",
    notFoundTitle: "Page introuvable",
    notFoundBody: "Cette page n’existe pas ou vous n’y avez pas accès.",
    forbiddenTitle: "Accès non autorisé",
    forbiddenBody: "Votre compte ne donne pas accès à cette page.",
    badRequestTitle: "La requête comporte une erreur",
    serverErrorTitle: "Une erreur s’est produite",
    serverErrorBody: "Une erreur inattendue s’est produite. Elle a été consignée ; veuillez réessayer.",
    goHome: "Aller à la page d’accueil",
    inField: "{{field}} : {{message}}",
    invalidField: "cette valeur n’est pas valide.",
    requiredField: "ce champ est obligatoire.",
    invalidEmail: "saisissez une adresse électronique valide, par exemple name@example.org.",
    invalidUrl: "saisissez une adresse web commençant par https://.",
    invalidDate: "saisissez une date, par exemple 2027-03-15.",
    invalidFormat: "le format n’est pas celui attendu.",
    chooseOption: "choisissez l’une des options proposées.",
    chooseAtLeast: "choisissez-en au moins {{min}}.",
    chooseAtMost: "choisissez-en au plus {{max}}.",
    tooLong: "{{max}} caractères au maximum.",
    tooShort: "{{min}} caractères au minimum.",
    numberMin: "saisissez un nombre supérieur ou égal à {{min}}.",
    numberMax: "saisissez un nombre inférieur ou égal à {{max}}.",
    notANumber: "saisissez un nombre.",
    wholeNumber: "saisissez un nombre entier.",
    lettersCode: "saisissez un code de {{length}} lettres (A–Z).",
    problemHeading: "Le formulaire comporte des erreurs",
  },
  mail: {
    secondFactorAddedSubject: "Connexion à deux facteurs activée",
    secondFactorAddedBody:
      "Une application d’authentification a été configurée comme second facteur de votre compte. Désormais, vous vous connectez avec votre mot de passe et un code de celle-ci.",
    secondFactorRemovedSubject: "Connexion à deux facteurs désactivée",
    secondFactorRemovedBody:
      "Le second facteur de votre compte a été désactivé : vous vous connectez désormais avec votre mot de passe seulement.",
    secondFactorResetSubject: "Votre connexion à deux facteurs a été réinitialisée",
    secondFactorResetBody:
      "Un administrateur a réinitialisé le second facteur de votre compte et toutes vos sessions ont pris fin. À votre prochaine connexion, vous configurerez de nouveau une application d’authentification.",
    secondFactorNotYou: "Si ce n’était pas vous, prévenez immédiatement le secrétariat.",
    passkeyAddedSubject: "Une clé d’accès a été ajoutée à votre compte",
    passkeyAddedBody:
      "Une clé d’accès ou de sécurité a été ajoutée comme second facteur de votre compte : vous pouvez vous connecter avec votre mot de passe et cette clé.",
    passkeyRemovedSubject: "Une clé d’accès a été supprimée de votre compte",
    passkeyRemovedBody: "Une clé d’accès ou de sécurité a été supprimée des seconds facteurs de votre compte.",
    passwordChangedSubject: "Votre mot de passe a été modifié",
    passwordChangedBody:
      "Le mot de passe de votre compte a été modifié depuis la page du compte, et toutes vos autres sessions ont pris fin.",
    passwordResetBody:
      "Le mot de passe de votre compte a été réinitialisé au moyen d’un lien envoyé par courriel, et toutes vos sessions ont pris fin.",
    passwordChangedNotYou:
      "Si ce n’était pas vous, réinitialisez immédiatement votre mot de passe avec ce lien et prévenez le secrétariat :",
    newDeviceSubject: "Connexion depuis un nouveau navigateur",
    newDeviceBody:
      "Une connexion à votre compte avec le bon mot de passe a eu lieu depuis un navigateur jamais utilisé auparavant, le {{when}} ({{browser}}, adresse {{address}}).",
    newDeviceNotYou: "Si ce n’était pas vous, changez immédiatement votre mot de passe sous Mon compte et prévenez le secrétariat.",
    greeting: "Bonjour {{name}},",
    secretariat: "Le secrétariat",
    signature: "Le secrétariat de la Plateforme de coordination",
    inviteSubject: "Invitation à rejoindre la Plateforme de coordination",
    inviteBody:
      "{{inviter}} vous invite à rejoindre la Plateforme de coordination en qualité de point focal ({{organization}}). Veuillez ouvrir le lien ci-dessous pour choisir votre mot de passe (lien valable jusqu’au {{expires}}) :",
    resetSubject: "Réinitialisation de votre mot de passe de la Plateforme de coordination",
    resetBody:
      "Une personne (vous, nous l’espérons) a demandé la réinitialisation du mot de passe de votre compte. Veuillez ouvrir le lien ci-dessous dans les {{minutes}} minutes pour en choisir un nouveau :",
    resetIgnore: "Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message : votre mot de passe reste inchangé.",
  },
};

export default fr;
