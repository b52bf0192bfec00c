using Discovery.Records;

namespace Discovery.Store;

/// <summary>A <see cref="NetworkInterface"/> to and from a row of <c>nics</c>.</summary>
internal static class NicRows
{
    public static string OwnerKindName(NetworkInterfaceOwnerKind kind) => kind == NetworkInterfaceOwnerKind.Bmc ? "bmc" : "node";

    public static void Write(RowWriter w, NetworkInterface n, DateTimeOffset? lastUpdated, long version) =>
        w.Add(n.Id).Add(n.OwnerId).Add(OwnerKindName(n.OwnerKind)).Add(n.Name).Add(n.RedfishUri).Add(n.MacAddress)
            .Add(n.PermanentMacAddress).Add(n.Ipv4Addresses).Add(n.Ipv6Addresses).Add(n.SpeedMbps).Add(n.LinkStatus).Add(n.Enabled)
            .Add(n.Hostname).Add(n.Fqdn).Add(n.VlanId).Add(lastUpdated).Add(version).Execute();

    public static StoredRow<NetworkInterface> Read(RowReader r)
    {
        var nic = new NetworkInterface
        {
            Id = r.Guid(),
            OwnerId = r.Guid(),
            OwnerKind = r.String() == "bmc" ? NetworkInterfaceOwnerKind.Bmc : NetworkInterfaceOwnerKind.Node,
            Name = r.String(),
            RedfishUri = r.String(),
            MacAddress = r.String(),
            PermanentMacAddress = r.String(),
            Ipv4Addresses = r.StringList(),
            Ipv6Addresses = r.StringList(),
            SpeedMbps = r.Int64(),
            LinkStatus = r.String(),
            Enabled = r.Boolean(),
            Hostname = r.String(),
            Fqdn = r.String(),
            VlanId = r.Int32(),
        };
        _ = r.Time(); // last_updated
        return new StoredRow<NetworkInterface>(nic, r.Int64() ?? 0);
    }
}
