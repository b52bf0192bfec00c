using Discovery.Store;
using Discovery.Store.DuckDb;

namespace Discovery.Store.Tests;

/// <summary>What a keyed or selective read sorts in memory comes out in the order DuckDB's ORDER BY gives.</summary>
public sealed class DuckDbOrderTests
{
    // ASCII, digits against letters, case, a surrogate pair (U+1F600) against U+FFFD (where UTF-16 and UTF-8 order
    // disagree), a combining accent, the empty string and NULL.
    private static readonly string?[] Texts =
    [
        "x1000c0s10b0n0", "x1000c0s2b0n0", "X1000c0s2b0n0", "node-a", "node-B", "n\u00e9ud", "ne\u0301ud",
        "\U0001F600", "\uFFFD", "", null, "zeta", "a b", "a-b", "a_b",
    ];

    [Fact]
    public void Compare_Texts_MatchesDuckDbOrderByNullsLast()
    {
        using var connection = DuckDbConnections.Open(null);
        connection.Execute("CREATE TABLE t (v VARCHAR)");
        foreach (var text in Texts)
        {
            connection.Execute("INSERT INTO t VALUES (?)", text);
        }

        var duckDb = connection.ReadAll("SELECT v FROM t ORDER BY v NULLS LAST", [], r => r.IsDBNull(0) ? null : r.GetString(0));
        var here = Texts.ToList();
        here.Sort(DuckDbOrder.Compare);

        Assert.Equal(duckDb, here);
    }

    [Fact]
    public void Compare_Uuids_MatchesDuckDbOrderOfUuidColumns()
    {
        // Bytes that make Guid.CompareTo (which compares its first fields as little-endian numbers) disagree with text order.
        var random = new Random(12);
        var ids = Enumerable.Range(0, 200).Select(_ => { var bytes = new byte[16]; random.NextBytes(bytes); return new Guid(bytes); }).ToList();
        ids.Add(Guid.Empty);
        using var connection = DuckDbConnections.Open(null);
        connection.Execute("CREATE TABLE t (id UUID)");
        foreach (var id in ids)
        {
            connection.Execute("INSERT INTO t VALUES (CAST(? AS UUID))", id.ToString());
        }

        var duckDb = connection.ReadAll("SELECT CAST(id AS VARCHAR) FROM t ORDER BY id", [], r => Guid.Parse(r.GetString(0)));
        var here = ids.Cast<object?>().ToList();
        here.Sort(DuckDbOrder.Compare);

        Assert.Equal(duckDb, here.Cast<Guid>());
    }
}
