namespace Discovery.Scanning;

/// <summary>
/// Keeps a sweep's heap small: a collection of gen0 each time <see cref="Step"/> bytes more have been allocated.
/// </summary>
/// <remarks>
/// A /16 allocates a few hundred megabytes of short-lived objects (a socket, a result and a log row per address). The
/// workstation GC lets gen0 grow to a budget sized from the CPU cache, tens of megabytes, before it collects, and the
/// process keeps those pages: about 60 MB of a scan's peak RSS was that budget. Nearly nothing survives a sweep's
/// gen0, so a collection every few megabytes costs well under a millisecond, and the same pages are reused.
/// The budget itself is not settable from runtimeconfig (GCgen0size is read from the environment only), and a heap
/// hard limit would apply to every command of the binary, <c>serve</c>'s working set included.
/// </remarks>
internal sealed class HeapBudget
{
    /// <summary>Bytes allocated (all threads) between two collections.</summary>
    public const long Step = 2L << 20;

    private long _next = GC.GetTotalAllocatedBytes(precise: false) + Step;

    /// <summary>Collects gen0 when <see cref="Step"/> bytes were allocated since the last; call it every few hundred results.</summary>
    public void Check()
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        if (allocated >= _next)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
            _next = GC.GetTotalAllocatedBytes(precise: false) + Step;
        }
    }
}
