namespace Activepieces.TestSupport;

/// <summary>The real schema's verdict on one <see cref="ContractCase"/>.</summary>
/// <param name="Id">The case's id.</param>
/// <param name="Accepted">Exactly <c>schema.safeParse(json).success</c>.</param>
/// <param name="Issues">Why the value was rejected (empty when accepted).</param>
/// <param name="UnknownKeys">
/// Paths of object keys the schema does not declare (Zod strips them silently). For responses they are fields the real
/// server would never send, e.g. a leaked <c>value</c>.
/// </param>
public sealed record ContractResult(string Id, bool Accepted, IReadOnlyList<ContractIssue> Issues, IReadOnlyList<string> UnknownKeys)
{
    /// <summary>A one-line summary for assertion messages: the verdict and the issues, never the value itself.</summary>
    public string Describe() =>
        Accepted
            ? UnknownKeys.Count == 0 ? $"{Id}: accepted" : $"{Id}: accepted, unknown keys: {string.Join(", ", UnknownKeys)}"
            : $"{Id}: rejected: {string.Join("; ", Issues)}";
}
