using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Metadata;
using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>
/// Reports the problems the generator's parser finds in each <c>[PieceAuth]</c> type (APC001–APC003, APC005–APC009,
/// APC018–APC021) as the parser states them, and checks the types of a compilation against each other (APC004, at the
/// end of the compilation). A type whose auth type its piece's metadata contradicts gets no APC005: the metadata
/// analyzer's APC010 is that type's one diagnostic.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PieceAuthShapeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.TypeNotPartial,
        DiagnosticDescriptors.InvalidPieceName,
        DiagnosticDescriptors.InvalidExternalIdPrefix,
        DiagnosticDescriptors.DuplicateExternalIdPrefix,
        DiagnosticDescriptors.MembersDoNotFitAuthType,
        DiagnosticDescriptors.UnsupportedMemberType,
        DiagnosticDescriptors.DuplicatePropKey,
        DiagnosticDescriptors.GenericTypeNotSupported,
        DiagnosticDescriptors.InvalidPieceVersion,
        DiagnosticDescriptors.InvalidAttributeArgument,
        DiagnosticDescriptors.UnsupportedTypeShape,
        DiagnosticDescriptors.ConflictingMember,
        DiagnosticDescriptors.ContractNameHidden);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var attributeClass = PieceAuthAttributeLookup.FindAttributeClass(start.Compilation);
            if (attributeClass is null)
            {
                return;
            }

            // Types nested in one containing type share its problems (e.g. its accessibility); each is reported once.
            var reported = new ConcurrentDictionary<DiagnosticInfo, bool>();
            var prefixes = new ConcurrentBag<PrefixOwner>();
            var options = start.Options;
            var cancellationToken = start.CancellationToken;
            var catalog = new Lazy<PieceMetadataCatalog>(
                () => PieceMetadataCatalog.Create(options.AdditionalFiles, cancellationToken),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, attributeClass, catalog, reported, prefixes), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => ReportSharedPrefixes(end, prefixes));
        });
    }

    private static void AnalyzeType(
        SymbolAnalysisContext context,
        INamedTypeSymbol attributeClass,
        Lazy<PieceMetadataCatalog> catalog,
        ConcurrentDictionary<DiagnosticInfo, bool> reported,
        ConcurrentBag<PrefixOwner> prefixes)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (PieceAuthParser.ParseContainingType(type, context.CancellationToken) is { } containerProblem)
        {
            context.ReportDiagnostic(containerProblem.ToDiagnostic(DeclaringTrees(type)));
        }

        if (PieceAuthAttributeLookup.Find(type, attributeClass) is not { } attribute)
        {
            return;
        }

        var result = PieceAuthParser.Parse(type, attribute, context.CancellationToken);
        var trees = DeclaringTrees(type);
        var authTypeIsWrong = AuthTypeContradictsMetadata(type, attribute, catalog) && !IsSwitchedOff(context, DiagnosticIds.AuthTypeNotInMetadata, type);
        foreach (var problem in result.Problems)
        {
            // When the piece's metadata shows that the auth type itself is wrong, the metadata analyzer says so (APC010,
            // naming the piece's auth types); how the members fail to fit the wrong type would only bury that.
            if (authTypeIsWrong && problem.Descriptor == DiagnosticDescriptors.MembersDoNotFitAuthType)
            {
                continue;
            }

            if (reported.TryAdd(problem, true))
            {
                context.ReportDiagnostic(problem.ToDiagnostic(trees));
            }
        }

        if (result.ExternalIdPrefix is { } prefix)
        {
            prefixes.Add(new PrefixOwner(prefix.Prefix, type.ToDisplayString(), prefix.Location?.ToLocation(trees) ?? Location.None));
        }
    }

    private static bool AuthTypeContradictsMetadata(INamedTypeSymbol type, AttributeData attribute, Lazy<PieceMetadataCatalog> catalog)
    {
        var arguments = PieceAuthParser.ReadArguments(type, attribute);
        return arguments.IsAuthTypeDefined
            && PieceNames.IsValid(arguments.PieceName)
            && PieceAuthLookup.Contradicts(catalog.Value, arguments.PieceName, arguments.AuthType);
    }

    /// <summary>
    /// Whether the project's options turn <paramref name="id"/> off for the type's files (<c>.editorconfig</c>, a rule set,
    /// <c>NoWarn</c>): then APC005 is not held back behind a diagnostic nobody would see.
    /// </summary>
    private static bool IsSwitchedOff(SymbolAnalysisContext context, string id, INamedTypeSymbol type)
    {
        if (context.Compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out var global) && global == ReportDiagnostic.Suppress)
        {
            return true;
        }

        var provider = context.Compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is null)
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (provider.TryGetDiagnosticValue(reference.SyntaxTree, id, context.CancellationToken, out var severity) && severity == ReportDiagnostic.Suppress)
            {
                return true;
            }
        }

        return false;
    }

    private static List<SyntaxTree> DeclaringTrees(INamedTypeSymbol type)
    {
        var trees = new List<SyntaxTree>(type.DeclaringSyntaxReferences.Length);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            trees.Add(reference.SyntaxTree);
        }

        return trees;
    }

    private static void ReportSharedPrefixes(CompilationAnalysisContext context, ConcurrentBag<PrefixOwner> prefixes)
    {
        var owners = new List<PrefixOwner>(prefixes);
        owners.Sort(static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
        var firstByPrefix = new Dictionary<string, PrefixOwner>(System.StringComparer.Ordinal);
        foreach (var owner in owners)
        {
            if (firstByPrefix.TryGetValue(owner.Prefix, out var first))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateExternalIdPrefix, owner.Location, owner.TypeName, first.TypeName, owner.Prefix));
            }
            else
            {
                firstByPrefix.Add(owner.Prefix, owner);
            }
        }
    }

    /// <summary>The external-id prefix of one <c>[PieceAuth]</c> type.</summary>
    private sealed record PrefixOwner(string Prefix, string TypeName, Location Location);
}
