using Discovery.Records;

namespace Discovery.Store;

/// <summary>A <see cref="ComputeNode"/> to and from a row of <c>nodes</c> (its NICs and groups are rows of other tables).</summary>
internal static class NodeRows
{
    public static void Write(RowWriter w, ComputeNode n, long version) =>
        w.Add(n.Id).Add(n.Xname).Add(n.Hostname).Add(n.Arch).Add(n.Manufacturer).Add(n.Model).Add(n.SerialNumber)
            .Add(n.SystemUuid).Add(n.BiosVersion).Add(n.PowerState).Add(n.ProcessorCount).Add(n.ProcessorModel).Add(n.MemoryGib)
            .Add(n.BootMac).Add(n.ManagementIp).Add(n.BmcId).Add(n.BmcIp).Add(n.BmcMac).Add(n.BootProfile).Add(n.RedfishUri)
            .Add(n.FirstSeen).Add(n.LastSeen).Add(n.LastUpdated).Add(version).Execute();

    public static StoredRow<ComputeNode> Read(RowReader r) => new(
        new ComputeNode
        {
            Id = r.Guid(),
            Xname = r.String(),
            Hostname = r.String(),
            Arch = r.String(),
            Manufacturer = r.String(),
            Model = r.String(),
            SerialNumber = r.String(),
            SystemUuid = r.String(),
            BiosVersion = r.String(),
            PowerState = r.String(),
            ProcessorCount = r.Int32(),
            ProcessorModel = r.String(),
            MemoryGib = r.Double(),
            BootMac = r.String(),
            ManagementIp = r.String(),
            BmcId = r.OptionalGuid(),
            BmcIp = r.String(),
            BmcMac = r.String(),
            BootProfile = r.String(),
            RedfishUri = r.String(),
            FirstSeen = r.Time(),
            LastSeen = r.Time(),
            LastUpdated = r.Time(),
        },
        r.Int64() ?? 0);
}
