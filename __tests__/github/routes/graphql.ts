/**
 * GraphQL, as far as the action asks it: `query { viewer { login } }`, which GitHub answers for every
 * kind of token (a person's, the Actions token as `github-actions[bot]`, another App's as
 * `<app>[bot]`), where REST `GET /user` refuses installation tokens. Any other query gets GraphQL's
 * 200 with `errors`, as GitHub answers a query it cannot run.
 */
import { type Ctx, httpError, ok, type Reply, route } from "../http.js";

const VIEWER_LOGIN = /^(?:query(?:\s+\w+)?\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}$/;

function graphql(ctx: Ctx): Reply {
  if (!ctx.identity) {
    throw httpError(401, "This endpoint requires you to be authenticated.");
  }
  const query = typeof ctx.body.query === "string" ? ctx.body.query.trim() : "";
  if (!VIEWER_LOGIN.test(query)) {
    return ok({
      errors: [
        {
          message: `The GitHub stand-in answers only \`query { viewer { login } }\`, not: ${query.slice(0, 200)}`,
          extensions: { code: "undefinedField" },
        },
      ],
    });
  }
  return ok({ data: { viewer: { login: ctx.identity.login } } });
}

export const graphqlRoutes = [route("POST", "/graphql", { access: "read", scopes: ["metadata"] }, graphql)];
