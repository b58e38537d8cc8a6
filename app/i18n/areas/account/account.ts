// Text of a signed-in user's own account: password, sessions, language.
import type { Leaves } from "../../leaves";

export const en = {
  title: "My account",
  profileSection: "Profile",
  passwordSection: "Change password",
  passwordChanged: "Your password has been changed. Your other sessions were signed out.",
  tooManyPasswordAttempts: "Too many wrong passwords. Try again later.",
  sessionsSection: "Where you are signed in",
  sessionsIntro: "Sessions end after {{idle}} minutes without activity and {{absolute}} hours after signing in.",
  thisSession: "This session",
  signedInAt: "Signed in",
  expiresAt: "Expires",
  address: "Address",
  browser: "Browser",
  signOutOthers: "Sign out all other sessions",
  othersSignedOut_one: "{{count}} other session was signed out.",
  othersSignedOut_other: "{{count}} other sessions were signed out.",
  noOtherSessions: "You are not signed in anywhere else.",
};

export const zh: Leaves<typeof en> = {
  title: "我的账户",
  profileSection: "个人资料",
  passwordSection: "更改密码",
  passwordChanged: "您的密码已更改。您的其他会话已退出登录。",
  tooManyPasswordAttempts: "密码错误次数过多，请稍后再试。",
  sessionsSection: "您的登录位置",
  sessionsIntro: "会话在 {{idle}} 分钟无活动后或登录 {{absolute}} 小时后结束。",
  thisSession: "本会话",
  signedInAt: "登录时间",
  expiresAt: "到期时间",
  address: "地址",
  browser: "浏览器",
  signOutOthers: "退出所有其他会话",
  othersSignedOut_one: "已退出 {{count}} 个其他会话。",
  othersSignedOut_other: "已退出 {{count}} 个其他会话。",
  noOtherSessions: "您没有在其他地方登录。",
};
