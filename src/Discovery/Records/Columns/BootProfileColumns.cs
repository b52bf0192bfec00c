namespace Discovery.Records.Columns;

/// <summary>The columns of <see cref="BootProfile"/>.</summary>
internal static class BootProfileColumns
{
    public static readonly RecordColumns<BootProfile> Map = new RecordColumns<BootProfile>(() => new BootProfile { Id = Guid.Empty, Name = string.Empty })
        .Uuid("id", p => p.Id, (p, v) => p with { Id = v ?? Guid.Empty }, ColumnFilter.LowerCase("the profile's id"))
        .Text("name", p => p.Name, (p, v) => p with { Name = v ?? string.Empty }, new("profile name (glob with *)", Selective: true))
        .Text("ssh_key", p => p.SshKey, (p, v) => p with { SshKey = v })
        .Text("admin_username", p => p.AdminUsername, (p, v) => p with { AdminUsername = v })
        .Text("user_data", p => p.UserData, (p, v) => p with { UserData = v })
        .Text("image_url", p => p.ImageUrl, (p, v) => p with { ImageUrl = v })
        .Text("kernel_url", p => p.KernelUrl, (p, v) => p with { KernelUrl = v })
        .Text("initrd_url", p => p.InitrdUrl, (p, v) => p with { InitrdUrl = v })
        .Text("kernel_params", p => p.KernelParams, (p, v) => p with { KernelParams = v });
}
