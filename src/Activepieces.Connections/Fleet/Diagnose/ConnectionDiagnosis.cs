namespace Activepieces;

/// <summary>Whether, and why (not), an org's connection resolves the way the piece's worker resolves it.</summary>
public sealed class ConnectionDiagnosis
{
    /// <summary>Creates a diagnosis.</summary>
    /// <param name="cause">The cause.</param>
    /// <param name="projectId">The org's project id, when the project exists.</param>
    /// <param name="connection">The row concerned, if any.</param>
    /// <param name="message">One sentence that says what is wrong and what to do.</param>
    /// <exception cref="ArgumentException"><paramref name="message"/> is null or empty.</exception>
    public ConnectionDiagnosis(DiagnosisCause cause, string? projectId, AppConnection? connection, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        Cause = cause;
        ProjectId = projectId;
        Connection = connection;
        Message = message;
    }

    /// <summary>Whether <c>connections.get</c> returns one usable connection of the piece (<see cref="Cause"/> is <see cref="DiagnosisCause.Ok"/>).</summary>
    public bool Resolves => Cause == DiagnosisCause.Ok;

    /// <summary>The cause.</summary>
    public DiagnosisCause Cause { get; }

    /// <summary>The org's project id, when the project exists.</summary>
    public string? ProjectId { get; }

    /// <summary>The row that resolves or is concerned, if any (never its value).</summary>
    public AppConnection? Connection { get; }

    /// <summary>One sentence that says what is wrong and what to do.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Cause}: {Message}";
}
