using Discovery.Records;

namespace Discovery.Store;

/// <summary>A <see cref="Bmc"/> to and from a row of <c>bmcs</c> (its NICs are rows of <c>nics</c>).</summary>
internal static class BmcRows
{
    public static void Write(RowWriter w, Bmc b, DateTimeOffset? lastUpdated, long version) =>
        w.Add(b.Id).Add(b.Xname).Add(b.Ip).Add(b.Port).Add(b.Mac).Add(b.Fqdn).Add(b.Manufacturer).Add(b.Model)
            .Add(b.FirmwareVersion).Add(b.RedfishVersion).Add(b.ServiceUuid).Add(b.ManagerType).Add(b.FirstSeen).Add(b.LastSeen)
            .Add(b.LastCrawlStatus).Add(lastUpdated).Add(version).Execute();

    public static StoredRow<Bmc> Read(RowReader r)
    {
        var bmc = new Bmc
        {
            Id = r.Guid(),
            Xname = r.String(),
            Ip = r.RequiredString(),
            Port = r.Int32() ?? 443,
            Mac = r.String(),
            Fqdn = r.String(),
            Manufacturer = r.String(),
            Model = r.String(),
            FirmwareVersion = r.String(),
            RedfishVersion = r.String(),
            ServiceUuid = r.String(),
            ManagerType = r.String(),
            FirstSeen = r.Time(),
            LastSeen = r.Time(),
            LastCrawlStatus = r.String(),
        };
        _ = r.Time(); // last_updated: the Bmc record has no such field; the row keeps it for SQL users.
        return new StoredRow<Bmc>(bmc, r.Int64() ?? 0);
    }
}
