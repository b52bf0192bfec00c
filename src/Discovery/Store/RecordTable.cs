using System.Data.Common;
using Discovery.Records.Columns;
using Discovery.Store.DuckDb;

namespace Discovery.Store;

/// <summary>
/// The store table of one record kind, made from the record's <see cref="RecordColumns{T}"/>: its store columns, then
/// <c>last_updated</c> when the record has no such field (the row keeps it for SQL users), then <c>version</c>.
/// Rows are written and read by column name.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordTable<T>
    where T : class
{
    private const string LastUpdated = "last_updated";
    private const string Version = "version";

    private readonly RecordColumn<T>[] _columns;
    private readonly bool _stampsLastUpdated;

    public RecordTable(string name, RecordColumns<T> map, IReadOnlyList<string>? indexes = null)
    {
        Map = map;
        _columns = [.. map.In(ColumnPlacement.Store)];
        _stampsLastUpdated = map.Find(LastUpdated) is null;
        var columns = _columns.Select(c => new StoreColumn(c.Name, c.Type)).ToList();
        if (_stampsLastUpdated)
        {
            columns.Add(new StoreColumn(LastUpdated, ColumnType.Timestamp));
        }

        columns.Add(new StoreColumn(Version, ColumnType.Int64, NotNull: true));
        Table = new StoreTable(name, columns, indexes);
    }

    public StoreTable Table { get; }

    public RecordColumns<T> Map { get; }

    public string Name => Table.Name;

    /// <summary>Inserts <paramref name="record"/>'s row at <paramref name="version"/>; <paramref name="now"/> stamps a <c>last_updated</c> the record lacks.</summary>
    public void Insert(StoreConnection connection, T record, DateTimeOffset now, long version) =>
        connection.Execute(Table.InsertSql, Values(record, now, version));

    /// <summary>The row of <see cref="Insert"/> as the values it binds (one per column, but two for a map).</summary>
    public List<object?> Values(T record, DateTimeOffset now, long version)
    {
        var values = new List<object?>(Table.Columns.Count);
        foreach (var column in _columns)
        {
            values.Add(column.Get(record));
        }

        if (_stampsLastUpdated)
        {
            values.Add(now);
        }

        values.Add(version);
        return Table.Parameters(values);
    }

    /// <summary>The rows of <c>SELECT ... FROM</c> this table <paramref name="rest"/> (WHERE, ORDER BY, LIMIT), as records with their versions.</summary>
    public List<StoredRow<T>> Select(StoreConnection connection, string rest, IReadOnlyList<object?> parameters) =>
        connection.WithReader($"SELECT {Table.ColumnList} FROM {Table.Name} {rest}", parameters, reader =>
        {
            var records = new RecordReader<T>(reader, Map);
            var version = reader.GetOrdinal(Version);
            var rows = new List<StoredRow<T>>();
            while (reader.Read())
            {
                rows.Add(new StoredRow<T>(records.Read(reader), reader.IsDBNull(version) ? 0 : reader.GetInt64(version)));
            }

            return rows;
        });
}
