using Activepieces.TestSupport;

namespace Activepieces.Contract.Tests.SchemaMirror;

/// <summary>
/// The emulator's schema mirror (<c>RequestSchemas</c>) decides exactly like the real <c>@activepieces/shared</c> Zod
/// schemas on every generated request (one node batch for the real side).
/// </summary>
public sealed class SchemaMirrorAgreementTests
{
    private const string ProjectId = "proj0123456789abcdefgh";
    private const string PieceName = "@activepieces/piece-mysql";

    [Fact]
    public async Task Mirror_agrees_with_the_real_schemas_on_every_generated_case()
    {
        var cases = new RequestCaseGenerator(ProjectId, PieceName).Generate();
        var real = await ContractValidator.ValidateAsync(cases.Select(c => c.ToContractCase()), TestContext.Current.CancellationToken);

        var verdicts = cases.Select((c, i) =>
        {
            var message = MirrorVerdicts.Validate(c);
            return new Verdict(c, real[i], message is null, message);
        }).ToList();

        AgreementReport.AssertFullAgreement("Mirror agreement", verdicts);
    }
}
