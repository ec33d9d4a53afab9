namespace Activepieces.Contract.Tests;

/// <summary>Builds the raw query string (without <c>?</c>) the tests send: names and values URL-encoded, repeated names repeated.</summary>
internal static class QueryString
{
    public static string Build(IReadOnlyDictionary<string, string[]> query) =>
        string.Join('&', query.SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v)}")));
}
