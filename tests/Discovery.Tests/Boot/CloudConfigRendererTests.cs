using Discovery.Boot;
using Discovery.Records;

namespace Discovery.Tests.Boot;

public sealed class CloudConfigRendererTests
{
    private static BootProfile Profile(string? userData, string? admin = "ops", string? key = "ssh-ed25519 AAAAkey ops@head") =>
        new() { Id = Guid.NewGuid(), Name = "p", UserData = userData, AdminUsername = admin, SshKey = key };

    [Fact]
    public void Render_UserDataAndAdmin_KeepsHeaderAndContentAndAddsTheUserAfterDefault()
    {
        var text = CloudConfigRenderer.Render(Profile("## template: jinja\n#cloud-config\nhostname: '{{ ds.meta_data.hostname }}'\n"));

        Assert.Equal(
            "## template: jinja\n#cloud-config\nhostname: '{{ ds.meta_data.hostname }}'\nusers:\n- default\n- name: ops\n  ssh_authorized_keys:\n  - ssh-ed25519 AAAAkey ops@head\n  sudo: ALL=(ALL) NOPASSWD:ALL\n  shell: /bin/bash\n",
            text);
    }

    [Fact]
    public void Render_UserDataWithUsers_AppendsToThem()
    {
        var text = CloudConfigRenderer.Render(Profile("#cloud-config\nusers:\n- name: alice\n"));

        Assert.StartsWith("#cloud-config\nusers:\n- name: alice\n- name: ops\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NothingToSay_ReturnsNull()
    {
        Assert.Null(CloudConfigRenderer.Render(Profile(null, admin: null)));
        Assert.Equal("#cloud-config\nusers:\n- default\n- name: ops\n  ssh_authorized_keys:\n  - ssh-ed25519 AAAAkey ops@head\n  sudo: ALL=(ALL) NOPASSWD:ALL\n  shell: /bin/bash\n", CloudConfigRenderer.Render(Profile(null)));
    }

    [Fact]
    public void Render_UserDataNotAMapping_ThrowsNamingTheProfile()
    {
        var error = Assert.Throws<BootServiceException>(() => CloudConfigRenderer.Render(Profile("- just\n- a list\n")));

        Assert.Contains("boot profile 'p'", error.Message, StringComparison.Ordinal);
    }
}
