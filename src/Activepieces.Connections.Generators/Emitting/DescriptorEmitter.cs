using Activepieces.Connections.Generators.Contracts;
using Activepieces.Connections.Generators.Model;

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
        PieceAuthSettings settings = model.Settings;
        string prefixXml = SourceWriter.Xml(settings.ExternalIdPrefix);

        writer.WriteLine("/// <summary>The npm package name of the piece: <c>" + SourceWriter.Xml(settings.PieceName) + "</c>.</summary>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine("public const string PieceName = " + SourceWriter.Literal(settings.PieceName) + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The prefix of the connection external id: the connection of a project is <c>" + prefixXml + "{externalProjectId}</c>.</summary>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine("public const string ExternalIdPrefix = " + SourceWriter.Literal(settings.ExternalIdPrefix) + ";");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The piece, auth type, external-id convention, display name and scope of this connection type.</summary>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine("public static " + GlobalNames.Descriptor + " ConnectionDescriptor { get; } = new " + GlobalNames.Descriptor + "(");
        writer.Indent();
        writer.WriteLine("PieceName,");
        writer.WriteLine(GlobalNames.AuthType + "." + settings.AuthType + ",");
        writer.WriteLine("ExternalIdPrefix,");
        writer.WriteLine(SourceWriter.Literal(settings.DisplayName) + ",");
        writer.WriteLine((settings.PieceVersion is null ? "null" : SourceWriter.Literal(settings.PieceVersion)) + ",");
        writer.WriteLine(GlobalNames.ConnectionScope + "." + settings.Scope + ");");
        writer.Unindent();
        writer.WriteLine();
        writer.WriteLine("/// <summary>The connection external id of a project: <c>" + prefixXml + "</c> followed by <paramref name=\"externalProjectId\"/>.</summary>");
        writer.WriteLine("/// <param name=\"externalProjectId\">The project's external id (your customer org id).</param>");
        writer.WriteLine("/// <returns>The external id the piece passes to <c>connections.get</c>.</returns>");
        writer.WriteLine("/// <exception cref=\"" + GlobalNames.ArgumentException + "\"><paramref name=\"externalProjectId\"/> is null, empty or white space.</exception>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine("public static string ExternalIdFor(string externalProjectId) => ConnectionDescriptor.ExternalIdFor(externalProjectId);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Extracts the project external id from a connection external id that starts with <c>" + prefixXml + "</c>.</summary>");
        writer.WriteLine("/// <param name=\"connectionExternalId\">A connection external id.</param>");
        writer.WriteLine("/// <param name=\"externalProjectId\">The project external id when this returns <see langword=\"true\"/>; otherwise empty.</param>");
        writer.WriteLine("/// <returns>Whether <paramref name=\"connectionExternalId\"/> starts with the prefix and has a non-empty rest.</returns>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine("public static bool TryGetExternalProjectId(string? connectionExternalId, out string externalProjectId) =>");
        writer.Indent();
        writer.WriteLine("ConnectionDescriptor.TryGetExternalProjectId(connectionExternalId, out externalProjectId);");
        writer.Unindent();
    }
}
