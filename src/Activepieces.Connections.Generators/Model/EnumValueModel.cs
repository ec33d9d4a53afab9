namespace Activepieces.Connections.Generators.Model;

/// <summary>One member of an enum used by a connection member.</summary>
/// <param name="MemberName">The C# member name (escaped if it is a keyword), e.g. <c>Sandbox</c>.</param>
/// <param name="WireValue">
/// The JSON string: <c>[JsonStringEnumMemberName]</c>, else <c>[EnumMember(Value = …)]</c>, else the member name.
/// </param>
internal sealed record EnumValueModel(string MemberName, string WireValue);
