using System.Text.Json;
using Discovery.Store.DuckDb;

namespace Discovery.Store;

/// <summary>Binds one row's values to a prepared INSERT in column order; nulls for absent values.</summary>
internal sealed class RowWriter
{
    private readonly DuckDbPreparedStatement _statement;
    private int _index;

    public RowWriter(DuckDbPreparedStatement statement)
    {
        _statement = statement;
    }

    public RowWriter Add(string? value)
    {
        _statement.Bind(++_index, value);
        return this;
    }

    public RowWriter Add(Guid? value) => Add(value?.ToString());

    public RowWriter Add(int? value) => value is { } v ? Next(i => _statement.Bind(i, v)) : Null();

    public RowWriter Add(long? value) => value is { } v ? Next(i => _statement.Bind(i, v)) : Null();

    public RowWriter Add(double? value) => value is { } v ? Next(i => _statement.Bind(i, v)) : Null();

    public RowWriter Add(bool? value) => value is { } v ? Next(i => _statement.Bind(i, v)) : Null();

    public RowWriter Add(DateTimeOffset? value) => value is { } v ? Next(i => _statement.Bind(i, v)) : Null();

    /// <summary>A VARCHAR[] column, bound as JSON text (the column's parameter expression casts it).</summary>
    public RowWriter Add(IReadOnlyList<string> values) =>
        Add(JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyListString));

    /// <summary>A MAP(VARCHAR, VARCHAR) column, bound as JSON text.</summary>
    public RowWriter Add(IReadOnlyDictionary<string, string> values) =>
        Add(JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyDictionaryStringString));

    /// <summary>Runs the statement with the bound row and starts over for the next one.</summary>
    public void Execute()
    {
        _statement.Execute();
        _index = 0;
    }

    private RowWriter Next(Action<int> bind)
    {
        bind(++_index);
        return this;
    }

    private RowWriter Null()
    {
        _statement.BindNull(++_index);
        return this;
    }
}
