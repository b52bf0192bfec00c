using System.Runtime.InteropServices;

namespace Discovery.Cli;

/// <summary>
/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a cancellation so commands stop cleanly (sockets closed, state
/// files not half-written); a second signal is left to the runtime and ends the process at once.
/// </summary>
/// <remarks>
/// System.CommandLine's own handler (ProcessTerminationTimeout) crashes on a second Ctrl-C after the command has
/// finished (it cancels a disposed CancellationTokenSource), so DiscoverApp turns it off and uses this instead.
/// </remarks>
internal sealed class TerminationSignals : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signalled;

    public TerminationSignals()
    {
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Exchange(ref _signalled, 1) == 0)
        {
            context.Cancel = true;
            _source.Cancel();
        }
    }
}
