using System.Text.Json.Serialization;

namespace Activepieces;

/// <summary>
/// The <c>plan</c> of a project update. Its members are always sent, so a null <see cref="ActiveFlowsLimit"/> removes
/// the limit; leave <see cref="UpdateProjectRequest.Plan"/> null to keep the plan as it is.
/// </summary>
/// <remarks>
/// The plan's old piece filter (<c>plan.pieces</c>, <c>plan.piecesFilterType</c>) is not offered: the server accepts it
/// and ignores it. Piece sets (<see cref="ActivepiecesClient.PieceSets"/>) replaced it.
/// </remarks>
public sealed class ProjectPlanUpdate
{
    /// <summary>The most flows that may be enabled at once, a positive number; <see langword="null"/> removes the limit.</summary>
    /// <remarks>The server answers 409 when the limit is below the flows enabled now.</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? ActiveFlowsLimit { get; init; }

    /// <summary>The active-flows limit.</summary>
    /// <returns>E.g. <c>ProjectPlanUpdate { ActiveFlowsLimit = 10 }</c>.</returns>
    public override string ToString() => $"ProjectPlanUpdate {{ ActiveFlowsLimit = {ActiveFlowsLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} }}";
}
