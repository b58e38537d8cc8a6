// Text of the home page: greeting, groups, first steps.
import type { Leaves } from "../../leaves";

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
