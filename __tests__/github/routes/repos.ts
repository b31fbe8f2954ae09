/**
 * The repository, the signed-in user, a user's permission on a repository, and the rate limit.
 * `permission` is the legacy base role (maintain reads as write, triage as read); `role_name` is exact.
 */
import { type Ctx, httpError, notFound, ok, route } from "../http.js";
import { repoJson, userJson } from "../shapes.js";
import type { Role } from "../state.js";

const meta = { access: "read", scopes: ["metadata"] } as const;

const LEGACY: Record<Role | "none", "admin" | "write" | "read" | "none"> = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
  none: "none",
};

function collaboratorPermission(ctx: Ctx) {
  const login = ctx.params.username ?? "";
  const user = ctx.state.users.get(login);
  if (!user) throw notFound();
  const role: Role | "none" =
    login === ctx.repo.owner
      ? "admin"
      : (ctx.repo.collaborators.get(login) ?? (ctx.repo.private ? "none" : "read"));
  const at = (r: Role) =>
    ["read", "triage", "write", "maintain", "admin"].indexOf(role) >=
    ["read", "triage", "write", "maintain", "admin"].indexOf(r);
  const permissions = {
    admin: at("admin"),
    maintain: at("maintain"),
    push: at("write"),
    triage: at("triage"),
    pull: at("read"),
  };
  return ok({
    permission: LEGACY[role],
    role_name: role,
    user: { ...userJson(ctx, user), permissions, role_name: role },
  });
}

export const repoRoutes = [
  route("GET", "/repos/:owner/:repo", meta, (ctx) => ok(repoJson(ctx, ctx.repo))),
  route("GET", "/repos/:owner/:repo/collaborators/:username/permission", meta, collaboratorPermission),
  route("GET", "/user", meta, (ctx) => {
    if (!ctx.identity) throw httpError(401, "Requires authentication");
    // An installation token (the Actions GITHUB_TOKEN) has no user behind it.
    if (ctx.identity.type === "Bot") throw httpError(403, "Resource not accessible by integration");
    return ok({ ...userJson(ctx, ctx.identity), name: ctx.identity.login });
  }),
  route("GET", "/users/:username", meta, (ctx) => {
    const user = ctx.state.users.get(ctx.params.username ?? "");
    if (!user) throw notFound();
    return ok(userJson(ctx, user));
  }),
];
