namespace Activepieces.Metadata;

/// <summary>The display name and description of a BASIC_AUTH field (<c>username</c> or <c>password</c>).</summary>
/// <param name="DisplayName">The display name, if any.</param>
/// <param name="Description">The description, if any.</param>
internal sealed record PieceFieldLabel(string? DisplayName, string? Description);
