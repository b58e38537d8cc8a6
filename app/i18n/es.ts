// Textos de la interfaz en español: las claves de en.ts, con las formas del plural del español (las impone el tipo Translated).
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

const es: Translated<typeof en, "es"> = {
  twoFactor: twoFactorText.es,
  app: {
    name: "Plataforma de Coordinación",
    tagline: "Pacto Mundial de Coordinación de la Lucha Antiterrorista",
  },
  common: {
    couldNotSave:
      "No se pudo guardar: la plataforma no puede acceder a su base de datos en este momento. Lo que escribió sigue aquí; inténtelo de nuevo en un momento.",
    save: "Guardar",
    saveChanges: "Guardar los cambios",
    cancel: "Cancelar",
    confirm: "Confirmar",
    back: "Volver",
    search: "Buscar",
    filter: "Filtrar",
    applyFilters: "Aplicar filtros",
    clearFilters: "Borrar filtros",
    all: "Todos",
    any: "Cualquiera",
    none: "Ninguno",
    yes: "Sí",
    no: "No",
    edit: "Editar",
    delete: "Eliminar",
    create: "Crear",
    actions: "Acciones",
    optional: "opcional",
    required: "obligatorio",
    loading: "Cargando…",
    saved: "Se ha guardado.",
    never: "Nunca",
    resultCount_one: "{{count}} resultado",
    resultCount_many: "{{count}} de resultados",
    resultCount_other: "{{count}} resultados",
    showingRange: "Resultados {{from}}–{{to}} de {{total}}",
    previousPage: "Anterior",
    nextPage: "Siguiente",
    pagination: "Paginación",
    pageOf: "Página {{page}} de {{pages}}",
    sortBy: "Ordenar por",
    formHasErrors: "Corrija los campos señalados.",
    staleEdit:
      "Otra persona modificó este registro mientras usted lo editaba. A continuación figura su versión; revísela y vuelva a introducir su cambio.",
    areYouSure: "¿Desea continuar?",
  },
  nav: {
    main: "Navegación principal",
    skipToContent: "Ir al contenido",
    menu: "Menú",
    yourAccount: "Su cuenta",
    home: "Inicio",
    directory: "Directorio",
    network: "Red de contactos",
    calendar: "Calendario",
    groups: "Grupos de trabajo",
    resources: "Recursos",
    activities: "Actividades",
    projects: "Proyectos",
    recommendations: "Recomendaciones",
    admin: "Administración",
    account: "Mi cuenta",
    signedInAs: "Sesión iniciada: {{name}}, {{organization}}",
    signOut: "Cerrar sesión",
    language: "Idioma",
    changeLanguage: "Cambiar de idioma",
    languageHint: "La página cambia de inmediato al idioma elegido.",
  },
  languages: {
    ar: "العربية",
    zh: "中文",
    en: "English",
    fr: "Français",
    ru: "Русский",
    es: "Español",
  },
  auth: authText.es,
  account: accountText.es,
  notifications: notificationsText.es,
  home: homeText.es,
  admin: adminText.es,
  directory: directoryText.es,
  nominations: nominationsText.es,
  calendar: calendarText.es,
  groups: groupsText.es,
  plan: planText.es,
  resources: resourcesText.es,
  projects: projectsText.es,
  charts: chartsText.es,
  activities: activitiesText.es,
  recommendations: recommendationsText.es,
  search: searchText.es,
  enums: {
    role: {
      ADMIN: "Administrador",
      SECRETARIAT: "Secretaría",
      FOCAL_POINT: "Punto focal",
    },
    status: {
      INVITED: "Invitado",
      ACTIVE: "Activo",
      SUSPENDED: "Suspendido",
    },
    orgKind: {
      MEMBER_STATE: "Estado Miembro",
      COMPACT_ENTITY: "Entidad del Pacto",
      COMPACT_OBSERVER: "Observador del Pacto",
    },
    region: {
      AFRICA: "África",
      AMERICAS: "Américas",
      ASIA: "Asia",
      EUROPE: "Europa",
      OCEANIA: "Oceanía",
    },
    groupRole: {
      CHAIR: "Presidente",
      VICE_CHAIR: "Vicepresidente",
      MEMBER: "Miembro",
    },
    leadRole: {
      CHAIR: "Presidencia",
      CO_CHAIR: "Copresidencia",
      VICE_CHAIR: "Vicepresidencia",
    },
  },
  errors: {
    controlCharacters: "elimine de este texto los caracteres de control invisibles (como NUL).",
    dateOutOfRange: "introduzca una fecha entre los años 1900 y 2200.",
    notAForm: "esta solicitud no contenía un formulario.",
    tooManyParts: "el formulario contenía más campos o archivos de los que tiene; envíelo de nuevo desde su página.",
    unreadableForm: "no se pudo leer el formulario; envíelo de nuevo.",
    unavailableTitle: "La plataforma no puede acceder a su base de datos en este momento",
    unavailableBody:
      "No se ha cambiado nada. Inténtelo de nuevo en un momento; si estaba enviando un formulario, vuelva a él: lo que escribió se conserva.",
    tryAgain: "Intentar de nuevo",
    notFoundTitle: "Página no encontrada",
    notFoundBody: "No hay nada aquí o usted no tiene acceso.",
    forbiddenTitle: "Acceso no permitido",
    forbiddenBody: "Su cuenta no da acceso a esta página.",
    badRequestTitle: "La solicitud contiene un error",
    serverErrorTitle: "Se ha producido un error",
    serverErrorBody: "Se ha producido un error inesperado. Ha quedado registrado; vuelva a intentarlo.",
    goHome: "Ir a la página de inicio",
    inField: "{{field}}: {{message}}",
    invalidField: "este valor no es válido.",
    requiredField: "este campo es obligatorio.",
    invalidEmail: "introduzca una dirección de correo electrónico válida; por ejemplo, name@example.org.",
    invalidUrl: "introduzca una dirección web que empiece por https://.",
    invalidDate: "introduzca una fecha; por ejemplo, 2027-03-15.",
    invalidFormat: "el formato no es el esperado.",
    chooseOption: "elija una de las opciones.",
    chooseAtLeast: "elija al menos {{min}}.",
    chooseAtMost: "elija como máximo {{max}}.",
    tooLong: "{{max}} caracteres como máximo.",
    tooShort: "{{min}} caracteres como mínimo.",
    numberMin: "introduzca un número igual o superior a {{min}}.",
    numberMax: "introduzca un número igual o inferior a {{max}}.",
    notANumber: "introduzca un número.",
    wholeNumber: "introduzca un número entero.",
    lettersCode: "introduzca un código de {{length}} letras (A–Z).",
    problemHeading: "El formulario contiene errores",
  },
  mail: {
    secondFactorAddedSubject: "Inicio de sesión en dos pasos activado",
    secondFactorAddedBody:
      "Se configuró una aplicación de autenticación como segundo factor de su cuenta. A partir de ahora inicia sesión con su contraseña y un código de ella.",
    secondFactorRemovedSubject: "Inicio de sesión en dos pasos desactivado",
    secondFactorRemovedBody: "Se desactivó el segundo factor de su cuenta: ahora inicia sesión solo con su contraseña.",
    secondFactorResetSubject: "Se restableció su inicio de sesión en dos pasos",
    secondFactorResetBody:
      "Un administrador restableció el segundo factor de su cuenta y se cerraron todas sus sesiones. En su próximo inicio de sesión volverá a configurar una aplicación de autenticación.",
    secondFactorNotYou: "Si no fue usted, avise de inmediato a la secretaría.",
    passkeyAddedSubject: "Se añadió una llave de acceso a su cuenta",
    passkeyAddedBody:
      "Se añadió una llave de acceso o de seguridad como segundo factor de su cuenta: puede iniciar sesión con su contraseña y esa llave.",
    passkeyRemovedSubject: "Se quitó una llave de acceso de su cuenta",
    passkeyRemovedBody: "Se quitó una llave de acceso o de seguridad de los segundos factores de su cuenta.",
    passwordChangedSubject: "Se cambió su contraseña",
    passwordChangedBody: "La contraseña de su cuenta se cambió en la página de la cuenta y se cerraron todas sus demás sesiones.",
    passwordResetBody: "La contraseña de su cuenta se restableció mediante un enlace enviado por correo y se cerraron todas sus sesiones.",
    passwordChangedNotYou: "Si no fue usted, restablezca de inmediato su contraseña con este enlace y avise a la secretaría:",
    newDeviceSubject: "Inicio de sesión desde un navegador nuevo",
    newDeviceBody:
      "Se inició sesión en su cuenta con la contraseña correcta desde un navegador no usado antes, el {{when}} ({{browser}}, dirección {{address}}).",
    newDeviceNotYou: "Si no fue usted, cambie de inmediato su contraseña en Mi cuenta y avise a la secretaría.",
    greeting: "Estimado/a {{name}}:",
    secretariat: "La secretaría",
    signature: "La secretaría de la Plataforma de Coordinación",
    inviteSubject: "Invitación a la Plataforma de Coordinación",
    inviteBody:
      "{{inviter}} le invita a unirse a la Plataforma de Coordinación como punto focal de {{organization}}. Abra el siguiente enlace para elegir su contraseña (válido hasta el {{expires}}):",
    resetSubject: "Restablecimiento de su contraseña de la Plataforma de Coordinación",
    resetBody:
      "Alguien (esperamos que usted) ha solicitado restablecer la contraseña de su cuenta. Abra el siguiente enlace en los próximos {{minutes}} minutos para elegir una nueva:",
    resetIgnore: "Si no ha realizado esta solicitud, puede ignorar este mensaje: su contraseña no cambiará.",
  },
};

export default es;
