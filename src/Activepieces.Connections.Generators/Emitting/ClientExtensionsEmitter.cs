using System.Text;
using Activepieces.Connections.Generators.Model;

namespace Activepieces.Connections.Generators.Emitting;

/// <summary>
/// Writes <c>{Type}ClientExtensions</c>: <c>Create/Ensure/Get/Delete{Name}ConnectionAsync</c> on
/// <c>IActivepiecesClient</c>, each validating its arguments and delegating to <c>client.PredefinedConnections</c>
/// with the type's descriptor. <c>Ensure…</c> is only emitted for types with value equality (<c>IEquatable&lt;T&gt;</c>).
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
        string stem = settings.ClientName;
        bool isReferenceType = model.Hierarchy.Type.Kind is TypeDeclarationKind.RecordClass or TypeDeclarationKind.Class;

        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Provisions " + piece + " connections (<see cref=\"" + type + "\"/>) for customer projects: one connection");
        writer.WriteLine("/// " + connectionId + " per project, through <see cref=\"" + GlobalNames.Client + ".PredefinedConnections\"/>.");
        writer.WriteLine("/// </summary>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine((model.IsPublic ? "public" : "internal") + " static partial class " + ClassName(model));
        writer.OpenBlock();

        string descriptor = type + ".ConnectionDescriptor";
        WriteMethod(
            writer,
            new[]
            {
                "/// <summary>",
                "/// Creates or updates the " + piece + " connection " + connectionId + " of the project whose external id is",
                "/// <paramref name=\"externalProjectId\"/>, creating the project when it does not exist. Idempotent.",
                "/// </summary>",
            },
            "/// <returns>The created or updated connection (without its value).</returns>",
            GlobalNames.Task + "<" + GlobalNames.AppConnection + "> Create" + stem + "ConnectionAsync(",
            type,
            withConnection: true,
            checkConnection: isReferenceType,
            "return client.PredefinedConnections.CreateAsync(" + descriptor + ", externalProjectId, connection, cancellationToken);");

        if (model.IsEquatable)
        {
            writer.WriteLine();
            WriteMethod(
                writer,
                new[]
                {
                    "/// <summary>",
                    "/// Like <see cref=\"Create" + stem + "ConnectionAsync\"/>, but a repeated call with an equal connection for the same project",
                    "/// within the client's ensure-cache duration makes no HTTP request.",
                    "/// </summary>",
                },
                "/// <returns>The connection (without its value).</returns>",
                GlobalNames.ValueTask + "<" + GlobalNames.AppConnection + "> Ensure" + stem + "ConnectionAsync(",
                type,
                withConnection: true,
                checkConnection: isReferenceType,
                "return client.PredefinedConnections.EnsureAsync(" + descriptor + ", externalProjectId, connection, cancellationToken);");
        }

        writer.WriteLine();
        WriteMethod(
            writer,
            new[] { "/// <summary>Finds the " + piece + " connection " + connectionId + " of the project, or returns <see langword=\"null\"/>.</summary>" },
            "/// <returns>The connection, or <see langword=\"null\"/> when the project or the connection does not exist.</returns>",
            GlobalNames.Task + "<" + GlobalNames.AppConnection + "?> Get" + stem + "ConnectionAsync(",
            type,
            withConnection: false,
            checkConnection: false,
            "return client.PredefinedConnections.GetAsync(" + descriptor + ", externalProjectId, cancellationToken);");

        writer.WriteLine();
        WriteMethod(
            writer,
            new[] { "/// <summary>Deletes the " + piece + " connection " + connectionId + " of the project.</summary>" },
            "/// <returns><see langword=\"true\"/> when a connection was deleted; <see langword=\"false\"/> when there was none.</returns>",
            GlobalNames.Task + "<bool> Delete" + stem + "ConnectionAsync(",
            type,
            withConnection: false,
            checkConnection: false,
            "return client.PredefinedConnections.DeleteAsync(" + descriptor + ", externalProjectId, cancellationToken);");

        writer.CloseBlock();
    }

    /// <summary>
    /// Writes one extension method: its summary, the common parameter and exception docs, <c>[GeneratedCode]</c>, the
    /// signature, the argument checks and the delegating call.
    /// </summary>
    private static void WriteMethod(
        SourceWriter writer,
        string[] summary,
        string returns,
        string signatureStart,
        string type,
        bool withConnection,
        bool checkConnection,
        string call)
    {
        foreach (string line in summary)
        {
            writer.WriteLine(line);
        }

        WriteCommonParameters(writer, withConnection);
        writer.WriteLine(returns);
        WriteExceptions(writer, checkConnection);
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine("public static " + signatureStart);
        WriteSignatureTail(writer, type, withConnection);
        writer.OpenBlock();
        WriteArgumentChecks(writer, checkConnection);
        writer.WriteLine(call);
        writer.CloseBlock();
    }

    private static void WriteCommonParameters(SourceWriter writer, bool withConnection)
    {
        writer.WriteLine("/// <param name=\"client\">The Activepieces client.</param>");
        writer.WriteLine("/// <param name=\"externalProjectId\">The project's external id (your customer org id).</param>");
        if (withConnection)
        {
            writer.WriteLine("/// <param name=\"connection\">The credentials.</param>");
        }

        writer.WriteLine("/// <param name=\"cancellationToken\">Cancels the HTTP calls.</param>");
    }

    private static void WriteExceptions(SourceWriter writer, bool withConnection)
    {
        writer.WriteLine("/// <exception cref=\"" + GlobalNames.ArgumentNullException + "\"><paramref name=\"client\"/>"
            + (withConnection ? " or <paramref name=\"connection\"/>" : string.Empty) + " is null.</exception>");
        writer.WriteLine("/// <exception cref=\"" + GlobalNames.ArgumentException + "\"><paramref name=\"externalProjectId\"/> is null, empty or white space.</exception>");
    }

    private static void WriteSignatureTail(SourceWriter writer, string type, bool withConnection)
    {
        writer.Indent();
        writer.WriteLine("this " + GlobalNames.Client + " client,");
        writer.WriteLine("string externalProjectId,");
        if (withConnection)
        {
            writer.WriteLine(type + " connection,");
        }

        writer.WriteLine(GlobalNames.CancellationToken + " cancellationToken = default)");
        writer.Unindent();
    }

    private static void WriteArgumentChecks(SourceWriter writer, bool withConnection)
    {
        writer.WriteLine(GlobalNames.ArgumentNullException + ".ThrowIfNull(client);");
        writer.WriteLine(GlobalNames.ArgumentException + ".ThrowIfNullOrWhiteSpace(externalProjectId);");
        if (withConnection)
        {
            writer.WriteLine(GlobalNames.ArgumentNullException + ".ThrowIfNull(connection);");
        }
    }
}
