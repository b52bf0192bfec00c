using System.Globalization;

namespace Discovery.Store;

/// <summary>
/// The store-wide version counter: every change takes the next number (the record's new version, ETag and
/// history sequence). It is the highest version in any table, or the <c>version_floor</c> kept in
/// <c>store_meta</c> when a restore went back in time, so a number is never handed out twice.
/// </summary>
internal static class StoreVersion
{
    public const string FloorKey = "version_floor";

    public static long ReadMax(StoreConnection connection)
    {
        var parts = StoreSchema.All.Where(t => t.Columns.Any(c => c.Name == "version"))
            .Select(t => $"SELECT max(version) AS v FROM {t.Name}")
            .Append($"SELECT max(seq) AS v FROM {StoreSchema.History.Name}")
            .Append($"SELECT max(TRY_CAST(value AS BIGINT)) AS v FROM {StoreSchema.Meta.Name} WHERE key = '{FloorKey}'");
        var text = connection.Scalar($"SELECT coalesce(max(v), 0) FROM ({string.Join(" UNION ALL ", parts)})");
        return long.Parse(text ?? "0", CultureInfo.InvariantCulture);
    }

    public static void WriteFloor(StoreConnection connection, long floor) =>
        StoreSchemaBuilder.WriteMeta(connection, FloorKey, floor.ToString(CultureInfo.InvariantCulture));
}
