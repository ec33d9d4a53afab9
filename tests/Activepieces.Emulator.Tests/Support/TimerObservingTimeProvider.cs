using Microsoft.Extensions.Time.Testing;

namespace Activepieces.Emulator.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that reports when a timer with a given due time is created, so a test knows that
/// the emulator is waiting on the fake clock before it advances it (no real-time polling).
/// </summary>
internal sealed class TimerObservingTimeProvider : FakeTimeProvider
{
    private readonly TimeSpan _dueTime;
    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TimerObservingTimeProvider(TimeSpan dueTime) => _dueTime = dueTime;

    /// <summary>Completes when a timer due after the observed time has been created.</summary>
    public Task TimerCreated => _created.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == _dueTime)
        {
            _created.TrySetResult();
        }

        return timer;
    }
}
