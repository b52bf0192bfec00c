using System.Globalization;

namespace Discovery.Tests.TestSupport.Soak;

/// <summary>
/// The soak's record of writes, one line each, appended and flushed as it happens:
/// <c>T|kind|key|value</c> before a write is sent (its outcome may stay unknown: the server can be killed while it
/// is in flight) and <c>A|kind|key|value</c> once the server acknowledged it with a 2xx. Every key belongs to one
/// writer, which writes it one request at a time, so the journal's order is the order of the writes.
/// </summary>
internal sealed class SoakJournal : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    public SoakJournal(string path)
    {
        _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
    }

    public void Tried(string kind, string key, string value) => Append('T', kind, key, value);

    public void Acknowledged(string kind, string key, string value) => Append('A', kind, key, value);

    public void Dispose() => _writer.Dispose();

    private void Append(char mark, string kind, string key, string value)
    {
        lock (_gate)
        {
            _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mark}|{kind}|{key}|{value}"));
        }
    }

    /// <summary>
    /// What each acknowledged key may hold now: its last acknowledged value, or a value tried after it whose
    /// outcome is unknown (sent, then the server died before it answered). Keys never acknowledged are left out.
    /// </summary>
    public static IReadOnlyDictionary<(string Kind, string Key), HashSet<string>> Expected(string path)
    {
        var acceptable = new Dictionary<(string, string), HashSet<string>>();
        var acknowledged = new HashSet<(string, string)>();
        if (!File.Exists(path))
        {
            return acceptable;
        }

        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('|');
            if (parts.Length != 4)
            {
                continue;
            }

            var id = (parts[1], parts[2]);
            if (parts[0] == "A")
            {
                acknowledged.Add(id);
                acceptable[id] = [parts[3]];
            }
            else if (acceptable.TryGetValue(id, out var values))
            {
                values.Add(parts[3]);
            }
            else
            {
                acceptable[id] = [parts[3]];
            }
        }

        return acceptable.Where(pair => acknowledged.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
    }
}
