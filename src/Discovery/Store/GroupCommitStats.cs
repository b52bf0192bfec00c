using System.Diagnostics;

namespace Discovery.Store;

/// <summary>
/// Where group commits spend their time, summed over the store's life and logged when it closes (scripts/bench-store.sh
/// shows the line next to its PUT figure): how many writes a group takes in, and the wall time of its statements (the
/// writes and their bulk rows, of which the bulk rows' SQL apart), of its COMMIT and of the read model's update after it.
/// Written only under the write lock; read once, at close.
/// </summary>
internal sealed class GroupCommitStats
{
    public long Groups { get; private set; }

    public long Writes { get; private set; }

    /// <summary>Groups of one write (nothing else was waiting): they commit alone.</summary>
    public long Alone { get; private set; }

    public TimeSpan Statements { get; private set; }

    public TimeSpan Commits { get; private set; }

    /// <summary>The part of <see cref="Statements"/> spent sending the group's bulk rows (<see cref="PendingWrites.Flush"/>).</summary>
    public TimeSpan BulkRows { get; private set; }

    /// <summary>The read model's update after each COMMIT (before the writes are answered).</summary>
    public TimeSpan ReadModel { get; private set; }

    /// <summary>The time commit loops waited for a group to fill, before its first statement.</summary>
    public TimeSpan Gathering { get; private set; }

    /// <summary>Adds the time from <paramref name="started"/> to now to <see cref="Gathering"/>.</summary>
    public void AddGathering(long started) => Gathering += Stopwatch.GetElapsedTime(started);

    /// <summary>The most writes one group took in.</summary>
    public int Largest { get; private set; }

    /// <summary>Adds the time from <paramref name="started"/> to now to <see cref="BulkRows"/>.</summary>
    public void AddBulkRows(long started) => BulkRows += Stopwatch.GetElapsedTime(started);

    /// <summary>Adds the time from <paramref name="started"/> to now to <see cref="ReadModel"/>.</summary>
    public void AddReadModel(long started) => ReadModel += Stopwatch.GetElapsedTime(started);

    /// <summary>Counts a group of <paramref name="writes"/> (one: run alone) whose phases began at the given timestamps (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    public void Add(int writes, long started, long committing, long done)
    {
        Groups++;
        Writes += writes;
        Alone += writes == 1 ? 1 : 0;
        Largest = Math.Max(Largest, writes);
        Statements += Stopwatch.GetElapsedTime(started, committing);
        Commits += Stopwatch.GetElapsedTime(committing, done);
    }
}
