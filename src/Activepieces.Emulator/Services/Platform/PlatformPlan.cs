using System.Text.Json.Nodes;
using Activepieces.Emulator.Http;

namespace Activepieces.Emulator.Services.Platform;

/// <summary>
/// The platform plan's feature gates that the emulated routes check (<c>platform.plan</c> on the real server). They can
/// change while the emulator runs (a plan downgrade keeps the rows created before it).
/// </summary>
internal sealed class PlatformPlan
{
    private bool _globalConnectionsEnabled;
    private bool _managePiecesEnabled;
    private int _teamProjectsLimit;

    public PlatformPlan(bool globalConnectionsEnabled, TeamProjectsLimit teamProjectsLimit, bool managePiecesEnabled)
    {
        GlobalConnectionsEnabled = globalConnectionsEnabled;
        TeamProjectsLimit = teamProjectsLimit;
        ManagePiecesEnabled = managePiecesEnabled;
    }

    /// <summary><c>plan.managePiecesEnabled</c>, the gate of the piece-set routes.</summary>
    public bool ManagePiecesEnabled
    {
        get => Volatile.Read(ref _managePiecesEnabled);
        set => Volatile.Write(ref _managePiecesEnabled, value);
    }

    /// <summary><c>plan.globalConnectionsEnabled</c>.</summary>
    public bool GlobalConnectionsEnabled
    {
        get => Volatile.Read(ref _globalConnectionsEnabled);
        set => Volatile.Write(ref _globalConnectionsEnabled, value);
    }

    /// <summary><c>plan.teamProjectsLimit</c>.</summary>
    public TeamProjectsLimit TeamProjectsLimit
    {
        get => (TeamProjectsLimit)Volatile.Read(ref _teamProjectsLimit);
        set => Volatile.Write(ref _teamProjectsLimit, (int)value);
    }

    /// <summary>
    /// The module preHandler of <c>ee/global-connections/global-connection-module.ts</c>,
    /// <c>platformMustHaveFeatureEnabled(p =&gt; p.plan.globalConnectionsEnabled)</c>: 402 <c>FEATURE_DISABLED</c>.
    /// </summary>
    public void AssertGlobalConnectionsEnabled()
    {
        if (!GlobalConnectionsEnabled)
        {
            throw FeatureDisabled("Feature is disabled");
        }
    }

    /// <summary>
    /// The gate of <c>ee/pieces/piece-set/</c>, <c>platformMustHaveFeatureEnabled(p =&gt; p.plan.managePiecesEnabled)</c>:
    /// 402 <c>FEATURE_DISABLED</c>.
    /// </summary>
    public void AssertManagePiecesEnabled()
    {
        if (!ManagePiecesEnabled)
        {
            throw FeatureDisabled("Feature is disabled");
        }
    }

    /// <summary>
    /// The team-project limit checked before a create in <c>ee/projects/platform-project-controller.ts</c>:
    /// <c>NONE</c> → 409 <c>VALIDATION</c>, <c>ONE</c> with a live team project → 402 <c>FEATURE_DISABLED</c>.
    /// </summary>
    /// <param name="liveTeamProjects">The number of live (not deleted) team projects of the platform.</param>
    public void AssertCanCreateTeamProject(int liveTeamProjects)
    {
        switch (TeamProjectsLimit)
        {
            case TeamProjectsLimit.None:
                throw ApiErrors.Validation("Team projects are not available on your current plan");
            case TeamProjectsLimit.One when liveTeamProjects >= 1:
                // The reference documents the code and status, not the message; this one is the emulator's wording.
                throw FeatureDisabled("Team projects limit reached");
        }
    }

    private static ApiErrorException FeatureDisabled(string message) =>
        ApiErrors.Activepieces(ErrorCodes.FeatureDisabled, new JsonObject { ["message"] = message });
}
