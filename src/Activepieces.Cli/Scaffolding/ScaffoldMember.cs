namespace Activepieces.Cli.Scaffolding;

/// <summary>One property of a scaffolded record.</summary>
/// <param name="Name">The C# name (escaped if a keyword).</param>
/// <param name="Type">The C# type without the nullable mark.</param>
/// <param name="Required">Required members are <c>required</c> and non-nullable; others are nullable.</param>
/// <param name="Secret">Whether the member gets <c>[Secret]</c>.</param>
/// <param name="ExplicitKey">The <c>[PieceProp]</c> key when the name's camelCase differs from the wire key.</param>
/// <param name="Summary">The documentation summary (already XML-escaped).</param>
/// <param name="Remarks">The documentation remark lines (already XML-escaped).</param>
/// <param name="Enum">The enum declared for the member's type, if any.</param>
/// <param name="WireField">The <c>value</c> field an OAuth2 field member is written to (e.g. <c>scope</c>); null for props.</param>
internal sealed record ScaffoldMember(
    string Name,
    string Type,
    bool Required,
    bool Secret,
    string? ExplicitKey,
    string Summary,
    IReadOnlyList<string> Remarks,
    ScaffoldEnum? Enum = null,
    string? WireField = null);

/// <summary>An enum declared for a STATIC_DROPDOWN prop.</summary>
/// <param name="Name">The enum's name.</param>
/// <param name="Summary">The documentation summary.</param>
/// <param name="Values">The values: C# name, wire value, label (already XML-escaped).</param>
internal sealed record ScaffoldEnum(string Name, string Summary, IReadOnlyList<(string Name, string WireValue, string Label)> Values);
