namespace Activepieces;

/// <summary>What <see cref="PredefinedConnectionsClient.RepairAsync"/> did.</summary>
public sealed class ConnectionRepair
{
    /// <summary>Creates a repair result.</summary>
    /// <param name="deleted">The findings whose row was deleted (or was already gone).</param>
    /// <param name="left">The findings Repair does not fix.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConnectionRepair(IReadOnlyList<ConnectionFinding> deleted, IReadOnlyList<ConnectionFinding> left)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        ArgumentNullException.ThrowIfNull(left);
        Deleted = deleted;
        Left = left;
    }

    /// <summary>The findings whose row was deleted (a row already gone counts as deleted).</summary>
    public IReadOnlyList<ConnectionFinding> Deleted { get; }

    /// <summary>The findings left as they are (not repairable: they need a decision or fresh credentials).</summary>
    public IReadOnlyList<ConnectionFinding> Left { get; }

    /// <summary>The counts only.</summary>
    /// <returns>For example <c>Deleted = 3, Left = 1</c>.</returns>
    public override string ToString() => $"Deleted = {Deleted.Count}, Left = {Left.Count}";
}
