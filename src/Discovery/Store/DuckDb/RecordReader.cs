using System.Data.Common;
using Discovery.Records.Columns;

namespace Discovery.Store.DuckDb;

/// <summary>
/// Reads a record per row of a query, column by column by name through the record's <see cref="RecordColumns{T}"/>.
/// A column the query does not have (an older file, an extra column of the store) leaves the field absent.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class RecordReader<T>
    where T : class
{
    private readonly RecordColumns<T> _map;
    private readonly (RecordColumn<T> Column, int Ordinal)[] _columns;

    public RecordReader(DbDataReader reader, RecordColumns<T> map)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(map);
        _map = map;
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < reader.FieldCount; i++)
        {
            ordinals.TryAdd(reader.GetName(i), i);
        }

        _columns = [.. map.All.Where(c => ordinals.ContainsKey(c.Name)).Select(c => (c, ordinals[c.Name]))];
    }

    /// <summary>The record in the reader's current row.</summary>
    public T Read(DbDataReader reader)
    {
        var record = _map.Empty();
        foreach (var (column, ordinal) in _columns)
        {
            var value = ColumnTypes.Read(reader, ordinal, column.Type);
            // Each Set copies the record: a NULL over a field that is already absent would copy it for nothing.
            if (value is not null || column.Get(record) is not null)
            {
                record = column.Set(record, value);
            }
        }

        return record;
    }
}
