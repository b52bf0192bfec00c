using System.Reflection;
using Discovery.Records;
using Discovery.Records.Columns;

namespace Discovery.Records.Columns.Tests;

/// <summary>
/// The column maps cover every field of their record and round-trip each one: a field added to a record without
/// its column, or with a getter or setter on the wrong property, fails here.
/// </summary>
public sealed class RecordColumnsTests
{
    [Fact]
    public void ComputeNode_EveryFieldHasAColumn_ButNetworkInterfacesAndParts() =>
        // Parts are rows of their own tables (issue 17); empty slots are a column.
        AssertCovers(ComputeNodeColumns.Map, nameof(ComputeNode.NetworkInterfaces), nameof(ComputeNode.Processors), nameof(ComputeNode.Memory),
            nameof(ComputeNode.Accelerators), nameof(ComputeNode.Drives), nameof(ComputeNode.PcieDevices), nameof(ComputeNode.Firmware));

    [Fact]
    public void Bmc_EveryFieldHasAColumn_ButNetworkInterfacesAndFirmware() => AssertCovers(BmcColumns.Map, nameof(Bmc.NetworkInterfaces), nameof(Bmc.Firmware));

    [Fact]
    public void NetworkInterface_EveryFieldHasAColumn() => AssertCovers(NetworkInterfaceColumns.Map);

    [Fact]
    public void NodeGroup_EveryFieldHasAColumn_ButMembers() => AssertCovers(NodeGroupColumns.Map, nameof(NodeGroup.Members));

    [Fact]
    public void BootProfile_EveryFieldHasAColumn() => AssertCovers(BootProfileColumns.Map);

    [Fact]
    public void ComputeNode_SetThenGet_EachColumnOnItsOwnProperty() => AssertRoundTrips(ComputeNodeColumns.Map);

    [Fact]
    public void Bmc_SetThenGet_EachColumnOnItsOwnProperty() => AssertRoundTrips(BmcColumns.Map);

    [Fact]
    public void NetworkInterface_SetThenGet_EachColumnOnItsOwnProperty() => AssertRoundTrips(NetworkInterfaceColumns.Map);

    [Fact]
    public void NodeGroup_SetThenGet_EachColumnOnItsOwnProperty() => AssertRoundTrips(NodeGroupColumns.Map);

    [Fact]
    public void BootProfile_SetThenGet_EachColumnOnItsOwnProperty() => AssertRoundTrips(BootProfileColumns.Map);

    [Fact]
    public void Groups_KeptInTheCrawlLogOnly_TheStoreHasGroupMembers()
    {
        var groups = ComputeNodeColumns.Map.Find("groups")!;

        Assert.Equal(ColumnPlacement.CrawlLog, groups.Placement);
        Assert.DoesNotContain(groups, ComputeNodeColumns.Map.In(ColumnPlacement.Store));
    }

    private static void AssertCovers<T>(RecordColumns<T> map, params string[] elsewhere)
        where T : class
    {
        // A property's column is its JSON name: the snake_case of the property name.
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract" && !elsewhere.Contains(p.Name))
            .Select(p => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name))
            .Order(StringComparer.Ordinal);
        Assert.Equal(properties, map.All.Select(c => c.Name).Order(StringComparer.Ordinal));
    }

    private static void AssertRoundTrips<T>(RecordColumns<T> map)
        where T : class
    {
        foreach (var column in map.All)
        {
            var value = Sample(column);
            var record = column.Set(map.Empty(), value);
            Assert.Equal(value, column.Get(record));
            // Every other column keeps its empty value: the setter touched its own property only.
            foreach (var other in map.All.Where(o => o != column))
            {
                Assert.Equal(other.Get(map.Empty()), other.Get(record));
            }
        }
    }

    private static object Sample<T>(RecordColumn<T> column)
        where T : class => column.Type switch
    {
        ColumnType.Text => column.Name switch
        {
            "owner_kind" => "bmc",
            "empty_slots" => """[{"kind":"memory","location":"DIMM 4"}]""",
            _ => "sample-" + column.Name,
        },
        ColumnType.Uuid => new Guid("38947555-7742-3448-3784-823347823834"),
        ColumnType.Int32 => 4242,
        ColumnType.Int64 => 5_000_000_000L,
        ColumnType.Double => 2.5,
        ColumnType.Boolean => true,
        ColumnType.Timestamp => new DateTimeOffset(2026, 12, 6, 1, 2, 3, TimeSpan.Zero),
        ColumnType.TextList => new List<string> { "a", "b" },
        _ => new Dictionary<string, string> { ["k"] = "v" },
    };
}
