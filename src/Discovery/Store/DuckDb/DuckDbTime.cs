namespace Discovery.Store.DuckDb;

/// <summary>Converts between .NET instants and DuckDB's TIMESTAMP (microseconds since the Unix epoch, UTC).</summary>
internal static class DuckDbTime
{
    internal static long ToMicros(DateTimeOffset value) => (value.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;

    internal static DateTimeOffset FromMicros(long micros) => new(DateTime.UnixEpoch.Ticks + (micros * 10), TimeSpan.Zero);
}
