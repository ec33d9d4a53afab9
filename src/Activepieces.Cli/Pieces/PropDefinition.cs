using System.Text.Json;
using Activepieces.Cli.CommandLine;
using Activepieces.Connections.Generators.Analyzers;
using Activepieces.Connections.Generators.Metadata;

namespace Activepieces.Cli.Pieces;

/// <summary>One prop of an auth entry.</summary>
/// <param name="Key">The prop key, e.g. <c>host</c>.</param>
/// <param name="Type">The prop type, e.g. <c>SHORT_TEXT</c> (unknown types are kept).</param>
/// <param name="Required">Whether the piece requires a value.</param>
/// <param name="DisplayName">The display name, if any.</param>
/// <param name="Description">The description, if any.</param>
/// <param name="DefaultValue">The default value, if any.</param>
/// <param name="Options">The options of a STATIC_DROPDOWN or STATIC_MULTI_SELECT_DROPDOWN, in order.</param>
internal sealed record PropDefinition(
    string Key,
    string Type,
    bool Required,
    string? DisplayName,
    string? Description,
    JsonElement? DefaultValue,
    IReadOnlyList<PropOption> Options)
{
    /// <summary>Whether the prop holds a value (every type but MARKDOWN).</summary>
    public bool CarriesValue => PropTypeRules.CarriesValue(Type);

    /// <summary>Whether the prop holds a secret.</summary>
    public bool IsSecret => PropTypeRules.IsSecret(Type);

    public static PropDefinition Read(string key, JsonElement prop, string origin)
    {
        var type = JsonText.String(prop, "type")
            ?? throw new CliException($"{origin}: the auth prop '{key}' has no string \"type\".");
        var options = new List<PropOption>();
        if (PieceMetadataTypes.HasOptions(type)
            && JsonText.Property(prop, "options") is { ValueKind: JsonValueKind.Object } outer
            && JsonText.Property(outer, "options") is { ValueKind: JsonValueKind.Array } list)
        {
            foreach (var option in list.EnumerateArray())
            {
                if (option.ValueKind == JsonValueKind.Object && option.TryGetProperty("value", out var value))
                {
                    options.Add(new PropOption(JsonText.String(option, "label"), value.Clone()));
                }
            }
        }

        return new PropDefinition(
            key,
            type,
            JsonText.Boolean(prop, "required"),
            JsonText.String(prop, "displayName"),
            JsonText.String(prop, "description"),
            JsonText.Property(prop, "defaultValue")?.Clone(),
            options);
    }
}

/// <summary>One option of a dropdown prop.</summary>
/// <param name="Label">What the user sees.</param>
/// <param name="Value">What is stored (usually a string).</param>
internal sealed record PropOption(string? Label, JsonElement Value);
