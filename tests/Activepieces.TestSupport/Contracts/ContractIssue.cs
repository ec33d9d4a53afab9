namespace Activepieces.TestSupport;

/// <summary>One Zod issue reported by the real schema. Messages never contain the input's values.</summary>
/// <param name="Path">Slash-separated path inside the value, e.g. <c>value/secret_text</c>; empty for the root.</param>
/// <param name="Code">The Zod issue code, e.g. <c>invalid_type</c>, <c>too_small</c>, <c>invalid_union</c>.</param>
/// <param name="Message">The Zod message; union branches are prefixed with <c>[branch N]</c>.</param>
public sealed record ContractIssue(string Path, string Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Path.Length == 0 ? $"{Message} ({Code})" : $"{Path}: {Message} ({Code})";
}
