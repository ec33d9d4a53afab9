using System.Text.Json;
using Activepieces.Cli.CommandLine;

namespace Activepieces.Cli.Pieces;

/// <summary>One auth entry of a piece's metadata (a piece may declare several, at most one per type).</summary>
/// <param name="Type">The wire type: <c>SECRET_TEXT</c>, <c>BASIC_AUTH</c>, <c>CUSTOM_AUTH</c>, <c>OIDC</c> or <c>OAUTH2</c> (unknown types are kept).</param>
/// <param name="DisplayName">The display name, if any.</param>
/// <param name="Description">The description, if any.</param>
/// <param name="Props">The CUSTOM_AUTH or OIDC props, or the OAUTH2 extra props, in document order.</param>
/// <param name="Username">The BASIC_AUTH username labels.</param>
/// <param name="Password">The BASIC_AUTH password labels.</param>
/// <param name="Scope">The OAUTH2 scopes the piece asks for.</param>
internal sealed record AuthDefinition(
    string Type,
    string? DisplayName,
    string? Description,
    IReadOnlyList<PropDefinition> Props,
    FieldLabel? Username,
    FieldLabel? Password,
    IReadOnlyList<string> Scope)
{
    /// <summary>Reads the <c>auth</c> of a piece: an object, an array of objects, or null/absent (no auth).</summary>
    /// <exception cref="CliException">An entry is not an object with a string <c>type</c>.</exception>
    public static IReadOnlyList<AuthDefinition> ReadAll(JsonElement auth, string origin) => auth.ValueKind switch
    {
        JsonValueKind.Object => [Read(auth, origin)],
        JsonValueKind.Array => [.. auth.EnumerateArray().Select(entry => Read(entry, origin))],
        JsonValueKind.Null or JsonValueKind.Undefined => [],
        _ => throw new CliException($"{origin}: \"auth\" is neither an object nor an array."),
    };

    /// <summary>The prop with key <paramref name="key"/>, or null.</summary>
    public PropDefinition? FindProp(string key) => Props.FirstOrDefault(prop => prop.Key == key);

    private static AuthDefinition Read(JsonElement entry, string origin)
    {
        var type = JsonText.String(entry, "type");
        if (string.IsNullOrEmpty(type))
        {
            throw new CliException($"{origin}: an auth entry has no string \"type\".");
        }

        var props = new List<PropDefinition>();
        if (JsonText.Property(entry, "props") is { ValueKind: JsonValueKind.Object } map)
        {
            foreach (var prop in map.EnumerateObject())
            {
                props.Add(PropDefinition.Read(prop.Name, prop.Value, origin));
            }
        }

        return new AuthDefinition(
            type,
            JsonText.String(entry, "displayName"),
            JsonText.String(entry, "description"),
            props,
            FieldLabel.Read(JsonText.Property(entry, "username")),
            FieldLabel.Read(JsonText.Property(entry, "password")),
            JsonText.Property(entry, "scope") is { ValueKind: JsonValueKind.Array } scope
                ? [.. scope.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)]
                : []);
    }
}

/// <summary>The display name and description of a BASIC_AUTH field.</summary>
internal sealed record FieldLabel(string? DisplayName, string? Description)
{
    public static FieldLabel? Read(JsonElement? element) =>
        element is { ValueKind: JsonValueKind.Object } value
            ? new FieldLabel(JsonText.String(value, "displayName"), JsonText.String(value, "description"))
            : null;
}
