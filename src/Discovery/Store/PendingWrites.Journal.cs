namespace Discovery.Store;

/// <summary>
/// The write journal's side of pending row writes: a group's rows as bytes (<see cref="Encode"/>, <see cref="Decode"/>)
/// and groups merged in order (<see cref="Add"/>), so that DuckDB takes many journaled groups in one batch.
/// </summary>
internal sealed partial class PendingWrites
{
    private static readonly Dictionary<string, StoreTable> TablesByName = StoreSchema.All.ToDictionary(t => t.Name, StringComparer.Ordinal);

    // One byte before each value: its type. The values are those the appender takes (ColumnTypes.Append).
    private enum Tag : byte
    {
        Null,
        Text,
        Uuid,
        Int32,
        Int64,
        Double,
        Boolean,
        Timestamp,
        TextList,
    }

    /// <summary>Takes in <paramref name="later"/>'s writes as if they had been made here after this batch's own.</summary>
    public void Add(PendingWrites later)
    {
        foreach (var (table, rows) in later._tables)
        {
            // Within one batch a row both deleted and inserted was deleted first (a delete drops an earlier insert).
            foreach (var id in rows.Deleted)
            {
                Delete(table, id);
            }

            foreach (var (id, values) in rows.Inserted)
            {
                Insert(table, id, values);
            }
        }

        _history.AddRange(later._history);
        foreach (var (node, groups) in later._memberships)
        {
            _memberships[node] = groups;
        }
    }

    /// <summary>The writes waiting here, as bytes that <see cref="Decode"/> reads back.</summary>
    public byte[] Encode()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(_tables.Count);
            foreach (var (table, rows) in _tables)
            {
                writer.Write(table.Name);
                writer.Write(rows.Deleted.Count);
                foreach (var id in rows.Deleted)
                {
                    WriteGuid(writer, id);
                }

                writer.Write(rows.Inserted.Count);
                foreach (var (id, values) in rows.Inserted)
                {
                    WriteGuid(writer, id);
                    WriteRow(writer, values);
                }
            }

            writer.Write(_history.Count);
            _history.ForEach(row => WriteRow(writer, row));
            writer.Write(_memberships.Count);
            foreach (var (node, groups) in _memberships)
            {
                WriteGuid(writer, node);
                writer.Write(groups.Count);
                groups.ForEach(g => WriteGuid(writer, g));
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The writes <see cref="Encode"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The bytes name a table this store does not have, or a type it does not know.</exception>
    public static PendingWrites Decode(ReadOnlyMemory<byte> bytes)
    {
        var pending = new PendingWrites();
        using var reader = new BinaryReader(new MemoryStream(bytes.ToArray(), writable: false));
        for (var tables = reader.ReadInt32(); tables > 0; tables--)
        {
            var name = reader.ReadString();
            var table = TablesByName.GetValueOrDefault(name) ?? throw new InvalidDataException($"the write journal names a table this discover does not have: {name}");
            var rows = pending.RowsOf(table);
            for (var deleted = reader.ReadInt32(); deleted > 0; deleted--)
            {
                rows.Deleted.Add(ReadGuid(reader));
            }

            for (var inserted = reader.ReadInt32(); inserted > 0; inserted--)
            {
                var id = ReadGuid(reader);
                rows.Inserted[id] = ReadRow(reader);
            }
        }

        for (var history = reader.ReadInt32(); history > 0; history--)
        {
            pending._history.Add(ReadRow(reader));
        }

        for (var memberships = reader.ReadInt32(); memberships > 0; memberships--)
        {
            var node = ReadGuid(reader);
            var groups = new List<Guid>();
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                groups.Add(ReadGuid(reader));
            }

            pending._memberships[node] = groups;
        }

        return pending;
    }

    private static void WriteRow(BinaryWriter writer, List<object?> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            switch (value)
            {
                case null:
                    writer.Write((byte)Tag.Null);
                    break;
                case string text:
                    writer.Write((byte)Tag.Text);
                    writer.Write(text);
                    break;
                case Guid guid:
                    writer.Write((byte)Tag.Uuid);
                    WriteGuid(writer, guid);
                    break;
                case int number:
                    writer.Write((byte)Tag.Int32);
                    writer.Write(number);
                    break;
                case long number:
                    writer.Write((byte)Tag.Int64);
                    writer.Write(number);
                    break;
                case double number:
                    writer.Write((byte)Tag.Double);
                    writer.Write(number);
                    break;
                case bool flag:
                    writer.Write((byte)Tag.Boolean);
                    writer.Write(flag);
                    break;
                case DateTime instant:
                    writer.Write((byte)Tag.Timestamp);
                    writer.Write(instant.Ticks);
                    writer.Write((byte)instant.Kind);
                    break;
                case List<string> list:
                    writer.Write((byte)Tag.TextList);
                    writer.Write(list.Count);
                    list.ForEach(writer.Write);
                    break;
                default:
                    throw new NotSupportedException($"no journal form for a {value.GetType().Name} value");
            }
        }
    }

    private static List<object?> ReadRow(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var values = new List<object?>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add((Tag)reader.ReadByte() switch
            {
                Tag.Null => null,
                Tag.Text => reader.ReadString(),
                Tag.Uuid => ReadGuid(reader),
                Tag.Int32 => reader.ReadInt32(),
                Tag.Int64 => reader.ReadInt64(),
                Tag.Double => reader.ReadDouble(),
                Tag.Boolean => reader.ReadBoolean(),
                Tag.Timestamp => new DateTime(reader.ReadInt64(), (DateTimeKind)reader.ReadByte()),
                Tag.TextList => ReadList(reader),
                var tag => throw new InvalidDataException($"the write journal holds a value of unknown type {(byte)tag}"),
            });
        }

        return values;
    }

    private static List<string> ReadList(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(reader.ReadString());
        }

        return list;
    }

    private static void WriteGuid(BinaryWriter writer, Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        writer.Write(bytes);
    }

    private static Guid ReadGuid(BinaryReader reader) => new(reader.ReadBytes(16));
}
