/**
 * GraphQL, as far as the action asks it: `viewer { login }`, which GitHub answers for every kind of
 * token (a person's, the Actions token as `github-actions[bot]`, another App's as `<app>[bot]`) where
 * REST `GET /user` refuses installation tokens; and with it, a file's text on a ref through
 * `repository.object(expression: "ref:path")`. Any other query gets GraphQL's 200 with `errors`, as
 * GitHub answers a query it cannot run.
 */
import { type Ctx, httpError, ok, type Reply, resolveRef, route } from "../http.js";

const normalize = (query: string) =>
  query
    .replace(/\s+/g, " ")
    .replace(/ ?([{}():,]) ?/g, "$1")
    .trim();

const VIEWER = normalize("query { viewer { login } }");
const VIEWER_AND_FILE = normalize(`query ($owner: String!, $name: String!, $expression: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) { object(expression: $expression) { ... on Blob { text } } }
}`);

/** `repository(...) { object(expression: "ref:path") { ... on Blob { text } } }`: null, a blob, or `{}`. */
function fileObject(
  ctx: Ctx,
  variables: Record<string, unknown>,
): { repository: unknown; errors?: unknown[] } {
  const fullName = `${variables.owner}/${variables.name}`;
  const repo = ctx.state.repos.get(fullName.toLowerCase());
  if (!repo || (repo.private && ctx.identity?.scopes.contents === "none")) {
    return {
      repository: null,
      errors: [
        {
          type: "NOT_FOUND",
          path: ["repository"],
          message: `Could not resolve to a Repository with the name '${fullName}'.`,
        },
      ],
    };
  }
  const expression = String(variables.expression ?? "");
  const colon = expression.indexOf(":");
  const sha = resolveRef({ ...ctx, repo }, expression.slice(0, colon));
  const path = expression.slice(colon + 1);
  const files = sha ? ctx.state.git.files(sha) : new Map<string, string>();
  const blob = files.get(path);
  if (blob) return { repository: { object: { text: ctx.state.git.blobs.get(blob)?.toString("utf8") } } };
  // A folder is a Tree, which `... on Blob` selects nothing from.
  const tree = [...files.keys()].some((name) => name.startsWith(`${path}/`));
  return { repository: { object: tree ? {} : null } };
}

function graphql(ctx: Ctx): Reply {
  if (!ctx.identity) {
    throw httpError(401, "This endpoint requires you to be authenticated.");
  }
  const query = typeof ctx.body.query === "string" ? normalize(ctx.body.query) : "";
  const viewer = { login: ctx.identity.login };
  if (query === VIEWER) return ok({ data: { viewer } });
  if (query === VIEWER_AND_FILE) {
    const { repository, errors } = fileObject(ctx, (ctx.body.variables ?? {}) as Record<string, unknown>);
    return ok({ data: { viewer, repository }, ...(errors && { errors }) });
  }
  return ok({
    errors: [
      {
        message: `The GitHub stand-in answers only the viewer's login and a file's text, not: ${query.slice(0, 200)}`,
        extensions: { code: "undefinedField" },
      },
    ],
  });
}

export const graphqlRoutes = [route("POST", "/graphql", { access: "read", scopes: ["metadata"] }, graphql)];
