using Activepieces.CSharp;
using Activepieces.Connections.Generators.Model;
using static Activepieces.Connections.Generators.Emitting.GlobalNames;

namespace Activepieces.Connections.Generators.Emitting;

/// <summary>
/// Writes the redacting printer: for records a <c>PrintMembers</c> (the compiler's <c>ToString()</c> calls it), for
/// classes and structs a <c>ToString()</c> override, both in the record format <c>Name { A = 1, Secret = *** }</c>.
/// Redacted members (<c>[Secret]</c>, <c>secret_text</c>, <c>password</c>, <c>client_secret</c>, <c>code</c>) print
/// <c>***</c> whether or not they are null.
/// </summary>
internal static class RedactionEmitter
{
    /// <summary>Writes the printer into the open type body.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="model">The connection type.</param>
    public static void Emit(SourceWriter writer, ConnectionTypeModel model)
    {
        var kind = model.Hierarchy.Type.Kind;
        if (kind is TypeDeclarationKind.RecordClass or TypeDeclarationKind.RecordStruct)
        {
            EmitPrintMembers(writer, model);
        }
        else
        {
            EmitToString(writer, model);
        }
    }

    private static void EmitPrintMembers(SourceWriter writer, ConnectionTypeModel model)
    {
        // A sealed record or a record struct declares a private PrintMembers; other records a protected virtual one.
        var modifiers = model.IsSealed || model.Hierarchy.Type.Kind == TypeDeclarationKind.RecordStruct ? "private" : "protected virtual";
        writer.WriteLine($$"""
            /// <summary>Prints the members for <c>ToString()</c>, with secrets replaced by <c>***</c>.</summary>
            /// <param name="builder">Receives the members.</param>
            /// <returns>Whether any member was printed.</returns>
            {{GeneratedCodeAttribute}}
            {{modifiers}} bool PrintMembers({{StringBuilder}} builder)
            {
                {{ArgumentNullException}}.ThrowIfNull(builder);
            """);
        writer.Indentation++;
        AppendMembers(writer, model);
        writer.WriteLine(model.Members.IsEmpty ? "return false;" : "return true;");
        writer.CloseBlock();
    }

    private static void EmitToString(SourceWriter writer, ConnectionTypeModel model)
    {
        var name = model.Hierarchy.Type.Name;
        writer.WriteLine($$"""
            /// <summary>Prints the type and its members, with secrets replaced by <c>***</c>.</summary>
            /// <returns>For example <c>{{DocComment.Escape(name)}} { Name = value, Secret = *** }</c>.</returns>
            {{GeneratedCodeAttribute}}
            public override string ToString()
            {
                var builder = new {{StringBuilder}}();
                builder.Append({{SourceWriter.Literal(name.TrimStart('@') + " { ")}});
            """);
        writer.Indentation++;
        AppendMembers(writer, model);
        writer.WriteLine($$"""
            {{(model.Members.IsEmpty ? "builder.Append('}');" : "builder.Append(\" }\");")}}
            return builder.ToString();
            """);
        writer.CloseBlock();
    }

    private static void AppendMembers(SourceWriter writer, ConnectionTypeModel model)
    {
        for (var i = 0; i < model.Members.Count; i++)
        {
            var member = model.Members[i];
            var label = (i == 0 ? string.Empty : ", ") + member.Name + " = ";
            writer.WriteLine(member.IsRedacted
                ? $"builder.Append({SourceWriter.Literal(label + "***")});"
                : $$"""
                    builder.Append({{SourceWriter.Literal(label)}});
                    builder.Append((object?)this.{{member.Identifier}});
                    """);
        }
    }
}
