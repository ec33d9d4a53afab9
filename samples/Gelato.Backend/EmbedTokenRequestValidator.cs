using Activepieces;

namespace Gelato.Backend;

/// <summary>Checks a <see cref="EmbedTokenRequest"/> and names every bad field.</summary>
public static class EmbedTokenRequestValidator
{
    /// <summary>Validates the request.</summary>
    /// <param name="request">The request (may be null when the body was empty).</param>
    /// <returns>Field → messages; empty when the request is valid.</returns>
    public static Dictionary<string, string[]> Validate(EmbedTokenRequest? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null)
        {
            errors["body"] = ["A JSON body {orgId, userId, firstName, lastName} is required."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(request.OrgId))
        {
            errors["orgId"] = ["The org id is required."];
        }
        else if (ExternalProjectIdRule.GetProblem(request.OrgId) is { } problem)
        {
            // The library's own rule (it would throw the same before any request): the org id becomes the project's
            // external id and part of the connection's, which flows reference as {{connections['gelato_…']}}.
            errors["orgId"] = [$"The org id {problem}."];
        }

        Require(errors, "userId", request.UserId);
        Require(errors, "firstName", request.FirstName);
        Require(errors, "lastName", request.LastName);
        return errors;
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"The field '{field}' is required."];
        }
    }
}
