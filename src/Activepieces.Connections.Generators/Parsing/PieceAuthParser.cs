using System.Collections.Generic;
using System.Text;
using System.Threading;
using Activepieces.Connections.Generators.Model;
using Microsoft.CodeAnalysis;
using Activepieces.Connections.Generators.Contracts;

namespace Activepieces.Connections.Generators.Parsing;

/// <summary>
/// Turns a <c>[PieceAuth]</c> type symbol into a value-equatable <see cref="ConnectionTypeModel"/>, or into the list of
/// <see cref="ShapeProblem"/>s that prevent generation. Shared by the generator (which uses only
/// <see cref="PieceAuthParseResult.Model"/>) and the analyzers (which report <see cref="PieceAuthParseResult.Problems"/>
/// and inspect <see cref="PieceAuthParseResult.Settings"/> and <see cref="PieceAuthParseResult.Members"/>, e.g. against
/// piece metadata).
/// </summary>
/// <remarks>
/// Pure and allocation-conscious: no LINQ, no <see cref="Compilation"/> access, no diagnostics. Safe to call from a
/// <c>ForAttributeWithMetadataName</c> transform and from a symbol action.
/// </remarks>
internal static class PieceAuthParser
{
    /// <summary>Parses <paramref name="type"/> with its <c>[PieceAuth]</c> <paramref name="attribute"/>.</summary>
    /// <param name="type">The attributed type.</param>
    /// <param name="attribute">The <c>Activepieces.PieceAuthAttribute</c> instance on it.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The settings, the members, the problems and, when there are none, the model.</returns>
    public static PieceAuthParseResult Parse(INamedTypeSymbol type, AttributeData attribute, CancellationToken cancellationToken)
    {
        var problems = new List<ShapeProblem>();
        PieceAuthSettings settings = ReadSettings(type, attribute, problems);
        TypeShapeReader.Check(type, problems, cancellationToken);

        List<ConnectionMemberModel> members = MemberReader.Read(type, cancellationToken);
        foreach (ConnectionMemberModel member in members)
        {
            if (member.TypeKind == MemberTypeKind.Unsupported)
            {
                problems.Add(new ShapeProblem
                {
                    Kind = ShapeProblemKind.UnsupportedMemberType,
                    MemberNames = new EquatableArray<string>(new[] { member.Name }),
                    Key = member.Key,
                    Value = member.TypeName,
                });
            }
        }

        if (settings.IsAuthKindDefined)
        {
            WireFieldMapper.Map(settings.AuthType, members, problems);
        }

        EquatableArray<ConnectionMemberModel> memberArray = EquatableArray<ConnectionMemberModel>.From(members);
        return new PieceAuthParseResult
        {
            Settings = settings,
            Members = memberArray,
            Problems = EquatableArray<ShapeProblem>.From(problems),
            Model = problems.Count == 0 ? CreateModel(type, settings, memberArray) : null,
        };
    }

    private static PieceAuthSettings ReadSettings(INamedTypeSymbol type, AttributeData attribute, List<ShapeProblem> problems)
    {
        string pieceName = string.Empty;
        int authType = -1;
        if (attribute.ConstructorArguments.Length == 2)
        {
            pieceName = attribute.ConstructorArguments[0].Value as string ?? string.Empty;
            authType = attribute.ConstructorArguments[1].Value is int value ? value : -1;
        }

        string? prefix = null;
        string? displayName = null;
        string? pieceVersion = null;
        string? clientName = null;
        int scope = (int)ConnectionScope.Platform;
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            switch (argument.Key)
            {
                case nameof(PieceAuthAttribute.ExternalIdPrefix):
                    prefix = argument.Value.Value as string;
                    break;
                case nameof(PieceAuthAttribute.DisplayName):
                    displayName = argument.Value.Value as string;
                    break;
                case nameof(PieceAuthAttribute.PieceVersion):
                    pieceVersion = argument.Value.Value as string;
                    break;
                case nameof(PieceAuthAttribute.ClientName):
                    clientName = argument.Value.Value as string;
                    break;
                case nameof(PieceAuthAttribute.Scope):
                    scope = argument.Value.Value is int scopeValue ? scopeValue : -1;
                    break;
            }
        }

        var settings = new PieceAuthSettings
        {
            PieceName = pieceName,
            AuthType = (AuthType)authType,
            IsAuthKindDefined = AuthTypeWireNames.IsDefined((AuthType)authType),
            ExternalIdPrefix = prefix ?? ExternalIdPrefixes.DefaultFor(pieceName),
            IsExternalIdPrefixExplicit = prefix is not null,
            DisplayName = displayName ?? NamingConventions.DefaultDisplayName(pieceName),
            PieceVersion = pieceVersion,
            ClientName = clientName ?? NamingConventions.DefaultClientName(type.Name),
            IsClientNameExplicit = clientName is not null,
            Scope = (ConnectionScope)scope,
            IsScopeDefined = scope is (int)ConnectionScope.Platform or (int)ConnectionScope.Project,
        };

        Validate(settings, problems);
        return settings;
    }

    private static void Validate(PieceAuthSettings settings, List<ShapeProblem> problems)
    {
        if (!PieceNames.IsValid(settings.PieceName))
        {
            problems.Add(ArgumentProblem(ShapeProblemKind.InvalidPieceName, KnownAttributes.PieceNameParameter, settings.PieceName));
        }

        if (!settings.IsAuthKindDefined)
        {
            problems.Add(ArgumentProblem(ShapeProblemKind.InvalidAuthType, KnownAttributes.AuthTypeParameter, null));
        }

        // A derived prefix is only reported when the piece name itself is valid (one problem per mistake).
        if (!ExternalIdPrefixes.IsValid(settings.ExternalIdPrefix)
            && (settings.IsExternalIdPrefixExplicit || PieceNames.IsValid(settings.PieceName)))
        {
            problems.Add(ArgumentProblem(ShapeProblemKind.InvalidExternalIdPrefix, nameof(PieceAuthAttribute.ExternalIdPrefix), settings.ExternalIdPrefix));
        }

        if (!PieceAuthArgumentRules.IsValidDisplayName(settings.DisplayName) && PieceNames.IsValid(settings.PieceName))
        {
            problems.Add(ArgumentProblem(ShapeProblemKind.InvalidDisplayName, nameof(PieceAuthAttribute.DisplayName), settings.DisplayName));
        }

        if (settings.PieceVersion is not null && !PieceVersions.IsValid(settings.PieceVersion))
        {
            problems.Add(ArgumentProblem(ShapeProblemKind.InvalidPieceVersion, nameof(PieceAuthAttribute.PieceVersion), settings.PieceVersion));
        }

        if (!settings.IsScopeDefined)
        {
            problems.Add(ArgumentProblem(ShapeProblemKind.InvalidScope, nameof(PieceAuthAttribute.Scope), null));
        }

        if (!PieceAuthArgumentRules.IsValidClientName(settings.ClientName))
        {
            problems.Add(ArgumentProblem(ShapeProblemKind.InvalidClientName, nameof(PieceAuthAttribute.ClientName), settings.ClientName));
        }
    }

    private static ShapeProblem ArgumentProblem(ShapeProblemKind kind, string argument, string? value) =>
        new() { Kind = kind, AttributeArgument = argument, Value = value };

    private static ConnectionTypeModel CreateModel(INamedTypeSymbol type, PieceAuthSettings settings, EquatableArray<ConnectionMemberModel> members)
    {
        var containing = new List<ContainingTypeModel>();
        for (INamedTypeSymbol? current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            containing.Insert(0, new ContainingTypeModel(TypeShapeReader.Keyword(current), NamingConventions.EscapeIdentifier(current.Name)));
        }

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } containingNamespace
            ? containingNamespace.ToDisplayString()
            : string.Empty;
        string fullyQualifiedName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        return new ConnectionTypeModel
        {
            Namespace = ns,
            Name = NamingConventions.EscapeIdentifier(type.Name),
            FullyQualifiedName = fullyQualifiedName,
            DeclarationKind = TypeShapeReader.DeclarationKind(type),
            IsSealed = type.IsSealed,
            IsPublic = TypeShapeReader.IsPublic(type),
            IsEquatable = TypeShapeReader.IsEquatable(type),
            HasUserDefinedPrinting = TypeShapeReader.HasUserDefinedPrinting(type),
            ContainingTypes = EquatableArray<ContainingTypeModel>.From(containing),
            Settings = settings,
            Members = members,
            HintName = HintName(fullyQualifiedName),
        };
    }

    private static string HintName(string fullyQualifiedName)
    {
        const string GlobalPrefix = "global::";
        var builder = new StringBuilder(fullyQualifiedName.Length + 5);
        int start = fullyQualifiedName.StartsWith(GlobalPrefix, System.StringComparison.Ordinal) ? GlobalPrefix.Length : 0;
        for (int i = start; i < fullyQualifiedName.Length; i++)
        {
            char c = fullyQualifiedName[i];
            builder.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        }

        return builder.Append(".g.cs").ToString();
    }
}
