using System.Collections.Generic;
using System.Text;
using Activepieces.Connections.Generators.Model;
using static Activepieces.Connections.Generators.Emitting.GlobalNames;

namespace Activepieces.Connections.Generators.Emitting;

/// <summary>
/// Writes <c>{Type}ClientExtensions</c>: <c>Create/Ensure/Get/Delete{Name}ConnectionAsync</c> on
/// <c>IActivepiecesClient</c>, each validating its arguments and delegating to the method of the same verb of
/// <c>client.PredefinedConnections</c> with the type's descriptor. <c>Ensure…</c> is only emitted for types with value
/// equality (<c>IEquatable&lt;T&gt;</c>).
/// </summary>
internal static class ClientExtensionsEmitter
{
    /// <summary>The extension class name: the containing type names and the type name, then <c>ClientExtensions</c>.</summary>
    /// <param name="model">The connection type.</param>
    /// <returns>For example <c>GelatoConnectionClientExtensions</c>, or <c>OuterGelatoConnectionClientExtensions</c> when nested.</returns>
    public static string ClassName(ConnectionTypeModel model)
    {
        var builder = new StringBuilder();
        foreach (TypeDeclarationInfo containing in model.Hierarchy.ContainingTypes)
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
        PieceAuthSettings settings = model.Settings;
        string type = model.Hierarchy.FullyQualifiedName;
        string piece = "<c>" + SourceWriter.Xml(settings.PieceName) + "</c>";
        string connectionId = "<c>" + SourceWriter.Xml(settings.ExternalIdPrefix) + "{externalProjectId}</c>";
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

        List<ExtensionMethod> methods = Methods(model, piece, connectionId);
        for (int i = 0; i < methods.Count; i++)
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
        string stem = model.Settings.ClientName;
        var methods = new List<ExtensionMethod>
        {
            new()
            {
                Verb = "Create",
                ReturnType = Task + "<" + AppConnection + ">",
                Summary = $$"""
                    /// <summary>
                    /// Creates or updates the {{piece}} connection {{connectionId}} of the project whose external id is
                    /// <paramref name="externalProjectId"/>, creating the project when it does not exist. Idempotent.
                    /// </summary>
                    """,
                Returns = "The created or updated connection (without its value).",
                TakesConnection = true,
            },
        };

        if (model.IsEquatable)
        {
            methods.Add(new()
            {
                Verb = "Ensure",
                ReturnType = ValueTask + "<" + AppConnection + ">",
                Summary = $$"""
                    /// <summary>
                    /// Like <see cref="Create{{stem}}ConnectionAsync"/>, but a repeated call with an equal connection for the same project
                    /// within the client's ensure-cache duration makes no HTTP request.
                    /// </summary>
                    """,
                Returns = "The connection (without its value).",
                TakesConnection = true,
            });
        }

        methods.Add(new()
        {
            Verb = "Get",
            ReturnType = Task + "<" + AppConnection + "?>",
            Summary = $"""/// <summary>Finds the {piece} connection {connectionId} of the project, or returns <see langword="null"/>.</summary>""",
            Returns = """The connection, or <see langword="null"/> when the project or the connection does not exist.""",
            TakesConnection = false,
        });
        methods.Add(new()
        {
            Verb = "Delete",
            ReturnType = Task + "<bool>",
            Summary = $"""/// <summary>Deletes the {piece} connection {connectionId} of the project.</summary>""",
            Returns = """<see langword="true"/> when a connection was deleted; <see langword="false"/> when there was none.""",
            TakesConnection = false,
        });
        return methods;
    }

    /// <summary>Writes one extension method: its docs, signature, argument checks and the delegating call.</summary>
    private static void WriteMethod(SourceWriter writer, ConnectionTypeModel model, ExtensionMethod method)
    {
        string type = model.Hierarchy.FullyQualifiedName;

        // A connection of a reference type may be null; a struct connection cannot.
        bool checksConnection = method.TakesConnection
            && model.Hierarchy.Type.Kind is TypeDeclarationKind.RecordClass or TypeDeclarationKind.Class;
        string connectionParameterDoc = method.TakesConnection ? "\n/// <param name=\"connection\">The credentials.</param>" : string.Empty;
        string connectionNullDoc = checksConnection ? " or <paramref name=\"connection\"/>" : string.Empty;
        string connectionParameter = method.TakesConnection ? "\n    " + type + " connection," : string.Empty;
        string connectionCheck = checksConnection ? "\n    " + ArgumentNullException + ".ThrowIfNull(connection);" : string.Empty;
        string connectionArgument = method.TakesConnection ? "connection, " : string.Empty;
        writer.WriteLine($$"""
            {{method.Summary}}
            /// <param name="client">The Activepieces client.</param>
            /// <param name="externalProjectId">The project's external id (your customer org id).</param>{{connectionParameterDoc}}
            /// <param name="cancellationToken">Cancels the HTTP calls.</param>
            /// <returns>{{method.Returns}}</returns>
            /// <exception cref="{{ArgumentNullException}}"><paramref name="client"/>{{connectionNullDoc}} is null.</exception>
            /// <exception cref="{{ArgumentException}}"><paramref name="externalProjectId"/> is null, empty or white space.</exception>
            {{GeneratedCodeAttribute}}
            public static {{method.ReturnType}} {{method.Verb}}{{model.Settings.ClientName}}ConnectionAsync(
                this {{Client}} client,
                string externalProjectId,{{connectionParameter}}
                {{CancellationToken}} cancellationToken = default)
            {
                {{ArgumentNullException}}.ThrowIfNull(client);
                {{ArgumentException}}.ThrowIfNullOrWhiteSpace(externalProjectId);{{connectionCheck}}
                return client.PredefinedConnections.{{method.Verb}}Async({{type}}.ConnectionDescriptor, externalProjectId, {{connectionArgument}}cancellationToken);
            }
            """);
    }

    /// <summary>One generated extension method, named <c>{Verb}{Name}ConnectionAsync</c>, delegating to <c>{Verb}Async</c>.</summary>
    private sealed record ExtensionMethod
    {
        /// <summary>The verb of the method and of the <c>IPredefinedConnectionsApi</c> method it calls, e.g. <c>Create</c>.</summary>
        public required string Verb { get; init; }

        /// <summary>The fully qualified return type.</summary>
        public required string ReturnType { get; init; }

        /// <summary>The <c>&lt;summary&gt;</c> doc lines.</summary>
        public required string Summary { get; init; }

        /// <summary>The text of the <c>&lt;returns&gt;</c> doc.</summary>
        public required string Returns { get; init; }

        /// <summary>Whether the method takes the connection (Create, Ensure) or only the project (Get, Delete).</summary>
        public required bool TakesConnection { get; init; }
    }
}
