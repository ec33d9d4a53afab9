namespace Activepieces.Metadata;

/// <summary>One option of a dropdown prop.</summary>
/// <param name="Label">What the user sees, if the option says.</param>
/// <param name="Value">
/// What is stored: a string value as it is, another JSON value as its JSON text (<c>42</c>, <c>true</c>, <c>null</c>),
/// an object or array as <c>(an object)</c> or <c>(an array)</c>.
/// </param>
/// <param name="IsString">Whether the value is a JSON string.</param>
/// <param name="Json">The value's JSON text as the metadata writes it (a string quoted).</param>
internal sealed record PiecePropOption(string? Label, string Value, bool IsString, string Json);
