using System.Net;
using Activepieces.Emulator.Faults;

namespace Activepieces.Emulator.Tests.Faults;

public sealed class FaultGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_held_create_changes_no_state_until_the_gate_is_released()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var gate = new FaultGate();
        emulator.Faults.Add(FaultRule.Always("POST", "/api/v1/projects", Fault.Hold(gate)));

        var create = api.PostAsync("/api/v1/projects", new System.Text.Json.Nodes.JsonObject { ["displayName"] = "A", ["externalId"] = "acme" });
        await gate.WaitUntilHeldAsync(cancellationToken: Ct);

        Assert.False(create.IsCompleted);
        Assert.Empty(emulator.Projects);
        Assert.Equal(1, gate.ArrivedCount);
        Assert.False(gate.IsReleased);

        gate.Release();
        Assert.Equal(HttpStatusCode.Created, (await create).Status);
        Assert.Equal("acme", Assert.Single(emulator.Projects).ExternalId);
        Assert.Equal(FaultKind.None, Assert.Single(emulator.RequestLog).Fault);
    }

    [Fact]
    public async Task A_sequenced_hold_holds_only_its_requests_while_others_are_served()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var gate = new FaultGate();
        emulator.Faults.Add(FaultRule.Sequenced("GET", "/api/v1/projects", Fault.Hold(gate), Fault.Hold(gate)));

        var first = api.GetAsync("/api/v1/projects");
        var second = api.GetAsync("/api/v1/projects");
        await gate.WaitUntilHeldAsync(2, Ct);

        // The script is used up: a third lookup is answered while the first two still wait.
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/projects")).Status);
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);

        gate.Release();
        Assert.Equal(HttpStatusCode.OK, (await first).Status);
        Assert.Equal(HttpStatusCode.OK, (await second).Status);
        Assert.Equal(2, gate.ArrivedCount);
    }

    [Fact]
    public async Task Waiting_for_two_held_requests_completes_only_when_the_second_arrives()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var gate = new FaultGate();
        emulator.Faults.Add(FaultRule.Always("GET", "/api/v1/projects", Fault.Hold(gate)));

        var first = api.GetAsync("/api/v1/projects");
        await gate.WaitUntilHeldAsync(1, Ct);
        var bothHeld = gate.WaitUntilHeldAsync(2, Ct);
        Assert.False(bothHeld.IsCompleted);

        var second = api.GetAsync("/api/v1/projects");
        await bothHeld;
        Assert.Equal(2, gate.ArrivedCount);

        gate.Release();
        await Task.WhenAll(first, second);
    }

    [Fact]
    public async Task After_the_release_requests_pass_without_waiting()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var gate = new FaultGate();
        gate.Release();
        emulator.Faults.Add(FaultRule.Always("GET", "/api/v1/projects", Fault.Hold(gate)));

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/projects")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/projects")).Status);
        Assert.Equal(2, gate.ArrivedCount);
        Assert.True(gate.WaitUntilHeldAsync(2, Ct).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_hold_comes_before_the_deciding_fault()
    {
        await using var emulator = await TestPieces.StartAsync();
        using var api = new EmulatorApi(emulator);
        var gate = new FaultGate();
        emulator.Faults.Add(FaultRule.Sequenced("DELETE", "/api/v1/projects/*", Fault.Hold(gate)));
        emulator.Faults.Add(FaultRule.Sequenced("DELETE", "/api/v1/projects/*", Fault.ServiceUnavailable));
        var project = await api.CreateProjectAsync();

        var delete = api.DeleteAsync($"/api/v1/projects/{project}");
        await gate.WaitUntilHeldAsync(cancellationToken: Ct);
        Assert.False(delete.IsCompleted);
        gate.Release();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await delete).Status);
        Assert.Single(emulator.Projects);
    }

    [Fact]
    public async Task Invalid_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Fault.Hold(null!));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => new FaultGate().WaitUntilHeldAsync(0, Ct));
        Assert.Equal(FaultKind.Hold, Fault.Hold(new FaultGate()).Kind);
    }
}
