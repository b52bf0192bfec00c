using System.Text.Json;
using Discovery.Store.DuckDb;

namespace Discovery.Store;

/// <summary>Reads the current row of a SELECT over a store table's <see cref="StoreTable.SelectList"/>, column by column.</summary>
internal sealed class RowReader
{
    private readonly DuckDbDataReader _reader;
    private int _index;

    public RowReader(DuckDbDataReader reader, int start = 0)
    {
        _reader = reader;
        _index = start;
    }

    public string? String() => _reader.GetString(_index++);

    public string RequiredString() => String() ?? string.Empty;

    public Guid Guid() => OptionalGuid() ?? System.Guid.Empty;

    public Guid? OptionalGuid() => _reader.IsNull(_index) ? Skip<Guid?>() : _reader.GetGuid(_index++);

    public int? Int32() => _reader.IsNull(_index) ? Skip<int?>() : _reader.GetInt32(_index++);

    public long? Int64() => _reader.IsNull(_index) ? Skip<long?>() : _reader.GetInt64(_index++);

    public double? Double() => _reader.IsNull(_index) ? Skip<double?>() : _reader.GetDouble(_index++);

    public bool? Boolean() => _reader.IsNull(_index) ? Skip<bool?>() : _reader.GetBoolean(_index++);

    public DateTimeOffset? Time() =>
        _reader.IsNull(_index) ? Skip<DateTimeOffset?>() : new DateTimeOffset(_reader.GetDateTime(_index++), TimeSpan.Zero);

    /// <summary>A VARCHAR[] read as JSON text.</summary>
    public IReadOnlyList<string> StringList() =>
        String() is { } json ? JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyListString) ?? [] : [];

    /// <summary>A MAP(VARCHAR, VARCHAR) read as JSON text.</summary>
    public IReadOnlyDictionary<string, string> Map() =>
        String() is { } json
            ? JsonSerializer.Deserialize(json, StorageJsonContext.Default.IReadOnlyDictionaryStringString) ?? new Dictionary<string, string>()
            : new Dictionary<string, string>();

    private T Skip<T>()
    {
        _index++;
        return default!;
    }
}
