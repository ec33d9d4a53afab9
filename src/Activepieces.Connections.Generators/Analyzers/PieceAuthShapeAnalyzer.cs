using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Activepieces.Connections.Generators.Diagnostics;
using Activepieces.Connections.Generators.Model;
using Activepieces.Connections.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Activepieces.Connections.Generators.Contracts;

namespace Activepieces.Connections.Generators.Analyzers;

/// <summary>
/// Checks every <c>[PieceAuth]</c> type on its own (APC001–APC003, APC005–APC009, APC018–APC020) with the generator's
/// parser, and the types of a compilation against each other (APC004, at the end of the compilation).
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
        DiagnosticDescriptors.ConflictingMember);

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

            var prefixes = new ConcurrentBag<ExternalIdPrefixUse>();
            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, attributeClass, prefixes), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => ReportSharedPrefixes(end, prefixes));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol attributeClass, ConcurrentBag<ExternalIdPrefixUse> prefixes)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        ReportNotPartialContainingType(context, type, attributeClass);
        var attribute = PieceAuthAttributeLookup.Find(type, attributeClass);
        if (attribute is null)
        {
            return;
        }

        var result = PieceAuthParser.Parse(type, attribute, context.CancellationToken);
        ShapeProblemDiagnostics.Report(result, type, attribute, context.ReportDiagnostic, context.CancellationToken);

        var settings = result.Settings;
        if (settings.IsAuthKindDefined && settings.AuthType == AuthType.CustomAuth && result.Members.Count == 0)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.MembersDoNotFitAuthType,
                DiagnosticLocations.ForType(type),
                type.Name,
                nameof(AuthType.CustomAuth),
                "it declares no member, and a CUSTOM_AUTH value needs at least one prop"));
        }

        if (ExternalIdPrefixes.IsValid(settings.ExternalIdPrefix))
        {
            var location = settings.IsExternalIdPrefixExplicit
                ? DiagnosticLocations.ForArgument(attribute, nameof(PieceAuthAttribute.ExternalIdPrefix), type, context.CancellationToken)
                : DiagnosticLocations.ForArgument(attribute, KnownAttributes.PieceNameParameter, type, context.CancellationToken);
            prefixes.Add(new ExternalIdPrefixUse(settings.ExternalIdPrefix, type.ToDisplayString(), location));
        }
    }

    /// <summary>
    /// APC001 on a type that is not partial but contains a <c>[PieceAuth]</c> type (at any depth): the parser of the
    /// nested type says so; it is reported here, on the containing type, where the code fix adds <c>partial</c>.
    /// </summary>
    private static void ReportNotPartialContainingType(SymbolAnalysisContext context, INamedTypeSymbol type, INamedTypeSymbol attributeClass)
    {
        var nested = new Stack<INamedTypeSymbol>(type.GetTypeMembers());
        while (nested.Count > 0)
        {
            var candidate = nested.Pop();
            foreach (var inner in candidate.GetTypeMembers())
            {
                nested.Push(inner);
            }

            if (PieceAuthAttributeLookup.Find(candidate, attributeClass) is not { } attribute)
            {
                continue;
            }

            foreach (var problem in PieceAuthParser.Parse(candidate, attribute, context.CancellationToken).Problems)
            {
                if (problem.Kind == ShapeProblemKind.NotPartial && problem.TypeName == type.Name)
                {
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.TypeNotPartial, DiagnosticLocations.ForType(type), type.Name));
                    return;
                }
            }
        }
    }

    private static void ReportSharedPrefixes(CompilationAnalysisContext context, ConcurrentBag<ExternalIdPrefixUse> prefixes)
    {
        var uses = new List<ExternalIdPrefixUse>(prefixes);
        uses.Sort(static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
        var firstByPrefix = new Dictionary<string, ExternalIdPrefixUse>(System.StringComparer.Ordinal);
        foreach (var use in uses)
        {
            if (firstByPrefix.TryGetValue(use.Prefix, out var first))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateExternalIdPrefix, use.Location, use.TypeName, first.TypeName, use.Prefix));
            }
            else
            {
                firstByPrefix.Add(use.Prefix, use);
            }
        }
    }

    /// <summary>The external-id prefix of one <c>[PieceAuth]</c> type.</summary>
    private sealed record ExternalIdPrefixUse(string Prefix, string TypeName, Location Location);
}
