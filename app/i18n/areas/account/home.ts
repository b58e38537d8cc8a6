// Text of the home page: greeting, groups, first steps.
import type { Leaves, Translated } from "../../leaves";

export const en = {
  greeting: "Welcome, {{name}}",
  intro:
    "The platform brings together the focal points of Member States and of the Compact's entities to find each other, plan together and track what is being done.",
  yourGroups: "Your working groups",
  noGroupsYet: "You are not a member of any working group yet: ask to join one under “First steps” above, or browse the working groups.",
  firstSteps: "First steps",
  stepDone: "Done",
  stepToDo: "To do",
  stepProfile: "Complete your profile",
  stepProfileHint: "Your title, the languages you speak and your thematic interests help counterparts find you in the directory.",
  stepGroups: "Find your working groups",
  stepGroupsHint: "Ask to join the groups of your work; their chairs decide.",
  stepCalendar: "Subscribe to the calendar",
  stepCalendarHint: "Get the platform's events in the calendar app you already use.",
  groupRole: "Your role: {{role}}",
  functions: "What you can do here",
  adminShortcut: "Administration",
};

export const zh: Leaves<typeof en> = {
  greeting: "欢迎，{{name}}",
  intro: "本平台汇集会员国和契约各实体的协调人，帮助他们相互联系、共同规划并跟踪各项工作。",
  yourGroups: "您的工作组",
  noGroupsYet: "您尚未加入任何工作组：请在上方“入门步骤”中申请加入，或浏览各工作组。",
  firstSteps: "入门步骤",
  stepDone: "已完成",
  stepToDo: "待完成",
  stepProfile: "完善您的个人资料",
  stepProfileHint: "您的职务、使用的语言和关注的专题领域有助于对口人员在名录中找到您。",
  stepGroups: "找到您的工作组",
  stepGroupsHint: "申请加入与您工作相关的工作组，由工作组主席决定。",
  stepCalendar: "订阅日历",
  stepCalendarHint: "在您常用的日历应用中接收平台的活动。",
  groupRole: "您的角色：{{role}}",
  functions: "您可以在这里做什么",
  adminShortcut: "管理",
};

export const ar: Translated<typeof en, "ar"> = {
  greeting: "مرحباً، {{name}}",
  intro:
    "تجمع المنصة جهات التنسيق التابعة للدول الأعضاء ولكيانات الاتفاق العالمي، لكي تتواصل فيما بينها، وتخطط معاً، وتتابع الأعمال الجارية.",
  yourGroups: "أفرقتك العاملة",
  noGroupsYet: "لست عضواً في أي فريق عامل حتى الآن: اطلب الانضمام إلى أحد الأفرقة من قسم «الخطوات الأولى» أعلاه، أو تصفَّح الأفرقة العاملة.",
  firstSteps: "الخطوات الأولى",
  stepDone: "مُنجَز",
  stepToDo: "لم يُنجَز بعد",
  stepProfile: "استكمل ملفك الشخصي",
  stepProfileHint: "يساعد مسماك الوظيفي واللغات التي تتحدثها واهتماماتك المواضيعية نظراءك على العثور عليك في الدليل.",
  stepGroups: "ابحث عن أفرقتك العاملة",
  stepGroupsHint: "اطلب الانضمام إلى الأفرقة المتصلة بعملك؛ ويعود القرار إلى رئاستها.",
  stepCalendar: "اشترك في التقويم",
  stepCalendarHint: "تلقَّ فعاليات المنصة في تطبيق التقويم الذي تستخدمه بالفعل.",
  groupRole: "دورك: {{role}}",
  functions: "ما يمكنك القيام به هنا",
  adminShortcut: "الإدارة",
};

export const fr: Translated<typeof en, "fr"> = {
  greeting: "Bienvenue, {{name}}",
  intro:
    "La plateforme réunit les points focaux des États Membres et des entités du Pacte afin qu’ils puissent entrer en contact, planifier ensemble et suivre les travaux en cours.",
  yourGroups: "Vos groupes de travail",
  noGroupsYet:
    "Vous n’êtes encore membre d’aucun groupe de travail : demandez à en rejoindre un dans la rubrique « Premiers pas » ci-dessus, ou parcourez la liste des groupes de travail.",
  firstSteps: "Premiers pas",
  stepDone: "Terminé",
  stepToDo: "À faire",
  stepProfile: "Compléter votre profil",
  stepProfileHint:
    "Votre fonction, les langues que vous parlez et vos intérêts thématiques aident vos homologues à vous trouver dans l’annuaire.",
  stepGroups: "Trouver vos groupes de travail",
  stepGroupsHint: "Demandez à rejoindre les groupes liés à vos travaux ; leur présidence statue sur les demandes.",
  stepCalendar: "S’abonner au calendrier",
  stepCalendarHint: "Recevez les événements de la plateforme dans l’application de calendrier que vous utilisez déjà.",
  groupRole: "Votre fonction : {{role}}",
  functions: "Ce que vous pouvez faire ici",
  adminShortcut: "Administration",
};

export const ru: Translated<typeof en, "ru"> = {
  greeting: "Добро пожаловать, {{name}}",
  intro:
    "Платформа объединяет координаторов государств-членов и структур Глобального договора, помогая им находить друг друга, совместно планировать работу и следить за ходом ее выполнения.",
  yourGroups: "Ваши рабочие группы",
  noGroupsYet:
    "Вы пока не состоите ни в одной рабочей группе: подайте заявку на вступление в разделе «Первые шаги» выше или просмотрите список рабочих групп.",
  firstSteps: "Первые шаги",
  stepDone: "Выполнено",
  stepToDo: "Не выполнено",
  stepProfile: "Заполните свой профиль",
  stepProfileHint:
    "Ваша должность, языки, которыми вы владеете, и ваши тематические интересы помогут коллегам из других организаций найти вас в справочнике.",
  stepGroups: "Найдите свои рабочие группы",
  stepGroupsHint: "Подайте заявки на вступление в группы, связанные с вашей работой; решение принимают их председатели.",
  stepCalendar: "Подпишитесь на календарь",
  stepCalendarHint: "Получайте события платформы в приложении-календаре, которым вы уже пользуетесь.",
  groupRole: "Ваша роль: {{role}}",
  functions: "Возможности платформы",
  adminShortcut: "Администрирование",
};

export const es: Translated<typeof en, "es"> = {
  greeting: "Le damos la bienvenida, {{name}}",
  intro:
    "La plataforma reúne a los puntos focales de los Estados Miembros y de las entidades del Pacto para que puedan ponerse en contacto, planificar conjuntamente y hacer un seguimiento de la labor en curso.",
  yourGroups: "Sus grupos de trabajo",
  noGroupsYet:
    "Todavía no es miembro de ningún grupo de trabajo: solicite la incorporación a uno en “Primeros pasos”, más arriba, o consulte la lista de grupos de trabajo.",
  firstSteps: "Primeros pasos",
  stepDone: "Completado",
  stepToDo: "Pendiente",
  stepProfile: "Complete su perfil",
  stepProfileHint: "Su cargo, los idiomas que habla y sus intereses temáticos ayudan a sus homólogos a encontrarle en el directorio.",
  stepGroups: "Encuentre sus grupos de trabajo",
  stepGroupsHint: "Solicite la incorporación a los grupos relacionados con su labor; la decisión corresponde a su presidencia.",
  stepCalendar: "Suscríbase al calendario",
  stepCalendarHint: "Reciba los eventos de la plataforma en la aplicación de calendario que ya utiliza.",
  groupRole: "Su función: {{role}}",
  functions: "Qué puede hacer aquí",
  adminShortcut: "Administración",
};
