using Activepieces.Fleet.Audit;
using Activepieces.Fleet.Diagnose;
using Activepieces.Fleet.Repair;
using Activepieces.Fleet.Sync;
using Activepieces.Provisioning;
using Activepieces.Resources.Connections;
using Activepieces.Resources.Projects;

namespace Activepieces.Client;

/// <summary>The operations behind <see cref="PredefinedConnectionsClient"/>: provisioning and the four fleet operations.</summary>
internal sealed class PredefinedConnectionsOperations
{
    private readonly ProjectDirectory _projects;
    private readonly TimeProvider _timeProvider;

    public PredefinedConnectionsOperations(
        ProjectDirectory projects,
        ProjectsResource projectsResource,
        GlobalConnectionsResource global,
        AppConnectionsResource app,
        PlatformAppConnectionsResource platform,
        ActivepiecesClientState state,
        TimeProvider timeProvider,
        TimeSpan cacheDuration)
    {
        _projects = projects;
        _timeProvider = timeProvider;
        Provisioner = new ConnectionProvisioner(projects, global, app, state, timeProvider, cacheDuration);
        Audit = new ConnectionAuditRun(global, app, platform, projectsResource);
        Repair = new ConnectionRepairRun(global, app, Provisioner);
        Diagnose = new ConnectionDiagnosisRun(projects, global, app);
    }

    public ConnectionProvisioner Provisioner { get; }

    public ConnectionAuditRun Audit { get; }

    public ConnectionRepairRun Repair { get; }

    public ConnectionDiagnosisRun Diagnose { get; }

    /// <summary>A new Sync run (one per call: it holds the run's counters).</summary>
    public SyncRun<TValue> Sync<TValue>(PredefinedConnectionDescriptor descriptor, SyncOptions? options)
        where TValue : IConnectionValue, IEquatable<TValue>
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new SyncRun<TValue>(Provisioner, _projects, descriptor, options ?? new SyncOptions(), _timeProvider);
    }
}
