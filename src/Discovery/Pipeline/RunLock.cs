namespace Discovery.Pipeline;

/// <summary>
/// The lock that keeps two <c>discover run</c> passes from overlapping: an exclusive advisory lock (flock) on
/// <c>run.lock</c> in the state folder, held for the whole pass. The kernel drops it when the process dies, so a
/// pass killed with <c>kill -9</c> never leaves a stale lock behind. <c>run.lock.info</c> keeps the holder's PID
/// and start time so a refusal can say who holds it (a separate file: .NET locks every open of the locked one).
/// </summary>
internal sealed class RunLock : IDisposable
{
    public const string FileName = "run.lock";

    private readonly FileStream _stream;

    private RunLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock in <paramref name="stateDirectory"/>, or returns null with who holds it.</summary>
    public static RunLock? TryAcquire(string stateDirectory, DateTimeOffset now, out string? holder)
    {
        Directory.CreateDirectory(stateDirectory);
        var path = Path.Combine(stateDirectory, FileName);
        FileStream stream;
        try
        {
            // FileShare.None takes flock(LOCK_EX | LOCK_NB) on Linux: a second opener fails at once.
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            holder = ReadHolder(path);
            return null;
        }

        holder = null;
        try
        {
            File.WriteAllText(path + ".info", $"pid {Environment.ProcessId} since {now:u}\n");
        }
        catch (IOException)
        {
            // Only a courtesy for the refusal message; the lock itself is held.
        }

        return new RunLock(stream);
    }

    public void Dispose() => _stream.Dispose();

    private static string? ReadHolder(string path)
    {
        try
        {
            return File.ReadLines(path + ".info").FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }
}
