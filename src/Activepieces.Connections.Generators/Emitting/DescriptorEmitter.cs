using Activepieces.CSharp;
using Activepieces.Connections.Generators.Model;
using static Activepieces.Connections.Generators.Emitting.GlobalNames;

namespace Activepieces.Connections.Generators.Emitting;

/// <summary>
/// Writes the static naming members of a connection type: <c>PieceName</c>, <c>ExternalIdPrefix</c>,
/// <c>ConnectionDescriptor</c>, <c>ExternalIdFor</c> and <c>TryGetExternalProjectId</c>.
/// </summary>
internal static class DescriptorEmitter
{
    /// <summary>Writes the members into the open type body.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="model">The connection type.</param>
    public static void Emit(SourceWriter writer, ConnectionTypeModel model)
    {
        var settings = model.Settings;
        var prefixXml = DocComment.Escape(settings.ExternalIdPrefix);
        var pieceVersion = settings.PieceVersion is null ? "null" : SourceWriter.Literal(settings.PieceVersion);
        writer.WriteLine($$"""
            /// <summary>The npm package name of the piece: <c>{{DocComment.Escape(settings.PieceName)}}</c>.</summary>
            {{GeneratedCodeAttribute}}
            public const string PieceName = {{SourceWriter.Literal(settings.PieceName)}};

            /// <summary>The prefix of the connection external id: the connection of a project is <c>{{prefixXml}}{externalProjectId}</c>.</summary>
            {{GeneratedCodeAttribute}}
            public const string ExternalIdPrefix = {{SourceWriter.Literal(settings.ExternalIdPrefix)}};

            /// <summary>The piece, auth type, external-id convention, display name and scope of this connection type.</summary>
            {{GeneratedCodeAttribute}}
            public static {{Descriptor}} ConnectionDescriptor { get; } = new {{Descriptor}}(
                PieceName,
                {{AuthTypeEnum}}.{{settings.AuthType}},
                ExternalIdPrefix,
                {{SourceWriter.Literal(settings.DisplayName)}},
                {{pieceVersion}},
                {{ConnectionScopeEnum}}.{{settings.Scope}});

            /// <summary>The connection external id of a project: <c>{{prefixXml}}</c> followed by <paramref name="externalProjectId"/>.</summary>
            /// <param name="externalProjectId">The project's external id (your customer org id).</param>
            /// <returns>The external id the piece passes to <c>connections.get</c>.</returns>
            /// <exception cref="{{ArgumentNullException}}"><paramref name="externalProjectId"/> is null.</exception>
            /// <exception cref="{{ArgumentException}}"><paramref name="externalProjectId"/> is not a valid org id (<see cref="{{ExternalProjectIdRule}}"/>).</exception>
            {{GeneratedCodeAttribute}}
            public static string ExternalIdFor(string externalProjectId) => ConnectionDescriptor.ExternalIdFor(externalProjectId);

            /// <summary>Extracts the project external id from a connection external id that starts with <c>{{prefixXml}}</c>.</summary>
            /// <param name="connectionExternalId">A connection external id.</param>
            /// <param name="externalProjectId">The project external id when this returns <see langword="true"/>; otherwise empty.</param>
            /// <returns>Whether <paramref name="connectionExternalId"/> starts with the prefix and has a non-empty rest.</returns>
            {{GeneratedCodeAttribute}}
            public static bool TryGetExternalProjectId(string? connectionExternalId, out string externalProjectId) =>
                ConnectionDescriptor.TryGetExternalProjectId(connectionExternalId, out externalProjectId);
            """);
    }
}
