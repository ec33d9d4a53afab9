namespace Activepieces.Emulator;

/// <summary>The platform plan's <c>teamProjectsLimit</c>: how many team projects <c>POST /api/v1/projects</c> may create.</summary>
public enum TeamProjectsLimit
{
    /// <summary><c>UNLIMITED</c>: no limit (the default).</summary>
    Unlimited,

    /// <summary><c>ONE</c>: a create while a live team project exists answers 402 <c>FEATURE_DISABLED</c>.</summary>
    One,

    /// <summary><c>NONE</c>: every create answers 409 <c>VALIDATION</c>.</summary>
    None,
}
