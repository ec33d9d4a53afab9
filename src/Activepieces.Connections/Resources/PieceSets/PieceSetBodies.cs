namespace Activepieces.Resources.PieceSets;

/// <summary>The body of <c>POST /v1/piece-sets/:id/projects</c>: <c>{projectIds}</c>, at least one.</summary>
internal sealed class AssignPieceSetProjectsBody
{
    public required IReadOnlyList<string> ProjectIds { get; init; }
}

/// <summary>The body of <c>POST /v1/piece-sets/:id/duplicate</c>: <c>{name}</c>.</summary>
internal sealed class DuplicatePieceSetBody
{
    public required string Name { get; init; }
}
