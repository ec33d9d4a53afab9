using System.Text.Json;

namespace Activepieces.Emulator.Validation;

/// <summary>
/// <c>z.union([...])</c> of objects told apart by a literal key (the connection <c>type</c>): accepted when any branch
/// accepts. On failure the message comes from the branch whose literal matches, or names the literal key.
/// </summary>
internal sealed class ZodUnion(string discriminator, params ZodObject[] branches) : ZodSchema
{
    public override string? Validate(JsonElement value, string path)
    {
        if (!IsObject(value))
        {
            return MustBe(path, "object");
        }

        string? branchError = null;
        foreach (var branch in branches)
        {
            var error = branch.Validate(value, path);
            if (error is null)
            {
                return null;
            }

            if (branchError is null && branch[discriminator]?.Validate(PropertyOrUndefined(value, discriminator), path) is null)
            {
                branchError = error;
            }
        }

        var allowed = branches.SelectMany(b => (b[discriminator] as ZodLiteral)?.Allowed ?? []);
        return branchError ?? $"{path}/{discriminator} must be equal to one of the allowed values ({string.Join(", ", allowed)})";
    }
}
