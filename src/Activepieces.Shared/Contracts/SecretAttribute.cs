namespace Activepieces;

/// <summary>Marks a member whose value is a secret: it is never printed by <c>ToString()</c>, logs or exceptions.</summary>
[System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class SecretAttribute : System.Attribute
{
}
