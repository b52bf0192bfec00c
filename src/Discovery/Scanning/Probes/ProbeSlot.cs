namespace Discovery.Scanning.Probes;

/// <summary>
/// What one scan worker reuses from probe to probe: its connect operation and its per-probe deadline. A probe of a
/// closed port then allocates only its socket and its result, which keeps a /16's garbage (and so the heap the GC
/// lets grow before collecting) small. Not thread-safe: one probe at a time.
/// </summary>
internal sealed class ProbeSlot : IDisposable
{
    private readonly CancellationToken _scanToken;
    private CancellationTokenSource _deadline;

    /// <summary>Creates a slot whose deadlines also fire when <paramref name="scanToken"/> is cancelled.</summary>
    public ProbeSlot(CancellationToken scanToken)
    {
        _scanToken = scanToken;
        _deadline = CancellationTokenSource.CreateLinkedTokenSource(scanToken);
    }

    /// <summary>The connect operation of this slot.</summary>
    public TcpConnectOperation Connect { get; } = new();

    /// <summary>Starts a probe's deadline; the token fires after <paramref name="timeout"/> or when the scan is cancelled.</summary>
    public CancellationToken Start(TimeSpan timeout)
    {
        _deadline.CancelAfter(timeout);
        return _deadline.Token;
    }

    /// <summary>Ends the probe: the deadline is reset for the next one, or replaced when it fired.</summary>
    public void Finish()
    {
        if (!_deadline.TryReset())
        {
            _deadline.Dispose();
            _deadline = CancellationTokenSource.CreateLinkedTokenSource(_scanToken);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _deadline.Dispose();
        Connect.Dispose();
    }
}
