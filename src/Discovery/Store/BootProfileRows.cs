using Discovery.Records;

namespace Discovery.Store;

/// <summary>A <see cref="BootProfile"/> to and from a row of <c>boot_profiles</c>.</summary>
internal static class BootProfileRows
{
    public static void Write(RowWriter w, BootProfile p, DateTimeOffset? lastUpdated, long version) =>
        w.Add(p.Id).Add(p.Name).Add(p.SshKey).Add(p.AdminUsername).Add(p.UserData).Add(p.ImageUrl).Add(p.KernelUrl)
            .Add(p.InitrdUrl).Add(p.KernelParams).Add(lastUpdated).Add(version).Execute();

    public static StoredRow<BootProfile> Read(RowReader r)
    {
        var profile = new BootProfile
        {
            Id = r.Guid(),
            Name = r.RequiredString(),
            SshKey = r.String(),
            AdminUsername = r.String(),
            UserData = r.String(),
            ImageUrl = r.String(),
            KernelUrl = r.String(),
            InitrdUrl = r.String(),
            KernelParams = r.String(),
        };
        _ = r.Time(); // last_updated
        return new StoredRow<BootProfile>(profile, r.Int64() ?? 0);
    }
}
