using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.RequestCases;

/// <summary>The real schema's and the emulator's decisions on one case, and whether they agree.</summary>
/// <param name="Case">The case.</param>
/// <param name="Real">The real schema's result.</param>
/// <param name="EmulatorAccepted">Whether the emulator accepted the request (did not answer a validation 400).</param>
/// <param name="EmulatorDetail">The emulator's message or status, for diagnostics.</param>
internal sealed record Verdict(RequestCase Case, ContractResult Real, bool EmulatorAccepted, string? EmulatorDetail)
{
    /// <summary>True when both accept or both reject.</summary>
    public bool Agrees => Real.Accepted == EmulatorAccepted;

    /// <summary>A diagnostic line (ids, verdicts and issue paths only; never the body).</summary>
    public string Describe() =>
        $"{Case.Id}: real {(Real.Accepted ? "accepts" : "rejects")} [{string.Join("; ", Real.Issues.Take(3))}], emulator {(EmulatorAccepted ? "accepts" : "rejects")} [{EmulatorDetail}]";
}
