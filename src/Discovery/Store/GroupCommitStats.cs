using System.Diagnostics;

namespace Discovery.Store;

/// <summary>
/// Where group commits spend their time, summed over the store's life and logged when it closes (scripts/bench-store.sh
/// shows the line next to its PUT figure): how many writes a group takes in, and the wall time of its statements (the
/// writes and their bulk rows) and of its COMMIT. Written only under the write lock; read once, at close.
/// </summary>
internal sealed class GroupCommitStats
{
    public long Groups { get; private set; }

    public long Writes { get; private set; }

    /// <summary>Groups of one write (nothing else was waiting): they commit alone.</summary>
    public long Alone { get; private set; }

    public TimeSpan Statements { get; private set; }

    public TimeSpan Commits { get; private set; }

    /// <summary>Counts a group of <paramref name="writes"/> (one: run alone) whose phases began at the given timestamps (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void Add(int writes, long started, long committing, long done)
    {
        Groups++;
        Writes += writes;
        Alone += writes == 1 ? 1 : 0;
        Statements += Stopwatch.GetElapsedTime(started, committing);
        Commits += Stopwatch.GetElapsedTime(committing, done);
    }
}
