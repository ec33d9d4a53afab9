using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Activepieces;

/// <summary>
/// What a customer org id (a project's external id, and the rest of a connection's <c>{prefix}{org id}</c>) may hold:
/// 1 to 128 letters, digits, <c>.</c>, <c>_</c> or <c>-</c>, and not <c>.</c> or <c>..</c> (<see cref="Pattern"/>, the
/// server's own safe pattern for external ids). Every client method that takes an org id checks it before any request,
/// and so does the generated <c>ExternalIdFor</c>; use it to validate an org id where it enters your application.
/// </summary>
/// <remarks>
/// Flows reference a connection as <c>{{connections['gelato_org_1']}}</c>: a quote breaks that reference, and a space or
/// a slash makes a connection name nobody can type back. An existing project whose external id breaks the rule is
/// renamed by project id: <c>Projects.UpdateAsync(projectId, new UpdateProjectRequest { ExternalId = "org_1" })</c>.
/// </remarks>
public static class ExternalProjectIdRule
{
    /// <summary>The rule as a regular expression: <c>^(?!\.{1,2}$)[A-Za-z0-9._-]{1,128}$</c>.</summary>
    public const string Pattern = ExternalProjectIds.Pattern;

    /// <summary>The longest org id: 128 characters.</summary>
    public const int MaxLength = ExternalProjectIds.MaxLength;

    /// <summary>Whether <paramref name="externalProjectId"/> is a valid org id.</summary>
    /// <param name="externalProjectId">The candidate.</param>
    /// <returns>True when it follows the rule.</returns>
    public static bool IsValid([NotNullWhen(true)] string? externalProjectId) => ExternalProjectIds.IsValid(externalProjectId);

    /// <summary>What is wrong with an org id, for a message that names the field first; null when it is valid.</summary>
    /// <param name="externalProjectId">The candidate.</param>
    /// <returns>
    /// E.g. <c>has '/' (U+002F) at index 3; an org id is 1 to 128 letters …</c> (the value itself is not repeated), or
    /// <c>is required</c> for null.
    /// </returns>
    public static string? GetProblem(string? externalProjectId) =>
        externalProjectId is null ? "is required" : ExternalProjectIds.Problem(externalProjectId);

    /// <summary>Throws when <paramref name="externalProjectId"/> is not a valid org id.</summary>
    /// <param name="externalProjectId">The candidate.</param>
    /// <param name="paramName">The argument's name, for the exception; the caller's expression by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="externalProjectId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="externalProjectId"/> breaks the rule; the message says how, without the value.</exception>
    public static void ThrowIfInvalid([NotNull] string? externalProjectId, [CallerArgumentExpression(nameof(externalProjectId))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(externalProjectId, paramName);
        if (ExternalProjectIds.Problem(externalProjectId) is { } problem)
        {
            throw new ArgumentException($"The org id (project external id) {problem}.", paramName);
        }
    }
}
