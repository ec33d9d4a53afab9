namespace Activepieces.Connections.Generators.Emitting;

/// <summary>The <c>global::</c>-qualified names the generated code uses.</summary>
internal static class GlobalNames
{
    public const string AuthTypeEnum = "global::Activepieces.AuthType";
    public const string ConnectionScopeEnum = "global::Activepieces.ConnectionScope";
    public const string ConnectionValue = "global::Activepieces.IConnectionValue";
    public const string Descriptor = "global::Activepieces.PredefinedConnectionDescriptor";
    public const string ExternalProjectIdRule = "global::Activepieces.ExternalProjectIdRule";
    public const string Client = "global::Activepieces.ActivepiecesClient";
    public const string AppConnection = "global::Activepieces.AppConnection";
    public const string SyncOptions = "global::Activepieces.SyncOptions";
    public const string AuditOptions = "global::Activepieces.AuditOptions";
    public const string DiagnoseOptions = "global::Activepieces.DiagnoseOptions";
    public const string SyncResult = "global::Activepieces.SyncResult";
    public const string ConnectionAudit = "global::Activepieces.ConnectionAudit";
    public const string ConnectionDiagnosis = "global::Activepieces.ConnectionDiagnosis";
    public const string ApiException = "global::Activepieces.ActivepiecesApiException";
    public const string UnavailableException = "global::Activepieces.ActivepiecesUnavailableException";
    public const string AsyncEnumerable = "global::System.Collections.Generic.IAsyncEnumerable";
    public const string Enumerable = "global::System.Collections.Generic.IEnumerable";
    public const string Utf8JsonWriter = "global::System.Text.Json.Utf8JsonWriter";
    public const string StringBuilder = "global::System.Text.StringBuilder";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string ValueTask = "global::System.Threading.Tasks.ValueTask";
    public const string ArgumentNullException = "global::System.ArgumentNullException";
    public const string ArgumentException = "global::System.ArgumentException";
    public const string InvalidOperationException = "global::System.InvalidOperationException";
    public const string OperationCanceledException = "global::System.OperationCanceledException";
    public const string GeneratedCode = "global::System.CodeDom.Compiler.GeneratedCode";

    /// <summary>The <c>[GeneratedCode(…)]</c> attribute line.</summary>
    public static readonly string GeneratedCodeAttribute =
        "[" + GeneratedCode + "(\"" + GeneratorInfo.Name + "\", \"" + GeneratorInfo.Version + "\")]";
}
