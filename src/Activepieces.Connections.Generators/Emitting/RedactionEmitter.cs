using Activepieces.Connections.Generators.Model;

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
        bool isRecord = model.Hierarchy.Type.Kind is TypeDeclarationKind.RecordClass or TypeDeclarationKind.RecordStruct;
        if (isRecord)
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
        bool isPrivate = model.IsSealed || model.Hierarchy.Type.Kind == TypeDeclarationKind.RecordStruct;
        writer.WriteLine("/// <summary>Prints the members for <c>ToString()</c>, with secrets replaced by <c>***</c>.</summary>");
        writer.WriteLine("/// <param name=\"builder\">Receives the members.</param>");
        writer.WriteLine("/// <returns>Whether any member was printed.</returns>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine((isPrivate ? "private" : "protected virtual") + " bool PrintMembers(" + GlobalNames.StringBuilder + " builder)");
        writer.OpenBlock();
        writer.WriteLine(GlobalNames.ArgumentNullException + ".ThrowIfNull(builder);");
        AppendMembers(writer, model);
        writer.WriteLine(model.Members.IsEmpty ? "return false;" : "return true;");
        writer.CloseBlock();
    }

    private static void EmitToString(SourceWriter writer, ConnectionTypeModel model)
    {
        writer.WriteLine("/// <summary>Prints the type and its members, with secrets replaced by <c>***</c>.</summary>");
        writer.WriteLine("/// <returns>For example <c>" + SourceWriter.Xml(model.Hierarchy.Type.Name) + " { Name = value, Secret = *** }</c>.</returns>");
        writer.WriteLine(GlobalNames.GeneratedCodeAttribute);
        writer.WriteLine("public override string ToString()");
        writer.OpenBlock();
        writer.WriteLine("var builder = new " + GlobalNames.StringBuilder + "();");
        writer.WriteLine("builder.Append(" + SourceWriter.Literal(model.Hierarchy.Type.Name.TrimStart('@') + " { ") + ");");
        AppendMembers(writer, model);
        writer.WriteLine(model.Members.IsEmpty ? "builder.Append('}');" : "builder.Append(\" }\");");
        writer.WriteLine("return builder.ToString();");
        writer.CloseBlock();
    }

    private static void AppendMembers(SourceWriter writer, ConnectionTypeModel model)
    {
        for (int i = 0; i < model.Members.Count; i++)
        {
            ConnectionMemberModel member = model.Members[i];
            string label = (i == 0 ? string.Empty : ", ") + member.Name + " = ";
            if (member.IsRedacted)
            {
                writer.WriteLine("builder.Append(" + SourceWriter.Literal(label + "***") + ");");
            }
            else
            {
                writer.WriteLine("builder.Append(" + SourceWriter.Literal(label) + ");");
                writer.WriteLine("builder.Append((object?)this." + member.Identifier + ");");
            }
        }
    }
}
