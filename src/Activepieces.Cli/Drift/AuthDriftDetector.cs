using System.Collections.Immutable;
using Activepieces.Metadata;

namespace Activepieces.Cli.Drift;

/// <summary>Compares the auth of pulled metadata with the instance's current metadata.</summary>
internal static class AuthDriftDetector
{
    /// <summary>The changes from <paramref name="pulled"/> to <paramref name="current"/>, in metadata order.</summary>
    public static IReadOnlyList<DriftFinding> Compare(ImmutableArray<PieceAuthDefinition> pulled, ImmutableArray<PieceAuthDefinition> current)
    {
        var findings = new List<DriftFinding>();
        foreach (var before in pulled)
        {
            var after = current.FirstOrDefault(a => a.Type == before.Type);
            if (after is null)
            {
                findings.Add(new DriftFinding(DriftKind.AuthRemoved, before.Type));
                continue;
            }

            CompareProps(before, after, findings);
        }

        foreach (var after in current.Where(a => pulled.All(b => b.Type != a.Type)))
        {
            findings.Add(new DriftFinding(DriftKind.AuthAdded, after.Type));
        }

        return findings;
    }

    private static void CompareProps(PieceAuthDefinition before, PieceAuthDefinition after, List<DriftFinding> findings)
    {
        // MARKDOWN props are display text: they come and go without touching any record.
        foreach (var old in before.Props.Where(p => p.CarriesValue))
        {
            var now = after.FindProp(old.Key);
            if (now is null || !now.CarriesValue)
            {
                findings.Add(new DriftFinding(DriftKind.PropRemoved, before.Type, old.Key, Before: old.Type));
                continue;
            }

            if (old.Type != now.Type)
            {
                var kind = old.IsSecret != now.IsSecret ? DriftKind.SecretChanged : DriftKind.TypeChanged;
                findings.Add(new DriftFinding(kind, before.Type, old.Key, old.Type, now.Type));
            }

            if (old.Required != now.Required)
            {
                findings.Add(new DriftFinding(now.Required ? DriftKind.BecameRequired : DriftKind.BecameOptional, before.Type, old.Key));
            }

            if (old.Type == now.Type && PieceMetadataTypes.HasOptions(now.Type))
            {
                var oldValues = old.Options.Select(o => o.Json).ToList();
                var newValues = now.Options.Select(o => o.Json).ToList();
                findings.AddRange(oldValues.Except(newValues).Select(v => new DriftFinding(DriftKind.OptionRemoved, before.Type, old.Key, Before: v)));
                findings.AddRange(newValues.Except(oldValues).Select(v => new DriftFinding(DriftKind.OptionAdded, before.Type, old.Key, After: v)));
            }
        }

        foreach (var added in after.Props.Where(p => p.CarriesValue && before.FindProp(p.Key) is not { CarriesValue: true }))
        {
            findings.Add(new DriftFinding(added.Required ? DriftKind.PropAddedRequired : DriftKind.PropAddedOptional, after.Type, added.Key, After: added.Type));
        }
    }
}
