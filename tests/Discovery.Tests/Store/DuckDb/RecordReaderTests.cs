using Discovery.Records;
using Discovery.Records.Columns;
using Discovery.Store.DuckDb;

namespace Discovery.Store.DuckDb.Tests;

public sealed class RecordReaderTests
{
    [Fact]
    public void Read_ColumnsInAnyOrderWithExtrasAndGaps_SetsByName()
    {
        using var connection = DuckDbConnections.Open(null);
        var id = Guid.NewGuid();

        var nics = connection.WithReader(
            "SELECT 'eth0' AS name, 99 AS not_a_field, ['10.0.0.1'] AS ipv4_addresses, ? AS id, 'bmc' AS owner_kind", [id], reader =>
            {
                var records = new RecordReader<NetworkInterface>(reader, NetworkInterfaceColumns.Map);
                var rows = new List<NetworkInterface>();
                while (reader.Read())
                {
                    rows.Add(records.Read(reader));
                }

                return rows;
            });

        var nic = Assert.Single(nics);
        Assert.Equal((id, "eth0", NetworkInterfaceOwnerKind.Bmc), (nic.Id, nic.Name, nic.OwnerKind));
        Assert.Equal(["10.0.0.1"], nic.Ipv4Addresses);
        // Columns the query lacks leave the field absent.
        Assert.Equal((null, (long?)null, 0), (nic.MacAddress, nic.SpeedMbps, nic.Ipv6Addresses.Count));
    }
}
