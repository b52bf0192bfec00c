using Discovery.Records.Columns;
using Discovery.Store.DuckDb;

namespace Discovery.Store.DuckDb.Tests;

/// <summary>Each column type through a real DuckDB: bound as a parameter, appended, and read back.</summary>
public sealed class ColumnTypesTests
{
    private static readonly DateTimeOffset Instant = new(2026, 12, 6, 10, 20, 30, 123, TimeSpan.FromHours(2));

    // By name: ColumnType is internal, and a theory's parameters are public.
    public static TheoryData<string> Types => [.. Enum.GetNames<ColumnType>()];

    [Theory]
    [MemberData(nameof(Types))]
    public void Parameter_RoundTrip_ReadsTheSameValue(string typeName)
    {
        var type = Enum.Parse<ColumnType>(typeName);
        var value = Sample(type);
        using var connection = DuckDbConnections.Open(null);
        var column = new StoreColumn("v", type);
        connection.Execute($"CREATE TABLE t ({column.Definition})");
        var parameters = new List<object?>();
        column.AddParameters(parameters, value);

        connection.Execute($"INSERT INTO t VALUES ({column.Placeholder})", parameters);

        var read = connection.ReadAll("SELECT v FROM t", [], r => ColumnTypes.Read(r, 0, type));
        Assert.Equal(Expected(type, value), Assert.Single(read));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Append_RoundTrip_ReadsTheSameValue(string typeName)
    {
        var type = Enum.Parse<ColumnType>(typeName);
        var value = Sample(type);
        if (type == ColumnType.TextMap)
        {
            return; // No record appends a map: groups and labels live in the store only, written with INSERT.
        }

        using var connection = DuckDbConnections.Open(null);
        connection.Execute($"CREATE TABLE t (v {ColumnTypes.Sql(type)})");
        using (var appender = connection.CreateAppender("t"))
        {
            ColumnTypes.Append(appender.CreateRow(), ColumnTypes.ToDuckDb(value)).EndRow();
            ColumnTypes.Append(appender.CreateRow(), null).EndRow();
        }

        var read = connection.ReadAll("SELECT v FROM t", [], r => ColumnTypes.Read(r, 0, type));
        Assert.Equal([Expected(type, value), null], read);
    }

    [Fact]
    public void Read_UuidStoredAsText_ParsesIt()
    {
        using var connection = DuckDbConnections.Open(null);

        var read = connection.ReadAll("SELECT '38947555-7742-3448-3784-823347823834' AS v", [], r => ColumnTypes.Read(r, 0, ColumnType.Uuid));

        Assert.Equal(new Guid("38947555-7742-3448-3784-823347823834"), Assert.Single(read));
    }

    [Fact]
    public void Read_NarrowerIntegerTypes_Widen()
    {
        using var connection = DuckDbConnections.Open(null);

        var read = connection.ReadAll("SELECT CAST(7 AS TINYINT), CAST(8 AS INTEGER)", [], r => (ColumnTypes.Read(r, 0, ColumnType.Int64), ColumnTypes.Read(r, 1, ColumnType.Int64)));

        Assert.Equal((7L, 8L), Assert.Single(read));
    }

    private static object Sample(ColumnType type) => type switch
    {
        ColumnType.Text => "it's text",
        ColumnType.Uuid => new Guid("38947555-7742-3448-3784-823347823834"),
        ColumnType.Int32 => 42,
        ColumnType.Int64 => 5_000_000_000L,
        ColumnType.Double => 1.5,
        ColumnType.Boolean => true,
        ColumnType.Timestamp => Instant,
        ColumnType.TextList => new List<string> { "10.0.0.1", "10.0.0.2" },
        _ => new Dictionary<string, string> { ["rack"] = "r1", ["row"] = "a" },
    };

    private static object Expected(ColumnType type, object value) =>
        type == ColumnType.Timestamp ? ((DateTimeOffset)value).ToUniversalTime() : value;
}
