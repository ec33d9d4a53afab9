namespace Activepieces.Provisioning;

/// <summary>Identifies one predefined connection: a descriptor (compared by reference) and a project external id.</summary>
/// <param name="Descriptor">The descriptor.</param>
/// <param name="ExternalProjectId">The project external id.</param>
internal readonly record struct EnsureKey(PredefinedConnectionDescriptor Descriptor, string ExternalProjectId);
