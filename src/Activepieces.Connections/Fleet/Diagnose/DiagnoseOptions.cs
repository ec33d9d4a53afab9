namespace Activepieces;

/// <summary>How <see cref="PredefinedConnectionsClient.DiagnoseAsync(PredefinedConnectionDescriptor, string, DiagnoseOptions, CancellationToken)"/> runs.</summary>
public sealed class DiagnoseOptions
{
    /// <summary>
    /// Whether to ask the server to check the resolving connection's credentials again (<c>POST
    /// /v1/app-connections/:id/revalidate</c>, servers from 0.86.3) when the lookup resolves to a row of the piece.
    /// A rejected row is diagnosed <see cref="DiagnosisCause.InvalidCredentials"/>; an ERROR row the piece now accepts
    /// becomes ACTIVE and resolves. Costs one more request. Default <see langword="false"/>.
    /// </summary>
    public bool Revalidate { get; set; }

    /// <summary>The settings.</summary>
    /// <returns>For example <c>DiagnoseOptions { Revalidate = True }</c>.</returns>
    public override string ToString() => $"DiagnoseOptions {{ Revalidate = {Revalidate} }}";
}
