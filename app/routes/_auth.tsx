// Pages for people who are not signed in: sign-in, password reset, invitation.
import { Outlet } from "@remix-run/react";

export default function AuthLayout() {
  return (
    <div className="auth-card card">
      <Outlet />
    </div>
  );
}
