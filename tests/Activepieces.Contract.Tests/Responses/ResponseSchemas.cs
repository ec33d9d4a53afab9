using System.Text.RegularExpressions;
using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.Responses;

/// <summary>Which real output schema a successful response of a route is serialized through.</summary>
internal static partial class ResponseSchemas
{
    /// <summary>The schema name for a 2xx answer to <paramref name="method"/> <paramref name="path"/>, or <see langword="null"/> (e.g. 204).</summary>
    public static string? For(string method, string path) => (method, Shape(path)) switch
    {
        ("POST", "/api/v1/projects") or ("GET" or "POST", "/api/v1/projects/{id}") => ContractSchemas.ProjectWithLimits,
        ("GET", "/api/v1/projects") => ContractSchemas.SeekPageOfProjects,
        ("POST", "/api/v1/global-connections" or "/api/v1/global-connections/{id}" or "/api/v1/app-connections" or "/api/v1/app-connections/{id}") =>
            ContractSchemas.AppConnectionWithoutSensitiveData,
        ("GET", "/api/v1/global-connections" or "/api/v1/app-connections") => ContractSchemas.SeekPageOfAppConnections,
        _ => null,
    };

    private static string Shape(string path) => IdSegment().Replace(path, "/{id}");

    [GeneratedRegex("/[0-9a-zA-Z]{21}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdSegment();
}
