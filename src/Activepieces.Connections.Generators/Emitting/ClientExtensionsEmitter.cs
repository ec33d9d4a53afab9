using System.Collections.Generic;
using System.Text;
using Activepieces.CSharp;
using Activepieces.Connections.Generators.Model;
using static Activepieces.Connections.Generators.Emitting.GlobalNames;

namespace Activepieces.Connections.Generators.Emitting;

/// <summary>
/// Writes <c>{Type}ClientExtensions</c>: <c>Create/Ensure/Get/Delete/Diagnose{Name}ConnectionAsync</c> and
/// <c>Sync/Audit{Name}ConnectionsAsync</c> on <c>ActivepiecesClient</c>, each validating its arguments and delegating to
/// the method of the same verb of <c>client.PredefinedConnections</c> with the type's descriptor. <c>Ensure…</c> and
/// <c>Sync…</c> are only emitted for types with value equality (<c>IEquatable&lt;T&gt;</c>), which the runtime requires;
/// <c>Audit…</c> only for PLATFORM scope, the only scope the runtime audits. <c>Audit…</c> and <c>Diagnose…</c> also have
/// an overload that takes their options. For a type with a problem the methods are stand-ins with the same signatures
/// (<see cref="GenerationMode"/>).
/// </summary>
internal static class ClientExtensionsEmitter
{
    /// <summary>The extension class name: the containing type names and the type name, then <c>ClientExtensions</c>.</summary>
    /// <param name="model">The connection type.</param>
    /// <returns>For example <c>GelatoConnectionClientExtensions</c>, or <c>OuterGelatoConnectionClientExtensions</c> when nested.</returns>
    public static string ClassName(ConnectionTypeModel model)
    {
        var builder = new StringBuilder();
        foreach (var containing in model.Hierarchy.ContainingTypes)
        {
            builder.Append(containing.Name.TrimStart('@'));
        }

        return builder.Append(model.Hierarchy.Type.Name.TrimStart('@')).Append("ClientExtensions").ToString();
    }

    /// <summary>Writes the class at the current position (inside the type's namespace).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="model">The connection type.</param>
    public static void Emit(SourceWriter writer, ConnectionTypeModel model)
    {
        var settings = model.Settings;
        var type = model.Hierarchy.FullyQualifiedName;
        var piece = "<c>" + DocComment.Escape(settings.PieceName) + "</c>";
        var connectionId = "<c>" + DocComment.Escape(settings.ExternalIdPrefix) + "{externalProjectId}</c>";
        writer.WriteLine($$"""
            /// <summary>
            /// Provisions {{piece}} connections (<see cref="{{type}}"/>) for customer projects: one connection
            /// {{connectionId}} per project, through <see cref="{{Client}}.PredefinedConnections"/>.
            /// </summary>
            {{GeneratedCodeAttribute}}
            {{(model.IsPublic ? "public" : "internal")}} static partial class {{ClassName(model)}}
            {
            """);
        writer.Indentation++;

        var methods = Methods(model, piece, connectionId);
        for (var i = 0; i < methods.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            WriteMethod(writer, model, methods[i]);
        }

        writer.CloseBlock();
    }

    private static List<ExtensionMethod> Methods(ConnectionTypeModel model, string piece, string connectionId)
    {
        var stem = model.Settings.ClientName;
        var type = model.Hierarchy.FullyQualifiedName;
        var oAuth = model.Settings.AuthType is AuthType.OAuth2 or AuthType.CloudOAuth2 or AuthType.PlatformOAuth2;

        // A connection of a reference type may be null; a struct connection cannot.
        var connectionMayBeNull = model.Hierarchy.Type.Kind is TypeDeclarationKind.RecordClass or TypeDeclarationKind.Class;
        Parameter connection = new(type, "connection", "The credentials.", connectionMayBeNull ? ArgumentCheck.NotNull : ArgumentCheck.None);
        var upsertNote = oAuth
            ? """

                /// Sends the upsert exactly once: the authorization code in <paramref name="connection"/> is single-use, so the
                /// call is never retried. When its outcome is unknown (no answer, or a 408/500/502/504), the exception's
                /// <see cref="global::Activepieces.ActivepiecesException.OAuthCodeMayBeConsumed"/> is true and a fresh code is needed.
                """
            : " Idempotent.";

        var methods = new List<ExtensionMethod>
        {
            new()
            {
                Name = "Create" + stem + "ConnectionAsync",
                ReturnType = Task + "<" + AppConnection + ">",
                Summary = $$"""
                    /// <summary>
                    /// Creates or updates the {{piece}} connection {{connectionId}} of the project whose external id is
                    /// <paramref name="externalProjectId"/>, creating the project when it does not exist.{{upsertNote}}
                    /// </summary>
                    """,
                Parameters = [ExternalProjectId, connection, HttpCancellation],
                Returns = "The created or updated connection (without its value).",
                Exceptions = UpsertExceptions,
                Call = "Create",
            },
        };

        if (model.IsEquatable)
        {
            var cacheNote = oAuth
                ? """

                    /// An OAuth connection stored once is answered from the cache for the client's lifetime, so its single-use code is
                    /// never sent twice; a new code is a new value.
                    """
                : string.Empty;
            methods.Add(new()
            {
                Name = "Ensure" + stem + "ConnectionAsync",
                ReturnType = ValueTask + "<" + AppConnection + ">",
                Summary = $$"""
                    /// <summary>
                    /// Like <see cref="Create{{stem}}ConnectionAsync"/>, but a repeated call with an equal connection for the same project
                    /// within the client's ensure-cache duration makes no HTTP request.{{cacheNote}}
                    /// </summary>
                    """,
                Parameters = [ExternalProjectId, connection, HttpCancellation],
                Returns = "The connection (without its value).",
                Exceptions = UpsertExceptions,
                Call = "Ensure",
            });
        }

        methods.Add(new()
        {
            Name = "Get" + stem + "ConnectionAsync",
            ReturnType = Task + "<" + AppConnection + "?>",
            Summary = $"""/// <summary>Finds the {piece} connection {connectionId} of the project, or returns <see langword="null"/>.</summary>""",
            Parameters = [ExternalProjectId, HttpCancellation],
            Returns = """The connection, or <see langword="null"/> when the project or the connection does not exist.""",
            Exceptions = ReadExceptions,
            Call = "Get",
        });
        methods.Add(new()
        {
            Name = "Delete" + stem + "ConnectionAsync",
            ReturnType = Task + "<bool>",
            Summary = $"""/// <summary>Deletes the {piece} connection {connectionId} of the project.</summary>""",
            Parameters = [ExternalProjectId, HttpCancellation],
            Returns = """<see langword="true"/> when a connection was deleted; <see langword="false"/> when there was none.""",
            Exceptions = ReadExceptions,
            Call = "Delete",
        });

        // Sync ensures each org, so, like Ensure, it needs value equality.
        if (model.IsEquatable)
        {
            var syncSummary = $$"""
                /// <summary>
                /// Brings the {{piece}} connection {{connectionId}} of every org in <paramref name="connections"/> to its value, as
                /// <see cref="Ensure{{stem}}ConnectionAsync"/> does for one org, at most
                /// <see cref="{{SyncOptions}}.MaxConcurrency"/> orgs at a time. An org whose equal connection this client already
                /// ensured costs no request. An org that still fails after the retries is listed in
                /// <see cref="{{SyncResult}}.Failed"/> and the others go on, unless <see cref="{{SyncOptions}}.StopOnFirstError"/>.
                /// </summary>
                """;
            foreach (var sequence in new[] { AsyncEnumerable, Enumerable })
            {
                methods.Add(new()
                {
                    Name = "Sync" + stem + "ConnectionsAsync",
                    ReturnType = Task + "<" + SyncResult + ">",
                    Summary = syncSummary,
                    Parameters =
                    [
                        new(sequence + "<(string ExternalProjectId, " + type + " Connection)>", "connections", "The orgs (project external ids) and their connections, each org once.", ArgumentCheck.NotNull),
                        new(SyncOptions + "?", "options", """Concurrency, progress and stop behaviour; <see langword="null"/> for the defaults.""", ArgumentCheck.None) { Default = "null" },
                        new(CancellationToken, "cancellationToken", "Stops taking new orgs.", ArgumentCheck.None) { Default = "default" },
                    ],
                    Returns = "The counts of upserted and unchanged orgs, and the failures.",
                    Exceptions = [$$"""/// <exception cref="{{OperationCanceledException}}"><paramref name="cancellationToken"/> was canceled.</exception>"""],
                    Call = "Sync",
                });
            }
        }

        // The runtime audits global connections only: PROJECT-scope rows are deleted with their project.
        if (model.Settings.Scope == ConnectionScope.Platform)
        {
            methods.Add(new()
            {
                Name = "Audit" + stem + "ConnectionsAsync",
                ReturnType = Task + "<" + ConnectionAudit + ">",
                Summary = $$"""
                    /// <summary>
                    /// Audits the {{piece}} global connections named {{connectionId}}: one pass over the projects and one over the
                    /// platform's connections. Finds orphaned, duplicate, mismatched, wrong-piece, inactive and shadowed rows; pass the
                    /// result to <see cref="global::Activepieces.PredefinedConnectionsClient.RepairAsync"/> to delete the repairable ones.
                    /// </summary>
                    """,
                Parameters = [HttpCancellation],
                Returns = "The counts and the findings.",
                Exceptions = ReadExceptions,
                Call = "Audit",
            });
            methods.Add(new()
            {
                Name = "Audit" + stem + "ConnectionsAsync",
                ReturnType = Task + "<" + ConnectionAudit + ">",
                Summary = $$"""
                    /// <summary>
                    /// Like the overload without options; with <see cref="{{AuditOptions}}.Revalidate"/> the server also checks each
                    /// connection's credentials, and the rejected ones are reported as <see cref="global::Activepieces.FindingKind.InvalidCredentials"/>.
                    /// </summary>
                    """,
                Parameters =
                [
                    new(AuditOptions, "options", "Whether to revalidate, and how many at a time.", ArgumentCheck.NotNull),
                    HttpCancellation,
                ],
                Returns = "The counts and the findings.",
                Exceptions = ReadExceptions,
                Call = "Audit",
            });
        }

        methods.Add(new()
        {
            Name = "Diagnose" + stem + "ConnectionAsync",
            ReturnType = Task + "<" + ConnectionDiagnosis + ">",
            Summary = $$"""
                /// <summary>
                /// Explains whether the piece's lookup of the {{piece}} connection {{connectionId}} resolves in the project,
                /// resolving it as the worker does, and says in one sentence what to do. Reads the server, never the client's caches.
                /// </summary>
                """,
            Parameters = [ExternalProjectId, HttpCancellation],
            Returns = "The diagnosis.",
            Exceptions = ReadExceptions,
            Call = "Diagnose",
        });
        methods.Add(new()
        {
            Name = "Diagnose" + stem + "ConnectionAsync",
            ReturnType = Task + "<" + ConnectionDiagnosis + ">",
            Summary = $$"""
                /// <summary>
                /// Like the overload without options; with <see cref="{{DiagnoseOptions}}.Revalidate"/> the server also checks the
                /// resolving connection's credentials, and rejected ones are diagnosed <see cref="global::Activepieces.DiagnosisCause.InvalidCredentials"/>.
                /// </summary>
                """,
            Parameters =
            [
                ExternalProjectId,
                new(DiagnoseOptions, "options", "Whether to revalidate.", ArgumentCheck.NotNull),
                HttpCancellation,
            ],
            Returns = "The diagnosis.",
            Exceptions = ReadExceptions,
            Call = "Diagnose",
        });
        return methods;
    }

    private static readonly Parameter ExternalProjectId =
        new("string", "externalProjectId", "The project's external id (your customer org id).", ArgumentCheck.OrgId);

    private static readonly Parameter HttpCancellation =
        new(CancellationToken, "cancellationToken", "Cancels the HTTP calls.", ArgumentCheck.None) { Default = "default" };

    private static readonly string[] UpsertExceptions =
    [
        $$"""/// <exception cref="{{ApiException}}">The server answered with an error; see <see cref="{{ApiException}}.IsPieceValidationFailure"/>.</exception>""",
        $$"""/// <exception cref="{{UnavailableException}}">A call got no answer.</exception>""",
    ];

    private static readonly string[] ReadExceptions =
    [
        $$"""/// <exception cref="{{ApiException}}">The server answered with an error.</exception>""",
        $$"""/// <exception cref="{{UnavailableException}}">A call got no answer.</exception>""",
    ];

    /// <summary>Writes one extension method: its docs, signature, argument checks and the delegating call.</summary>
    private static void WriteMethod(SourceWriter writer, ConnectionTypeModel model, ExtensionMethod method)
    {
        var docs = new StringBuilder();
        var parameters = new StringBuilder();
        var checks = new StringBuilder();
        var arguments = new StringBuilder();
        var nullNames = "<paramref name=\"client\"/>";
        string? orgIdChecked = null;
        foreach (var parameter in method.Parameters)
        {
            var name = parameter.Name;
            docs.Append("\n/// <param name=\"").Append(name).Append("\">").Append(parameter.Doc).Append("</param>");
            parameters.Append(",\n    ").Append(parameter.Type).Append(' ').Append(name);
            if (parameter.Default is not null)
            {
                parameters.Append(" = ").Append(parameter.Default);
            }

            arguments.Append(", ").Append(name);
            switch (parameter.Check)
            {
                case ArgumentCheck.NotNull:
                    nullNames += " or <paramref name=\"" + name + "\"/>";
                    checks.Append('\n').Append(ArgumentNullException).Append(".ThrowIfNull(").Append(name).Append(");");
                    break;
                case ArgumentCheck.OrgId:
                    orgIdChecked = name;
                    checks.Append('\n').Append(ExternalProjectIdRule).Append(".ThrowIfInvalid(").Append(name).Append(");");
                    break;
            }
        }

        if (model.Mode != GenerationMode.Complete)
        {
            WriteStandInMethod(writer, model, method, docs.ToString(), parameters.ToString());
            return;
        }

        var argumentException = orgIdChecked is not null
            ? $$"""

                /// <exception cref="{{ArgumentException}}"><paramref name="{{orgIdChecked}}"/> is not a valid org id (<see cref="{{ExternalProjectIdRule}}"/>).</exception>
                """
            : string.Empty;
        writer.WriteLine($$"""
            {{method.Summary}}
            /// <param name="client">The Activepieces client.</param>{{docs}}
            /// <returns>{{method.Returns}}</returns>
            /// <exception cref="{{ArgumentNullException}}">{{nullNames}} is null.</exception>{{argumentException}}
            {{string.Join("\n", method.Exceptions)}}
            {{GeneratedCodeAttribute}}
            public static {{method.ReturnType}} {{method.Name}}(
                this {{Client}} client{{parameters}})
            {
                {{ArgumentNullException}}.ThrowIfNull(client);{{Indent(checks.ToString())}}
                return client.PredefinedConnections.{{method.Call}}Async({{model.Hierarchy.FullyQualifiedName}}.ConnectionDescriptor{{arguments}});
            }
            """);
    }

    /// <summary>
    /// Writes the stand-in of one extension method for a type with a problem: the same signature, so call sites compile
    /// and the build shows the type's APC error alone, and a body that throws, since the type cannot be sent.
    /// </summary>
    private static void WriteStandInMethod(SourceWriter writer, ConnectionTypeModel model, ExtensionMethod method, string parameterDocs, string parameters)
    {
        var typeName = model.Hierarchy.FullyQualifiedName.Replace("global::", string.Empty);
        var message = SourceWriter.Literal(
            "'" + typeName + "' cannot be provisioned: its [PieceAuth] declaration has errors (see the APC diagnostics of the build).");
        writer.WriteLine($$"""
            {{method.Summary}}
            /// <remarks>A stand-in: the [PieceAuth] declaration of <see cref="{{model.Hierarchy.FullyQualifiedName}}"/> has errors, so this method only keeps call sites compiling.</remarks>
            /// <param name="client">The Activepieces client.</param>{{parameterDocs}}
            /// <returns>{{method.Returns}}</returns>
            /// <exception cref="{{InvalidOperationException}}">Always: the type has errors.</exception>
            {{GeneratedCodeAttribute}}
            public static {{method.ReturnType}} {{method.Name}}(
                this {{Client}} client{{parameters}}) =>
                throw new {{InvalidOperationException}}({{message}});
            """);
    }

    private static string Indent(string lines) => lines.Replace("\n", "\n    ");

    /// <summary>The check a generated method makes on a parameter before the call.</summary>
    private enum ArgumentCheck
    {
        /// <summary>No check (a value type, or a nullable parameter).</summary>
        None,

        /// <summary><c>ArgumentNullException.ThrowIfNull</c>.</summary>
        NotNull,

        /// <summary>The library's org-id rule, <c>ExternalProjectIdRule.ThrowIfInvalid</c>.</summary>
        OrgId,
    }

    /// <summary>One parameter after <c>client</c>, passed on in the same position after the descriptor.</summary>
    /// <param name="Type">The fully qualified parameter type.</param>
    /// <param name="Name">The parameter name.</param>
    /// <param name="Doc">The <c>&lt;param&gt;</c> text.</param>
    /// <param name="Check">The argument check.</param>
    private sealed record Parameter(string Type, string Name, string Doc, ArgumentCheck Check)
    {
        /// <summary>The default value, or null when the parameter is required.</summary>
        public string? Default { get; init; }
    }

    /// <summary>One generated extension method, delegating to the <c>{Call}Async</c> method of <c>PredefinedConnectionsClient</c>.</summary>
    private sealed record ExtensionMethod
    {
        /// <summary>The method name, e.g. <c>CreateGelatoConnectionAsync</c>.</summary>
        public required string Name { get; init; }

        /// <summary>The fully qualified return type.</summary>
        public required string ReturnType { get; init; }

        /// <summary>The <c>&lt;summary&gt;</c> doc lines.</summary>
        public required string Summary { get; init; }

        /// <summary>The parameters after <c>client</c>, in order; each is passed on after the descriptor.</summary>
        public required Parameter[] Parameters { get; init; }

        /// <summary>The text of the <c>&lt;returns&gt;</c> doc.</summary>
        public required string Returns { get; init; }

        /// <summary>The <c>&lt;exception&gt;</c> doc lines beyond the argument exceptions.</summary>
        public required string[] Exceptions { get; init; }

        /// <summary>The verb of the <c>PredefinedConnectionsClient</c> method called, e.g. <c>Create</c>.</summary>
        public required string Call { get; init; }
    }
}
