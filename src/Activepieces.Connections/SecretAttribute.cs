namespace Activepieces;

/// <summary>Marks a member whose value is a secret: it is never printed by <c>ToString()</c>, logs or exceptions.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class SecretAttribute : Attribute
{
}
