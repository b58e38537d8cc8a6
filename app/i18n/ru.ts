// Тексты интерфейса на русском языке: ключи en.ts с формами множественного числа русского языка (их требует тип Translated).
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

const ru: Translated<typeof en, "ru"> = {
  twoFactor: twoFactorText.ru,
  app: {
    name: "Координационная платформа",
    tagline: "Глобальный договор о координации контртеррористической деятельности",
  },
  common: {
    couldNotSave:
      "Не удалось сохранить: платформа сейчас не может связаться со своей базой данных. Введённое вами сохранено; попробуйте ещё раз через минуту.",
    save: "Сохранить",
    saveChanges: "Сохранить изменения",
    cancel: "Отмена",
    confirm: "Подтвердить",
    back: "Назад",
    search: "Поиск",
    filter: "Фильтр",
    applyFilters: "Применить фильтры",
    clearFilters: "Сбросить фильтры",
    all: "Все",
    any: "Все",
    none: "Нет",
    yes: "Да",
    no: "Нет",
    edit: "Изменить",
    delete: "Удалить",
    create: "Создать",
    actions: "Действия",
    optional: "необязательно",
    required: "обязательно",
    loading: "Загрузка…",
    saved: "Сохранено.",
    never: "Никогда",
    resultCount_one: "{{count}} результат",
    resultCount_few: "{{count}} результата",
    resultCount_many: "{{count}} результатов",
    resultCount_other: "{{count}} результата",
    showingRange: "Показаны {{from}}–{{to}} из {{total}}",
    previousPage: "Предыдущая",
    nextPage: "Следующая",
    pagination: "Навигация по страницам",
    pageOf: "Страница {{page}} из {{pages}}",
    sortBy: "Сортировать по",
    formHasErrors: "Исправьте выделенные поля.",
    staleEdit:
      "Пока вы редактировали эту запись, ее изменил другой пользователь. Ниже показан измененный вариант; просмотрите его и внесите свое изменение еще раз.",
    areYouSure: "Вы уверены?",
  },
  nav: {
    main: "Основная навигация",
    skipToContent: "Перейти к основному содержанию",
    menu: "Меню",
    yourAccount: "Ваша учетная запись",
    home: "Главная",
    directory: "Справочник",
    network: "Сеть контактов",
    calendar: "Календарь",
    groups: "Рабочие группы",
    resources: "Материалы",
    activities: "Мероприятия",
    projects: "Проекты",
    recommendations: "Рекомендации",
    admin: "Администрирование",
    account: "Моя учетная запись",
    signedInAs: "Вы вошли как {{name}}, {{organization}}",
    signOut: "Выйти",
    language: "Язык",
    changeLanguage: "Сменить язык",
    languageHint: "Страница сразу переключится на выбранный язык.",
  },
  languages: {
    ar: "العربية",
    zh: "中文",
    en: "English",
    fr: "Français",
    ru: "Русский",
    es: "Español",
  },
  auth: authText.ru,
  account: accountText.ru,
  notifications: notificationsText.ru,
  home: homeText.ru,
  admin: adminText.ru,
  directory: directoryText.ru,
  nominations: nominationsText.ru,
  calendar: calendarText.ru,
  groups: groupsText.ru,
  plan: planText.ru,
  resources: resourcesText.ru,
  projects: projectsText.ru,
  charts: chartsText.ru,
  activities: activitiesText.ru,
  recommendations: recommendationsText.ru,
  search: searchText.ru,
  enums: {
    role: {
      ADMIN: "Администратор",
      SECRETARIAT: "Секретариат",
      FOCAL_POINT: "Координатор",
    },
    status: {
      INVITED: "Приглашение отправлено",
      ACTIVE: "Активна",
      SUSPENDED: "Приостановлена",
    },
    orgKind: {
      MEMBER_STATE: "Государство-член",
      COMPACT_ENTITY: "Структура Глобального договора",
      COMPACT_OBSERVER: "Наблюдатель при Глобальном договоре",
    },
    region: {
      AFRICA: "Африка",
      AMERICAS: "Америка",
      ASIA: "Азия",
      EUROPE: "Европа",
      OCEANIA: "Океания",
    },
    groupRole: {
      CHAIR: "Председатель",
      VICE_CHAIR: "Заместитель Председателя",
      MEMBER: "Член",
    },
    leadRole: {
      CHAIR: "Председатель",
      CO_CHAIR: "Сопредседатель",
      VICE_CHAIR: "Заместитель Председателя",
    },
  },
  errors: {
    controlCharacters: "удалите из текста невидимые управляющие символы (например, NUL).",
    dateOutOfRange: "введите дату между 1900 и 2200 годами.",
    notAForm: "этот запрос не содержал формы.",
    tooManyParts: "форма содержала больше полей или файлов, чем в ней есть; отправьте её ещё раз со своей страницы.",
    unreadableForm: "не удалось прочитать форму; отправьте её ещё раз.",
    unavailableTitle: "Платформа сейчас не может связаться со своей базой данных",
    unavailableBody: "Ничего не изменено. Попробуйте ещё раз через минуту; если вы отправляли форму, вернитесь к ней: введённое сохранено.",
    tryAgain: "Попробовать снова",
    notFoundTitle: "Страница не найдена",
    notFoundBody: "Здесь ничего нет, или у вас нет доступа к этой странице.",
    forbiddenTitle: "Доступ запрещен",
    forbiddenBody: "Ваша учетная запись не дает доступа к этой странице.",
    badRequestTitle: "Запрос содержит ошибку",
    serverErrorTitle: "Произошла ошибка",
    serverErrorBody: "Произошла непредвиденная ошибка. Сведения о ней записаны; повторите попытку.",
    goHome: "Перейти на главную страницу",
    inField: "{{field}}: {{message}}",
    invalidField: "недопустимое значение.",
    requiredField: "это поле обязательно для заполнения.",
    invalidEmail: "введите адрес электронной почты, например name@example.org.",
    invalidUrl: "введите веб-адрес, начинающийся с https://.",
    invalidDate: "введите дату, например 2027-03-15.",
    invalidFormat: "неверный формат.",
    chooseOption: "выберите один из вариантов.",
    chooseAtLeast: "выберите не менее {{min}}.",
    chooseAtMost: "выберите не более {{max}}.",
    tooLong: "не более {{max}} символов.",
    tooShort: "не менее {{min}} символов.",
    numberMin: "введите число не меньше {{min}}.",
    numberMax: "введите число не больше {{max}}.",
    notANumber: "введите число.",
    wholeNumber: "введите целое число.",
    lettersCode: "введите код из {{length}} латинских букв (A–Z).",
    problemHeading: "В форме есть ошибки",
  },
  mail: {
    secondFactorAddedSubject: "Двухфакторный вход включён",
    secondFactorAddedBody:
      "Для вашей учётной записи настроено приложение-аутентификатор как второй фактор. Теперь вы входите с паролем и кодом из него.",
    secondFactorRemovedSubject: "Двухфакторный вход отключён",
    secondFactorRemovedBody: "Второй фактор вашей учётной записи отключён: теперь вы входите только с паролем.",
    secondFactorResetSubject: "Ваш двухфакторный вход сброшен",
    secondFactorResetBody:
      "Администратор сбросил второй фактор вашей учётной записи, и все ваши сеансы завершены. При следующем входе вы снова настроите приложение-аутентификатор.",
    secondFactorNotYou: "Если это были не вы, немедленно сообщите секретариату.",
    passkeyAddedSubject: "К вашей учётной записи добавлен ключ доступа",
    passkeyAddedBody:
      "К вашей учётной записи добавлен ключ доступа или ключ безопасности в качестве второго фактора: вы можете входить с паролем и этим ключом.",
    passkeyRemovedSubject: "Из вашей учётной записи удалён ключ доступа",
    passkeyRemovedBody: "Из вторых факторов вашей учётной записи удалён ключ доступа или ключ безопасности.",
    passwordChangedSubject: "Ваш пароль изменён",
    passwordChangedBody: "Пароль вашей учётной записи изменён на странице учётной записи, и все остальные ваши сеансы завершены.",
    passwordResetBody: "Пароль вашей учётной записи сброшен по ссылке из письма, и все ваши сеансы завершены.",
    passwordChangedNotYou: "Если это были не вы, немедленно сбросьте пароль по этой ссылке и сообщите секретариату:",
    newDeviceSubject: "Вход из нового браузера",
    newDeviceBody:
      "В вашу учётную запись выполнен вход с правильным паролем из браузера, который раньше не использовался, {{when}} ({{browser}}, адрес {{address}}).",
    newDeviceNotYou: "Если это были не вы, немедленно смените пароль в разделе «Моя учётная запись» и сообщите секретариату.",
    greeting: "Здравствуйте, {{name}}!",
    secretariat: "Секретариат",
    signature: "Секретариат Координационной платформы",
    inviteSubject: "Приглашение на Координационную платформу",
    inviteBody:
      "{{inviter}} приглашает вас присоединиться к Координационной платформе в качестве координатора ({{organization}}). Чтобы выбрать пароль, перейдите по этой ссылке (она действительна до {{expires}}):",
    resetSubject: "Сброс пароля на Координационной платформе",
    resetBody:
      "Кто-то (надеемся, что вы) запросил сброс пароля вашей учетной записи. Чтобы выбрать новый пароль, перейдите по этой ссылке в течение {{minutes}} мин:",
    resetIgnore: "Если вы не отправляли такой запрос, просто проигнорируйте это сообщение: ваш пароль останется прежним.",
  },
};

export default ru;
