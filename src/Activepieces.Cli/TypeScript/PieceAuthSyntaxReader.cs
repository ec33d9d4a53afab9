using Activepieces.Cli.CommandLine;
using Activepieces.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Activepieces.Cli.TypeScript;

/// <summary>
/// Reads the <c>[PieceAuth]</c> records of a C# project or folder from their syntax, without a build. The attribute's
/// arguments must be constants written in place (string literals, <c>AuthType.X</c>), and they are judged by the rules
/// the generator applies (<see cref="PieceNames"/>, <see cref="ExternalIdPrefixes"/>, <see cref="PieceVersions"/>,
/// <see cref="PieceAuthArgumentRules"/>), so a record emit-ts accepts is one the analyzers accept.
/// </summary>
internal static class PieceAuthSyntaxReader
{
    private const string AttributeName = "PieceAuth";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview, DocumentationMode.None);

    /// <summary>The folders a project's build writes or restores into: their files are not the project's sources.</summary>
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", ".git"];

    /// <summary>Reads every record under <paramref name="path"/> (a <c>.csproj</c>, whose folder is read, or a folder).</summary>
    /// <exception cref="CliException">The path does not exist, or a record's arguments are not acceptable.</exception>
    public static IReadOnlyList<PieceAuthRecord> Read(string path, string displayPath, CancellationToken cancellationToken)
    {
        var root = ProjectFolder(path, displayPath);
        var problems = new List<string>();
        var records = new List<PieceAuthRecord>();
        foreach (var file in SourceFiles(root).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), ParseOptions, file, cancellationToken: cancellationToken);
            foreach (var type in tree.GetRoot(cancellationToken).DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (FindAttribute(type) is { } attribute)
                {
                    var record = ReadRecord(type, attribute, relative, problems);
                    if (record is not null)
                    {
                        records.Add(record);
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new CliException(string.Join(" ", problems) + " Fix the record (dotnet build reports the same problems) and run emit-ts again.");
        }

        return records;
    }

    private static string ProjectFolder(string path, string displayPath)
    {
        if (File.Exists(path))
        {
            if (!path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"{displayPath}: not a .csproj file or a folder.");
            }

            return Path.GetDirectoryName(path)!;
        }

        if (!Directory.Exists(path))
        {
            throw new CliException($"{displayPath}: no such file or folder.");
        }

        return path;
    }

    private static IEnumerable<string> SourceFiles(string root)
    {
        foreach (var file in Directory.EnumerateFiles(root, "*.cs"))
        {
            yield return file;
        }

        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(folder), StringComparer.OrdinalIgnoreCase))
            {
                foreach (var file in SourceFiles(folder))
                {
                    yield return file;
                }
            }
        }
    }

    private static AttributeSyntax? FindAttribute(TypeDeclarationSyntax type) =>
        type.AttributeLists.SelectMany(list => list.Attributes).FirstOrDefault(attribute => SimpleName(attribute.Name) is AttributeName or AttributeName + "Attribute");

    private static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => name.ToString(),
    };

    private static PieceAuthRecord? ReadRecord(TypeDeclarationSyntax type, AttributeSyntax attribute, string relativePath, List<string> problems)
    {
        var line = type.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        var where = $"{relativePath}:{line}: {type.Identifier.ValueText}";
        var count = problems.Count;
        void Problem(string text) => problems.Add($"{where}: {text}.");

        if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            Problem("is not partial (APC001)");
        }

        if (type.Modifiers.Any(SyntaxKind.AbstractKeyword) || type.Modifiers.Any(SyntaxKind.StaticKeyword))
        {
            Problem("is abstract or static, so the generator cannot complete it (APC019)");
        }

        if (type.TypeParameterList is not null || type.Ancestors().OfType<TypeDeclarationSyntax>().Any(outer => outer.TypeParameterList is not null))
        {
            Problem("is generic or nested in a generic type (APC008)");
        }

        var positional = attribute.ArgumentList?.Arguments.Where(argument => argument.NameEquals is null && argument.NameColon is null).ToList() ?? [];
        var named = attribute.ArgumentList?.Arguments.Where(argument => argument.NameEquals is not null)
            .ToDictionary(argument => argument.NameEquals!.Name.Identifier.ValueText, argument => argument.Expression, StringComparer.Ordinal)
            ?? [];
        if (positional.Count != 2)
        {
            Problem("[PieceAuth] takes the piece name and the auth type");
            return null;
        }

        var pieceName = ConstantString(positional[0].Expression);
        if (pieceName is null)
        {
            Problem("the piece name must be a string literal (emit-ts reads the source without a build)");
        }
        else if (!PieceNames.IsValid(pieceName))
        {
            Problem($"'{pieceName}' is not a piece name: {PieceNames.Rule} (APC002)");
        }

        var authType = ConstantEnum<AuthType>(positional[1].Expression, nameof(AuthType));
        if (authType is not { } auth || !AuthTypeWireNames.IsDefined(auth))
        {
            Problem("the auth type must be an AuthType member such as AuthType.CustomAuth (APC018)");
        }

        var prefix = NamedString(named, nameof(PieceAuthAttribute.ExternalIdPrefix), Problem);
        var resolvedPrefix = prefix ?? (pieceName is null ? string.Empty : ExternalIdPrefixes.DefaultFor(pieceName));
        if (ExternalIdPrefixes.Problem(resolvedPrefix) is { } prefixProblem && (prefix is not null || (pieceName is not null && PieceNames.IsValid(pieceName))))
        {
            Problem($"ExternalIdPrefix '{resolvedPrefix}' {prefixProblem}{(prefix is null ? " (derived from the piece name; set ExternalIdPrefix)" : string.Empty)} (APC003)");
        }

        if (NamedString(named, nameof(PieceAuthAttribute.DisplayName), Problem) is { } displayName && !PieceAuthArgumentRules.IsValidDisplayName(displayName))
        {
            Problem("DisplayName is empty or white space (APC018)");
        }

        if (NamedString(named, nameof(PieceAuthAttribute.PieceVersion), Problem) is { } version && !PieceVersions.IsValid(version))
        {
            Problem($"PieceVersion '{version}' is not {PieceVersions.Rule} (APC009)");
        }

        if (named.TryGetValue(nameof(PieceAuthAttribute.Scope), out var scopeExpression)
            && ConstantEnum<ConnectionScope>(scopeExpression, nameof(ConnectionScope)) is not (ConnectionScope.Platform or ConnectionScope.Project))
        {
            Problem("Scope must be ConnectionScope.Platform or ConnectionScope.Project (APC018)");
        }

        var clientName = NamedString(named, nameof(PieceAuthAttribute.ClientName), Problem) ?? NamingConventions.DefaultClientName(type.Identifier.ValueText);
        if (!PieceAuthArgumentRules.IsValidClientName(clientName))
        {
            Problem($"ClientName '{clientName}' is not a C# identifier (APC018)");
        }

        if (problems.Count > count)
        {
            return null;
        }

        var containing = type.Ancestors().OfType<TypeDeclarationSyntax>().Reverse().Select(outer => outer.Identifier.ValueText).ToList();
        var typeName = string.Join('.', [.. containing, type.Identifier.ValueText]);
        var ns = type.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().Select(declaration => declaration.Name.ToString()).ToList();
        var fullName = ns.Count == 0 ? typeName : string.Join('.', ns) + "." + typeName;
        return new PieceAuthRecord(typeName, fullName, relativePath, line, pieceName!, authType!.Value, resolvedPrefix, clientName);
    }

    private static string? NamedString(Dictionary<string, ExpressionSyntax> named, string property, Action<string> problem)
    {
        if (!named.TryGetValue(property, out var expression))
        {
            return null;
        }

        var value = ConstantString(expression);
        if (value is null)
        {
            problem($"{property} must be a string literal (emit-ts reads the source without a build)");
        }

        return value;
    }

    /// <summary>A string constant written in place: a literal, a parenthesized one, or a concatenation of them.</summary>
    private static string? ConstantString(ExpressionSyntax expression) => expression switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        ParenthesizedExpressionSyntax parenthesized => ConstantString(parenthesized.Expression),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression)
            => ConstantString(binary.Left) is { } left && ConstantString(binary.Right) is { } right ? left + right : null,
        _ => null,
    };

    /// <summary>An enum constant written as <c>Enum.Member</c> (qualified or not) or as a cast integer.</summary>
    private static T? ConstantEnum<T>(ExpressionSyntax expression, string enumName)
        where T : struct, Enum => expression switch
        {
            MemberAccessExpressionSyntax access when SimpleName(EnumTypeName(access.Expression)) == enumName
                && Enum.TryParse<T>(access.Name.Identifier.ValueText, ignoreCase: false, out var value)
                && Enum.IsDefined(value) => value,
            CastExpressionSyntax { Expression: LiteralExpressionSyntax literal } cast when SimpleName(cast.Type as NameSyntax ?? SyntaxFactory.IdentifierName("?")) == enumName
                && literal.Token.Value is int number => (T)Enum.ToObject(typeof(T), number),
            ParenthesizedExpressionSyntax parenthesized => ConstantEnum<T>(parenthesized.Expression, enumName),
            _ => null,
        };

    private static NameSyntax EnumTypeName(ExpressionSyntax expression) => expression switch
    {
        NameSyntax name => name,
        MemberAccessExpressionSyntax access => access.Name,
        _ => SyntaxFactory.IdentifierName("?"),
    };
}
