namespace Activepieces;

/// <summary>The limits of a project's plan (<c>plan</c>) that the server still applies.</summary>
public sealed class ProjectPlan
{
    /// <summary>The most flows that may be enabled at once (<c>activeFlowsLimit</c>); <see langword="null"/> for no limit.</summary>
    public int? ActiveFlowsLimit { get; init; }

    /// <summary>The active-flows limit.</summary>
    /// <returns>E.g. <c>ProjectPlan { ActiveFlowsLimit = 10 }</c>.</returns>
    public override string ToString() => $"ProjectPlan {{ ActiveFlowsLimit = {ActiveFlowsLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} }}";
}
